// Demo Novità of Valmorena (28,000 residents, Città metropolitana di Torino): notizie, comunicati and
// avvisi spread over the last months, relative to today, with national topics, a few "in evidenza",
// some with an image drawn here (SVG rendered by sharp, no network) and two with a small PDF.

import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Tx } from '../../platform/db/client.js';
import { tinyPdf } from '../../platform/storage/attachment-files.js';
import type { Storage } from '../../platform/storage/storage.js';
import { offices } from '../offices/schema.js';
import { renderImageVariants } from './commands/save.js';
import { type NewsImage, type NewsKind, newsAttachments, newsItems } from './schema.js';

type Picture = 'road' | 'waste' | 'school' | 'weather' | 'culture' | 'council' | 'park' | 'sport';

export interface DemoNews {
  slug: string;
  kind: NewsKind;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  office?: string;
  /** Days before today it was published (negative: scheduled in the future). */
  daysAgo: number;
  featured?: boolean;
  draft?: boolean;
  /** Days after publication it is withdrawn. */
  expiresAfter?: number;
  picture?: { kind: Picture; alt: string };
  pdf?: { title: string; filename: string; lines: string[] };
}

export const DEMO_NEWS: readonly DemoNews[] = [
  {
    slug: 'lavori-via-roma-rifacimento-asfalto',
    kind: 'avviso',
    title: 'Via Roma chiusa per il rifacimento dell’asfalto dal 3 al 14 del mese',
    summary:
      'Lavori di fresatura e nuova asfaltatura tra piazza Municipio e corso Torino: senso unico alternato e divieto di sosta.',
    body: `Dal 3 al 14 del mese l'impresa incaricata dal Comune rifà il manto stradale di via Roma, nel tratto tra piazza Municipio e l'incrocio con corso Torino.

## Come cambia la viabilità
- dalle 7:30 alle 18:00 senso unico alternato regolato da movieri;
- divieto di sosta con rimozione forzata su entrambi i lati;
- le linee 2 e 5 del trasporto urbano sono deviate su via Garibaldi.

## Accesso ai negozi e ai passi carrai
I pedoni possono sempre raggiungere negozi e portoni. Per i passi carrai l'impresa concorda gli orari con i residenti.

Per informazioni: Ufficio Lavori pubblici, lavori.pubblici@comune.valmorena.to.it.`,
    topics: ['urbanizzazione', 'parcheggi', 'trasporto-pubblico'],
    office: 'lavori-pubblici',
    daysAgo: 4,
    featured: true,
    picture: { kind: 'road', alt: 'Cantiere stradale con una fresatrice e coni arancioni su via Roma' },
  },
  {
    slug: 'nuovo-calendario-raccolta-differenziata',
    kind: 'avviso',
    title: 'Raccolta differenziata: cambia il calendario nelle frazioni',
    summary:
      'Da lunedì prossimo a Tetti Rubatto, Borgata Gerbidi, Cascine Morra e Madonna dei Prati la plastica si raccoglie il martedì.',
    body: `Il consorzio di bacino ha riorganizzato i giri di raccolta porta a porta nelle frazioni.

- Plastica e metalli: martedì (prima era il giovedì);
- carta e cartone: giovedì a settimane alterne;
- organico: lunedì e venerdì, invariato;
- indifferenziato: mercoledì, invariato.

I contenitori vanno esposti entro le 6:00 del giorno di raccolta. Il calendario completo è allegato e disponibile all'Ecosportello di via Cavour.`,
    topics: ['gestione-rifiuti', 'igiene-pubblica'],
    office: 'ambiente',
    daysAgo: 9,
    featured: true,
    picture: {
      kind: 'waste',
      alt: 'Bidoni colorati per la raccolta differenziata allineati sul marciapiede',
    },
    pdf: {
      title: 'Calendario della raccolta nelle frazioni',
      filename: 'calendario-raccolta-frazioni.pdf',
      lines: [
        'Comune di Valmorena - Calendario raccolta frazioni',
        'Plastica e metalli: martedi',
        'Carta e cartone: giovedi (settimane alterne)',
        'Organico: lunedi e venerdi',
        'Indifferenziato: mercoledi',
      ],
    },
  },
  {
    slug: 'iscrizioni-mensa-scolastica',
    kind: 'notizia',
    title: 'Mensa scolastica: iscrizioni aperte fino al 31 del mese',
    summary:
      'Le famiglie degli alunni delle scuole dell’infanzia e primarie si iscrivono online al servizio di refezione per il nuovo anno.',
    body: `Sono aperte le iscrizioni al servizio di mensa scolastica per le scuole dell'infanzia e primarie di Valmorena.

## Chi deve iscriversi
Chi entra per la prima volta nel servizio e chi cambia scuola. Le iscrizioni degli anni scorsi non si rinnovano da sole.

## Tariffe
Le tariffe dipendono dall'ISEE. Senza ISEE si applica la tariffa massima di 5,20 euro a pasto.

## Diete speciali
Le richieste di dieta per motivi di salute si presentano con il certificato del pediatra; quelle per motivi etici o religiosi con il modulo dedicato.`,
    topics: ['istruzione', 'assistenza-sociale'],
    office: 'servizi-scolastici',
    daysAgo: 12,
    featured: true,
    picture: { kind: 'school', alt: 'Tavoli apparecchiati nel refettorio di una scuola primaria' },
  },
  {
    slug: 'tari-prima-rata-scadenza',
    kind: 'avviso',
    title: 'TARI: la prima rata scade il 16 del mese prossimo',
    summary:
      'Gli avvisi di pagamento della tassa rifiuti arrivano per posta e nella PEC; si paga con pagoPA in banca, in tabaccheria o online.',
    body: `Gli avvisi di pagamento TARI sono in consegna. L'importo annuale si può pagare in unica soluzione o in tre rate.

- prima rata: entro il 16 del mese prossimo;
- seconda rata: entro il 16 settembre;
- terza rata: entro il 16 dicembre.

Chi non riceve l'avviso entro dieci giorni dalla scadenza può chiederne una copia all'Ufficio Tributi o scaricarla dall'area personale.

Le riduzioni per compostaggio domestico e per le utenze con una sola persona sono già calcolate nell'avviso.`,
    topics: ['tassa-sui-servizi', 'imposte', 'gestione-rifiuti'],
    office: 'tributi',
    daysAgo: 15,
    featured: true,
    pdf: {
      title: 'Informativa TARI e riduzioni',
      filename: 'informativa-tari.pdf',
      lines: [
        'Comune di Valmorena - Informativa TARI',
        'Pagamento in unica soluzione o in tre rate con pagoPA.',
        'Riduzioni: compostaggio domestico, utenze con una sola persona.',
      ],
    },
  },
  {
    slug: 'allerta-meteo-arancione-temporali',
    kind: 'avviso',
    title: 'Allerta meteo arancione per temporali: parchi chiusi e attenzione ai sottopassi',
    summary:
      'Arpa Piemonte prevede temporali forti nel pomeriggio e nella sera: il Centro operativo comunale è attivo.',
    body: `Il bollettino di Arpa Piemonte indica allerta arancione per temporali sulla zona di Valmorena fino a domattina.

## Cosa fa il Comune
- chiusi parchi, giardini e cimitero fino al termine dell'allerta;
- attivo il Centro operativo comunale con la Protezione civile;
- monitorati i sottopassi di via Stazione e di strada Gerbidi.

## Cosa fare
- evitare i sottopassi e le zone vicino ai corsi d'acqua;
- mettere al riparo gli oggetti su balconi e terrazzi;
- per emergenze chiamare il 112.`,
    topics: ['protezione-civile', 'risposta-alle-emergenze'],
    office: 'polizia-locale',
    daysAgo: 21,
    expiresAfter: 2,
    picture: { kind: 'weather', alt: 'Nuvole scure di temporale sopra i tetti del centro storico' },
  },
  {
    slug: 'bollettino-neve-piano-sgombero',
    kind: 'avviso',
    title: 'Piano neve: come funziona lo sgombero delle strade',
    summary:
      'Spazzaneve e spargisale partono dalle strade principali e dai percorsi degli autobus; i marciapiedi davanti alle case spettano ai frontisti.',
    body: `Con l'arrivo dell'inverno il Comune attiva il piano neve.

Le squadre iniziano dalle strade di accesso all'ospedale, alle scuole e dai percorsi del trasporto pubblico, poi passano alle vie residenziali e alle frazioni.

I proprietari e gli amministratori di condominio devono liberare dalla neve i marciapiedi davanti agli edifici.`,
    topics: ['protezione-civile', 'mobilita-sostenibile'],
    office: 'lavori-pubblici',
    daysAgo: 40,
  },
  {
    slug: 'consiglio-comunale-approvato-bilancio',
    kind: 'comunicato',
    title: 'Il Consiglio comunale approva il bilancio di previsione',
    summary:
      'Più risorse per scuole e manutenzione delle strade, nessun aumento dell’addizionale IRPEF: il bilancio passa con 11 voti favorevoli.',
    body: `Nella seduta di ieri sera il Consiglio comunale ha approvato il bilancio di previsione per il prossimo triennio.

## Le scelte principali
- 1,2 milioni di euro per la manutenzione delle strade e dei marciapiedi;
- 450.000 euro per l'adeguamento sismico della scuola primaria di Borgo Nuovo;
- addizionale IRPEF e tariffe dei servizi a domanda individuale invariate.

## Il voto
Il bilancio è stato approvato con 11 voti favorevoli e 5 contrari. La registrazione della seduta è disponibile sul portale.`,
    topics: ['bilancio', 'trasparenza-amministrativa', 'comunicazione-istituzionale'],
    office: 'segreteria-generale',
    daysAgo: 27,
    picture: { kind: 'council', alt: 'La sala del Consiglio comunale con i banchi dei consiglieri' },
  },
  {
    slug: 'stagione-teatrale-teatro-civico',
    kind: 'notizia',
    title: 'Al Teatro civico la nuova stagione: dodici spettacoli e abbonamenti ridotti per gli under 25',
    summary:
      'Prosa, musica e teatro per ragazzi da ottobre ad aprile; gli abbonamenti sono in vendita alla biblioteca civica.',
    body: `La stagione del Teatro civico di Valmorena propone dodici spettacoli tra prosa, concerti e teatro per ragazzi.

Gli abbonamenti costano 90 euro, 45 per chi ha meno di 25 anni. I biglietti dei singoli spettacoli sono in vendita dal primo lunedì del mese.

Il programma completo è disponibile alla biblioteca civica e nella sezione Eventi del portale.`,
    topics: ['tempo-libero', 'patrimonio-culturale'],
    office: 'cultura-biblioteca',
    daysAgo: 33,
    picture: { kind: 'culture', alt: 'Il sipario rosso del Teatro civico illuminato prima dello spettacolo' },
  },
  {
    slug: 'riapre-parco-della-rimembranza',
    kind: 'notizia',
    title: 'Riapre il Parco della Rimembranza con i nuovi giochi inclusivi',
    summary:
      'Concluso il rinnovo finanziato dal PNRR: altalene per tutti, percorsi senza barriere e 40 nuovi alberi.',
    body: `Dopo sei mesi di lavori riapre il Parco della Rimembranza.

- area giochi inclusiva con altalena a cesto e giochi sensoriali;
- vialetti in calcestre accessibili alle carrozzine;
- 40 nuovi alberi tra tigli, aceri e carpini;
- illuminazione a LED.

L'intervento è finanziato con fondi del Piano nazionale di ripresa e resilienza.`,
    topics: ['spazio-verde', 'pnrr', 'assistenza-agli-invalidi'],
    office: 'ambiente',
    daysAgo: 48,
    picture: { kind: 'park', alt: 'Bambini sui nuovi giochi del parco tra alberi appena piantati' },
  },
  {
    slug: 'corsa-podistica-valmorena',
    kind: 'notizia',
    title: 'Domenica la StraValmorena: strade chiuse al traffico in mattinata',
    summary:
      'Oltre mille iscritti alla corsa non competitiva di 10 km: percorso ad anello tra il centro e Borgata Gerbidi.',
    body: `Domenica mattina torna la StraValmorena, corsa non competitiva di 10 km aperta a tutti.

Dalle 8:30 alle 12:30 sono chiuse al traffico le vie del percorso: via Roma, corso Torino, strada Gerbidi e via dei Mulini. I parcheggi di piazza Mercato restano aperti.

Le iscrizioni si raccolgono fino a sabato alla Pro Loco.`,
    topics: ['sport', 'tempo-libero', 'associazioni'],
    daysAgo: 55,
    picture: { kind: 'sport', alt: 'Podisti con il pettorale lungo un viale alberato' },
  },
  {
    slug: 'comunicato-sindaco-nuovo-asilo-nido',
    kind: 'comunicato',
    title: 'La sindaca: «Il nuovo asilo nido di San Grato aprirà a settembre»',
    summary: 'Sessanta posti, orario fino alle 18 e cucina interna: i lavori sono al 70%.',
    body: `«Il nuovo asilo nido di San Grato aprirà a settembre con sessanta posti», ha dichiarato la sindaca durante il sopralluogo al cantiere.

La struttura, costruita con criteri di efficienza energetica, ospiterà tre sezioni con orario dalle 7:30 alle 18:00 e cucina interna.

Le domande di iscrizione si presenteranno in primavera.`,
    topics: ['istruzione', 'pnrr', 'comunicazione-istituzionale'],
    office: 'servizi-scolastici',
    daysAgo: 61,
  },
  {
    slug: 'sportello-energia-bonus',
    kind: 'notizia',
    title: 'Apre lo Sportello energia: consulenze gratuite su bollette e bonus',
    summary:
      'Ogni giovedì pomeriggio in municipio per capire le bollette, chiedere i bonus sociali e valutare l’isolamento della casa.',
    body: `Da giovedì apre in municipio lo Sportello energia, realizzato con le associazioni dei consumatori.

I consulenti aiutano a leggere le bollette, a chiedere i bonus sociali per luce e gas e a valutare interventi di isolamento termico con le detrazioni fiscali.

Si riceve su appuntamento dalle 14:30 alle 17:30.`,
    topics: ['energie-rinnovabili', 'isolamento-termico', 'assistenza-sociale'],
    office: 'urp',
    daysAgo: 70,
  },
  {
    slug: 'elezioni-scrutatori-albo',
    kind: 'avviso',
    title: 'Albo degli scrutatori: domande entro il 30 novembre',
    summary: 'Chi vuole lavorare ai seggi nelle prossime elezioni può iscriversi all’albo degli scrutatori.',
    body: `Gli elettori di Valmorena che vogliono essere inseriti nell'albo degli scrutatori possono presentare la domanda entro il 30 novembre.

Servono l'iscrizione nelle liste elettorali del Comune e almeno il diploma di scuola dell'obbligo. La domanda si presenta online, per PEC o all'Ufficio elettorale.`,
    topics: ['elezioni', 'anagrafe'],
    office: 'anagrafe',
    daysAgo: 75,
  },
  {
    slug: 'carta-identita-elettronica-open-day',
    kind: 'notizia',
    title: 'Carta d’identità elettronica: sabato mattina open day all’anagrafe',
    summary: 'Sportelli aperti senza appuntamento per chi ha la carta cartacea scaduta o in scadenza.',
    body: `Sabato dalle 9:00 alle 12:30 l'anagrafe resta aperta senza appuntamento per il rilascio della carta d'identità elettronica.

Portare una fototessera recente, la vecchia carta o la denuncia di smarrimento e la tessera sanitaria. Il costo è di 22,21 euro, da pagare con carta o bancomat.

Dal 3 agosto 2026 le carte d'identità cartacee non sono più valide.`,
    topics: ['anagrafe', 'residenza'],
    office: 'anagrafe',
    daysAgo: 82,
  },
  {
    slug: 'mercato-settimanale-spostamento',
    kind: 'avviso',
    title: 'Il mercato del mercoledì si sposta in piazza della Stazione per due settimane',
    summary:
      'Durante i lavori di pavimentazione di piazza Mercato i banchi si spostano in piazza della Stazione.',
    body: `Per due settimane, durante i lavori di pavimentazione di piazza Mercato, il mercato del mercoledì si tiene in piazza della Stazione.

Gli ambulanti mantengono la propria posizione relativa; la Polizia locale consegna le nuove planimetrie.`,
    topics: ['commercio-ambulante', 'mercato'],
    office: 'suap',
    daysAgo: 90,
  },
  {
    slug: 'bando-contributi-associazioni-sportive',
    kind: 'notizia',
    title: 'Contributi alle associazioni sportive: domande fino al 15 del mese',
    summary:
      'Un fondo di 80.000 euro per le società che organizzano attività per ragazzi e persone con disabilità.',
    body: `Il Comune mette a disposizione 80.000 euro per le associazioni sportive di Valmorena.

Hanno priorità le attività per i ragazzi sotto i 18 anni e per le persone con disabilità. La domanda si presenta online allegando il bilancio dell'ultimo anno e il programma delle attività.`,
    topics: ['sport', 'associazioni'],
    office: 'segreteria-generale',
    daysAgo: 97,
  },
  {
    slug: 'ztl-centro-storico-nuovi-orari',
    kind: 'comunicato',
    title: 'ZTL del centro storico: nuovi orari dal primo del mese',
    summary:
      'La zona a traffico limitato sarà attiva dalle 20 alle 2 nei fine settimana e dalle 10 alle 13 nei festivi.',
    body: `Dopo il confronto con i commercianti e i residenti, la Giunta ha approvato i nuovi orari della ZTL del centro storico.

- venerdì e sabato: dalle 20:00 alle 2:00;
- domeniche e festivi: dalle 10:00 alle 13:00.

I permessi già rilasciati restano validi.`,
    topics: ['ztl', 'zone-pedonali', 'mobilita-sostenibile'],
    office: 'polizia-locale',
    daysAgo: 104,
  },
  {
    slug: 'pista-ciclabile-stazione-inaugurata',
    kind: 'notizia',
    title: 'Inaugurata la pista ciclabile tra la stazione e il polo scolastico',
    summary: 'Due chilometri e mezzo in sede protetta, con 60 nuovi posti bici davanti alla stazione.',
    body: `È aperta la nuova pista ciclabile che collega la stazione ferroviaria al polo scolastico di via Europa.

Il percorso è lungo 2,5 km, in sede protetta e illuminato. Davanti alla stazione ci sono 60 nuovi posti bici coperti.`,
    topics: ['pista-ciclabile', 'mobilita-sostenibile'],
    office: 'lavori-pubblici',
    daysAgo: 112,
  },
  {
    slug: 'acqua-interruzione-borgo-stazione',
    kind: 'avviso',
    title: 'Interruzione dell’acqua a Borgo Stazione giovedì mattina',
    summary: 'Dalle 8:30 alle 13:00 per la sostituzione di una condotta in via Mazzini.',
    body: `Giovedì dalle 8:30 alle 13:00 il gestore del servizio idrico sospende l'erogazione dell'acqua in via Mazzini, via Verdi e vie limitrofe di Borgo Stazione.

Alla riapertura l'acqua potrebbe essere torbida per alcuni minuti.`,
    topics: ['acqua'],
    office: 'lavori-pubblici',
    daysAgo: 120,
  },
  {
    slug: 'gemellaggio-saint-jean',
    kind: 'comunicato',
    title: 'Vent’anni di gemellaggio con Saint-Jean-de-Maurienne',
    summary: 'Una delegazione savoiarda a Valmorena per la festa patronale e lo scambio tra le scuole.',
    body: `Valmorena e Saint-Jean-de-Maurienne festeggiano vent'anni di gemellaggio.

Una delegazione del Comune savoiardo parteciperà alla festa patronale; le classi terze delle medie avvieranno uno scambio di corrispondenza con i coetanei francesi.`,
    topics: ['gemellaggi', 'estero', 'comunicazione-istituzionale'],
    daysAgo: 128,
  },
  {
    slug: 'concorso-agenti-polizia-locale',
    kind: 'avviso',
    title: 'Concorso per due agenti di Polizia locale',
    summary: 'Bando per due posti a tempo pieno e indeterminato: domande sul portale inPA.',
    body: `È pubblicato il bando di concorso per due agenti di Polizia locale a tempo pieno e indeterminato.

Requisiti: diploma di scuola superiore e patente B. Le domande si presentano esclusivamente sul portale inPA entro trenta giorni dalla pubblicazione.`,
    topics: ['concorsi', 'lavoro', 'polizia'],
    office: 'segreteria-generale',
    daysAgo: 135,
  },
  {
    slug: 'anagrafe-canina-microchip',
    kind: 'notizia',
    title: 'Microchip gratuito per i cani il primo sabato del mese',
    summary: 'Il servizio veterinario dell’ASL è in municipio per l’iscrizione all’anagrafe canina.',
    body: `Il primo sabato di ogni mese, dalle 9:00 alle 12:00, il servizio veterinario dell'ASL applica gratuitamente il microchip ai cani dei residenti e li iscrive all'anagrafe canina.`,
    topics: ['animale-domestico'],
    office: 'urp',
    daysAgo: 142,
  },
  {
    slug: 'centri-estivi-iscrizioni',
    kind: 'notizia',
    title: 'Centri estivi: 320 posti e contributi per le famiglie',
    summary:
      'Da giugno a settembre centri estivi per bambini dai 3 ai 14 anni in quattro scuole del territorio.',
    body: `Il Comune organizza con le cooperative del territorio i centri estivi per bambini e ragazzi dai 3 ai 14 anni.

Sono disponibili 320 posti in quattro sedi. Le famiglie con ISEE sotto i 25.000 euro ricevono un contributo fino a 300 euro.`,
    topics: ['istruzione', 'tempo-libero', 'assistenza-sociale'],
    office: 'servizi-scolastici',
    daysAgo: 150,
  },
  {
    slug: 'qualita-aria-limitazioni-traffico',
    kind: 'avviso',
    title: 'Qualità dell’aria: semaforo arancione e limitazioni ai diesel Euro 5',
    summary: 'Per il superamento dei limiti di PM10 scattano le misure temporanee del protocollo regionale.',
    body: `Da domani scatta il livello arancione del protocollo antismog regionale.

- stop ai veicoli diesel fino a Euro 5 dalle 8:30 alle 18:30;
- riscaldamento a non più di 19 gradi negli edifici;
- divieto di combustioni all'aperto.`,
    topics: ['aria', 'inquinamento', 'mobilita-sostenibile'],
    office: 'ambiente',
    daysAgo: 158,
  },
  {
    slug: 'nuovo-regolamento-dehors',
    kind: 'comunicato',
    title: 'Approvato il nuovo regolamento per i dehors di bar e ristoranti',
    summary: 'Procedure più semplici e regole uniformi per arredi e coperture nel centro storico.',
    body: `Il Consiglio comunale ha approvato il nuovo regolamento per i dehors.

Le richieste si presentano al SUAP con una sola pratica, valida fino a cinque anni. Nel centro storico arredi e coperture seguono il catalogo concordato con la Soprintendenza.`,
    topics: ['commercio-al-minuto', 'imprese'],
    office: 'suap',
    daysAgo: 166,
  },
  {
    slug: 'biblioteca-orario-esteso',
    kind: 'notizia',
    title: 'La biblioteca civica apre anche il sabato pomeriggio',
    summary: 'Da questo mese orario esteso per la sala studio, con wi-fi e prese per i portatili.',
    body: `La biblioteca civica amplia l'orario: la sala studio è aperta anche il sabato dalle 14:00 alle 19:00.

Nella sala ci sono 48 posti con prese elettriche e wi-fi gratuito.`,
    topics: ['tempo-libero', 'istruzione'],
    office: 'cultura-biblioteca',
    daysAgo: 174,
  },
  {
    slug: 'festa-patronale-san-grato',
    kind: 'notizia',
    title: 'Festa patronale di San Grato: il programma',
    summary: 'Tre giorni di musica, mercatini e la processione della domenica; fuochi d’artificio sul Po.',
    body: `La festa patronale di San Grato si svolgerà dal venerdì alla domenica.

## Il programma
- venerdì sera: concerto della banda musicale in piazza Municipio;
- sabato: mercatino dei produttori locali e giochi per bambini;
- domenica: processione e, alle 22:00, fuochi d'artificio.`,
    topics: ['tempo-libero', 'turismo', 'patrimonio-culturale'],
    office: 'cultura-biblioteca',
    daysAgo: -5,
    picture: { kind: 'culture', alt: 'Luminarie accese sopra la piazza durante la festa patronale' },
  },
  {
    slug: 'tari-seconda-rata-promemoria',
    kind: 'avviso',
    title: 'TARI: promemoria per la seconda rata',
    summary: 'Un promemoria per chi ha scelto il pagamento a rate della tassa rifiuti.',
    body: `La seconda rata della TARI scade il 16 settembre. Chi ha attivato l'addebito diretto non deve fare nulla.`,
    topics: ['tassa-sui-servizi', 'imposte'],
    office: 'tributi',
    daysAgo: -12,
  },
  {
    slug: 'bozza-piano-urbano-mobilita',
    kind: 'comunicato',
    title: 'Piano urbano della mobilità sostenibile: al via la consultazione',
    summary: 'Bozza in preparazione: questionario online e incontri nei quartieri.',
    body: `Il Comune avvia la redazione del Piano urbano della mobilità sostenibile e invita cittadini e associazioni a partecipare.`,
    topics: ['mobilita-sostenibile', 'piano-di-sviluppo'],
    office: 'lavori-pubblici',
    daysAgo: 1,
    draft: true,
  },
  {
    slug: 'sportello-lavoro-giovani',
    kind: 'notizia',
    title: 'Informagiovani: sportello lavoro e orientamento ogni martedì',
    summary:
      'Consulenze per scrivere il curriculum, cercare tirocini e conoscere i corsi di formazione professionale.',
    body: `L'Informagiovani apre uno sportello dedicato al lavoro ogni martedì dalle 15:00 alle 18:00.

Gli operatori aiutano a scrivere il curriculum, a cercare tirocini e a scegliere i corsi di formazione professionale della Città metropolitana.`,
    topics: ['lavoro', 'formazione-professionale'],
    office: 'urp',
    daysAgo: 2,
  },
];

const PALETTES: Record<Picture, { sky: string; ground: string; accent: string; shape: string }> = {
  road: {
    sky: '#9fc3e6',
    ground: '#4a4f55',
    accent: '#f28c28',
    shape: `<rect x="0" y="560" width="1600" height="340" fill="#3b3f44"/>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${60 + i * 270}" y="720" width="150" height="24" fill="#f5f5f5"/>`).join('')}
      ${[0, 1, 2, 3].map((i) => `<polygon points="${300 + i * 320},700 ${340 + i * 320},560 ${380 + i * 320},700" fill="#f28c28"/><rect x="${318 + i * 320}" y="610" width="44" height="16" fill="#ffffff"/>`).join('')}`,
  },
  waste: {
    sky: '#cfe8d5',
    ground: '#8d9a8f',
    accent: '#2f7d32',
    shape: ['#f2c200', '#1565c0', '#6d4c41', '#607d8b']
      .map(
        (c, i) =>
          `<rect x="${250 + i * 300}" y="380" width="200" height="330" rx="18" fill="${c}"/><rect x="${235 + i * 300}" y="350" width="230" height="50" rx="12" fill="${c}" opacity="0.85"/>`,
      )
      .join(''),
  },
  school: {
    sky: '#fde9c9',
    ground: '#c98f5a',
    accent: '#1e5aa8',
    shape: `<rect x="300" y="260" width="1000" height="420" fill="#f7f3ea"/>
      <polygon points="260,270 800,80 1340,270" fill="#b5452f"/>
      ${[0, 1, 2, 3].map((i) => `<rect x="${380 + i * 230}" y="340" width="120" height="140" fill="#1e5aa8"/>`).join('')}
      <rect x="720" y="520" width="160" height="160" fill="#6d4c41"/>`,
  },
  weather: {
    sky: '#4b5563',
    ground: '#374151',
    accent: '#facc15',
    shape: `<ellipse cx="600" cy="260" rx="360" ry="150" fill="#9ca3af"/><ellipse cx="1000" cy="230" rx="380" ry="170" fill="#6b7280"/>
      <polygon points="900,380 820,560 900,560 840,760 1040,500 950,500 1010,380" fill="#facc15"/>
      ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${300 + i * 130}" y="${420 + (i % 3) * 60}" width="8" height="90" fill="#bfdbfe" transform="rotate(15 ${300 + i * 130} 420)"/>`).join('')}`,
  },
  culture: {
    sky: '#3b0a0a',
    ground: '#1f0505',
    accent: '#fbbf24',
    shape: `<rect x="0" y="0" width="1600" height="120" fill="#7f1d1d"/>
      <path d="M0 120 Q 200 500 120 900 L0 900 Z" fill="#991b1b"/><path d="M1600 120 Q 1400 500 1480 900 L1600 900 Z" fill="#991b1b"/>
      <ellipse cx="800" cy="720" rx="520" ry="90" fill="#fbbf24" opacity="0.35"/>
      <circle cx="800" cy="420" r="120" fill="#fde68a" opacity="0.6"/>`,
  },
  council: {
    sky: '#e7dccb',
    ground: '#7c5a3a',
    accent: '#0b5394',
    shape: `<rect x="200" y="180" width="1200" height="80" fill="#0b5394"/>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${260 + i * 200}" y="260" width="60" height="420" fill="#f5efe6"/>`).join('')}
      <rect x="150" y="680" width="1300" height="60" fill="#5b4030"/>`,
  },
  park: {
    sky: '#bfe3ff',
    ground: '#5fa84a',
    accent: '#e53935',
    shape: `${[0, 1, 2, 3, 4].map((i) => `<rect x="${180 + i * 300}" y="420" width="30" height="200" fill="#6d4c41"/><circle cx="${195 + i * 300}" cy="380" r="110" fill="#2e7d32"/>`).join('')}
      <rect x="620" y="520" width="360" height="16" fill="#e53935"/><rect x="640" y="536" width="12" height="140" fill="#e53935"/><rect x="948" y="536" width="12" height="140" fill="#e53935"/>`,
  },
  sport: {
    sky: '#a7d8f0',
    ground: '#c2410c',
    accent: '#ffffff',
    shape: `${[0, 1, 2, 3].map((i) => `<rect x="0" y="${600 + i * 70}" width="1600" height="6" fill="#ffffff"/>`).join('')}
      ${[0, 1, 2].map((i) => `<circle cx="${500 + i * 300}" cy="${380 + i * 20}" r="40" fill="#1f2937"/><rect x="${470 + i * 300}" y="${420 + i * 20}" width="60" height="140" rx="20" fill="${['#2563eb', '#16a34a', '#dc2626'][i]}"/>`).join('')}`,
  },
};

/** A 1600×900 JPEG drawn from simple shapes (no text: no fonts needed), with a camera-like EXIF block. */
export async function demoPicture(kind: Picture): Promise<Buffer> {
  const p = PALETTES[kind];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#s)"/>
    <rect y="620" width="1600" height="280" fill="${p.ground}"/>
    ${p.shape}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

/**
 * Writes the demo Novità of a Comune (nothing if it already has some). Images and PDFs need `storage`;
 * without it the items are written without them.
 */
export async function seedNewsDemo(
  tx: Tx,
  tenantId: string,
  storage?: Storage,
  now: Date = new Date(),
): Promise<Record<string, number>> {
  const [existing] = await tx
    .select({ id: newsItems.id })
    .from(newsItems)
    .where(eq(newsItems.tenantId, tenantId))
    .limit(1);
  if (existing) return {};
  const officeRows = await tx
    .select({ id: offices.id, slug: offices.slug })
    .from(offices)
    .where(eq(offices.tenantId, tenantId));
  const officeBySlug = new Map(officeRows.map((o) => [o.slug, o.id]));
  const pictures = new Map<Picture, Buffer>();
  let attachmentCount = 0;
  for (const [i, n] of DEMO_NEWS.entries()) {
    // Morning publication times, a little different for each item.
    const publishAt = new Date(now.getTime() - n.daysAgo * 86_400_000);
    publishAt.setUTCHours(7 + (i % 4), (i * 7) % 60, 0, 0);
    let image: NewsImage | null = null;
    if (n.picture && storage) {
      let jpeg = pictures.get(n.picture.kind);
      if (!jpeg) {
        jpeg = await demoPicture(n.picture.kind);
        pictures.set(n.picture.kind, jpeg);
      }
      image = { format: 'webp', variants: [] };
      for (const v of await renderImageVariants(jpeg))
        image.variants.push({
          width: v.width,
          height: v.height,
          key: await storage.put(`tenants/${tenantId}/news`, v.data, 'webp'),
        });
    }
    const [row] = await tx
      .insert(newsItems)
      .values({
        tenantId,
        kind: n.kind,
        slug: n.slug,
        title: n.title,
        summary: n.summary,
        body: n.body,
        topics: n.topics,
        officeId: n.office ? (officeBySlug.get(n.office) ?? null) : null,
        image,
        imageAlt: image ? (n.picture?.alt ?? '') : '',
        status: n.draft ? 'draft' : 'published',
        publishAt,
        unpublishAt: n.expiresAfter ? new Date(publishAt.getTime() + n.expiresAfter * 86_400_000) : null,
        featured: n.featured === true,
        createdAt: publishAt,
        updatedAt: publishAt,
      })
      .returning({ id: newsItems.id });
    if (row && n.pdf && storage) {
      const pdf = tinyPdf(n.pdf.lines);
      const storageKey = await storage.put(`tenants/${tenantId}/news-attachments`, pdf, 'pdf');
      await tx.insert(newsAttachments).values({
        tenantId,
        newsId: row.id,
        title: n.pdf.title,
        filename: n.pdf.filename,
        mime: 'application/pdf',
        extension: 'pdf',
        size: pdf.length,
        storageKey,
      });
      attachmentCount++;
    }
  }
  return { news_item: DEMO_NEWS.length, news_attachment: attachmentCount };
}
