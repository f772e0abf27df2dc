// Version 1 of the demo Comune's privacy notice (informativa ex artt. 13-14 GDPR), in the privacy
// module's plain-text format: blocks separated by blank lines, "## " headings, "- " lists.

import { demoTenant } from './tenant.js';

export const DEMO_NOTICE_TITLE = 'Informativa sul trattamento dei dati personali';

const t = demoTenant;

export const DEMO_NOTICE_BODY = `Questa informativa è resa ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (GDPR) e del decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), a chi usa i servizi online del ${t.name}: il portale istituzionale, l'area personale e gli sportelli digitali.

## Titolare del trattamento

Il titolare del trattamento è il ${t.name}, con sede in ${t.address}, codice fiscale ${t.fiscalCode}, nella persona della Sindaca pro tempore. Contatti: telefono ${t.phone}, e-mail ${t.email}, PEC ${t.pec}.

## Responsabile della protezione dei dati (DPO)

Il Comune ha designato un Responsabile della protezione dei dati ai sensi dell'articolo 37 del GDPR, che può essere contattato per ogni questione relativa al trattamento dei dati personali e all'esercizio dei diritti all'indirizzo dpo@${t.domain} oppure per posta all'attenzione del DPO presso la sede del Comune.

## Finalità e base giuridica

I dati sono trattati per erogare i servizi richiesti e per svolgere le funzioni istituzionali del Comune, in particolare:

- identificare chi accede all'area personale con SPID o CIE e gestire la sessione di navigazione;
- ricevere e gestire segnalazioni, istanze, pratiche, prenotazioni di appuntamenti e richieste di informazioni, e rispondere;
- inviare le comunicazioni di servizio legate alle richieste presentate;
- garantire la sicurezza dei sistemi, prevenire abusi e tenere traccia delle operazioni svolte dal personale;
- inviare newsletter e questionari di gradimento, solo a chi vi ha acconsentito.

Il trattamento è necessario per l'esecuzione di compiti di interesse pubblico o connessi all'esercizio di pubblici poteri di cui è investito il Comune (articolo 6, paragrafo 1, lettera e, del GDPR e articolo 2-ter del Codice) e per adempiere obblighi di legge (articolo 6, paragrafo 1, lettera c). Le newsletter e i questionari si basano sul consenso (articolo 6, paragrafo 1, lettera a), che può essere revocato in ogni momento dall'area personale senza conseguenze sugli altri servizi.

## Dati trattati e natura del conferimento

Sono trattati i dati anagrafici e il codice fiscale comunicati dal gestore dell'identità digitale, i recapiti (e-mail e telefono), i contenuti delle richieste e i loro allegati, la posizione indicata in una segnalazione e i dati tecnici di navigazione (indirizzo IP, data e ora di accesso). Il conferimento dei dati necessari a un servizio è obbligatorio per ottenerlo; il rifiuto comporta l'impossibilità di dare seguito alla richiesta. Il portale usa soltanto cookie tecnici, necessari al suo funzionamento, e nessun cookie di profilazione.

## Modalità del trattamento e destinatari

I dati sono trattati dal personale del Comune autorizzato e istruito, con strumenti informatici e misure di sicurezza adeguate, e non sono oggetto di decisioni basate unicamente su un trattamento automatizzato, compresa la profilazione. Possono venirne a conoscenza i fornitori che gestiscono la piattaforma, l'infrastruttura e i servizi di assistenza per conto del Comune, designati responsabili del trattamento ai sensi dell'articolo 28 del GDPR, e le ditte incaricate degli interventi, limitatamente ai dati necessari. I dati sono comunicati ad altri enti pubblici solo quando lo prevede una norma di legge o di regolamento, non sono diffusi salvo nei casi previsti dalla legge e non sono trasferiti fuori dall'Unione europea.

## Periodo di conservazione

I dati sono conservati per il tempo necessario alle finalità per cui sono raccolti e, per i documenti amministrativi, per i tempi previsti dalla normativa sugli archivi pubblici e dal piano di conservazione del Comune. In particolare, i dati delle sessioni scadute sono cancellati dopo 30 giorni, il registro delle operazioni del personale è conservato per 10 anni e le richieste di cancellazione evase sono conservate per 10 anni come prova dell'adempimento. I tempi in vigore sono pubblicati in questa pagina e aggiornati quando il Comune li modifica.

## Diritti dell'interessato

In ogni momento è possibile chiedere al Comune l'accesso ai propri dati, la rettifica, la cancellazione nei casi previsti, la limitazione del trattamento e la portabilità dei dati, e opporsi al trattamento (articoli da 15 a 22 del GDPR). Dall'area personale si possono scaricare tutti i propri dati, gestire i consensi e chiedere la cancellazione dell'account; in alternativa si può scrivere al titolare o al DPO ai recapiti indicati sopra. Il Comune risponde senza ingiustificato ritardo e comunque entro un mese dalla richiesta.

## Reclamo

Chi ritiene che il trattamento dei propri dati violi il GDPR ha diritto di proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it), ai sensi dell'articolo 77 del GDPR, o di adire le opportune sedi giudiziarie (articolo 79).`;
