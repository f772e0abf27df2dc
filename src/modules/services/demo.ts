// Demo catalogue of services of the demo Comune: the Modello Comuni categories and 34 schede servizio
// written in Italian with every section, each tied to a demo office (by slug) and national topics.

import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { offices } from '../offices/schema.js';
import { serviceCategories, services } from './schema.js';

/** The Modello Comuni service categories (C.SI.1.7 dictionary), in the national order. */
export const SERVICE_CATEGORIES: ReadonlyArray<{ slug: string; name: string; description: string }> = [
  {
    slug: 'anagrafe-e-stato-civile',
    name: 'Anagrafe e stato civile',
    description: 'Residenza, documenti di identità, certificati, nascite, matrimoni ed elezioni.',
  },
  {
    slug: 'cultura-e-tempo-libero',
    name: 'Cultura e tempo libero',
    description: 'Biblioteca, sale comunali, patrocini ed eventi.',
  },
  {
    slug: 'vita-lavorativa',
    name: 'Vita lavorativa',
    description: 'Lavoro, formazione e opportunità professionali.',
  },
  {
    slug: 'imprese-e-commercio',
    name: 'Imprese e commercio',
    description: 'Avvio e gestione di attività produttive e commerciali.',
  },
  {
    slug: 'appalti-pubblici',
    name: 'Appalti pubblici',
    description: 'Bandi di gara, albo fornitori e contratti.',
  },
  {
    slug: 'catasto-e-urbanistica',
    name: 'Catasto e urbanistica',
    description: 'Edilizia privata, titoli abilitativi e pianificazione.',
  },
  {
    slug: 'turismo',
    name: 'Turismo',
    description: 'Accoglienza, strutture ricettive e imposta di soggiorno.',
  },
  {
    slug: 'mobilita-e-trasporti',
    name: 'Mobilità e trasporti',
    description: 'Permessi di circolazione, sosta e passi carrabili.',
  },
  {
    slug: 'educazione-e-formazione',
    name: 'Educazione e formazione',
    description: 'Nido, mensa, trasporto scolastico e servizi per la scuola.',
  },
  {
    slug: 'giustizia-e-sicurezza-pubblica',
    name: 'Giustizia e sicurezza pubblica',
    description: 'Polizia locale, segnalazioni e sicurezza urbana.',
  },
  {
    slug: 'tributi-finanze-e-contravvenzioni',
    name: 'Tributi, finanze e contravvenzioni',
    description: 'TARI, IMU, pagamenti e sanzioni.',
  },
  {
    slug: 'ambiente',
    name: 'Ambiente',
    description: 'Rifiuti, verde pubblico, orti urbani e tutela del territorio.',
  },
  {
    slug: 'salute-benessere-e-assistenza',
    name: 'Salute, benessere e assistenza',
    description: 'Servizi sociali, contributi e sostegno alle famiglie.',
  },
  {
    slug: 'autorizzazioni',
    name: 'Autorizzazioni',
    description: 'Licenze, concessioni e permessi rilasciati dal Comune.',
  },
  {
    slug: 'agricoltura-e-pesca',
    name: 'Agricoltura e pesca',
    description: 'Attività agricole, tesserini e agevolazioni.',
  },
];

export interface DemoService {
  slug: string;
  title: string;
  summary: string;
  category: string;
  office: string;
  topics: string[];
  audience: string;
  needed: string;
  outcome: string;
  times: string;
  cost: string;
  online?: boolean;
}

const S = (
  slug: string,
  title: string,
  summary: string,
  category: string,
  office: string,
  topics: string[],
  audience: string,
  needed: string,
  outcome: string,
  times: string,
  cost: string,
  online = false,
): DemoService => ({
  slug,
  title,
  summary,
  category,
  office,
  topics,
  audience,
  needed,
  outcome,
  times,
  cost,
  online,
});

const ID = 'Documento di identità in corso di validità.';
const FREE = 'Il servizio è gratuito.';
const BOLLO = 'Marca da bollo da 16,00 euro, salvo i casi di esenzione previsti dalla legge.';

export const DEMO_SERVICES: readonly DemoService[] = [
  S(
    'carta-identita-elettronica',
    "Richiedere la carta d'identità elettronica",
    "Richiesta della carta d'identità elettronica (CIE) per i residenti, anche per i minori.",
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Anagrafe'],
    'Cittadini residenti nel Comune, maggiorenni e minorenni (i minori accompagnati da chi esercita la responsabilità genitoriale).',
    `${ID}\n- Una fototessera recente su sfondo bianco\n- Codice fiscale o tessera sanitaria\n- La carta scaduta o la denuncia di smarrimento`,
    "La carta d'identità elettronica, spedita dal Poligrafico dello Stato all'indirizzo indicato.",
    'La carta arriva entro 6 giorni lavorativi dalla richiesta. Si può chiedere il rinnovo nei 180 giorni prima della scadenza.',
    '22,21 euro da pagare allo sportello con carta o bancomat (27,37 euro in caso di smarrimento o deterioramento).',
  ),
  S(
    'cambio-di-residenza',
    'Cambio di residenza',
    'Dichiarare il trasferimento della residenza da un altro Comune o dall’estero, o il cambio di indirizzo nel Comune.',
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Residenza', 'Anagrafe'],
    'Chi stabilisce la propria dimora abituale nel Comune o cambia indirizzo al suo interno.',
    `${ID}\n- Il modulo di dichiarazione di residenza firmato da tutti i componenti maggiorenni\n- Il titolo di possesso dell'abitazione (contratto di affitto, atto di proprietà, comodato)\n- Per i cittadini non UE, il permesso di soggiorno`,
    'L’iscrizione anagrafica all’indirizzo dichiarato, con effetto dalla data della dichiarazione.',
    'La registrazione avviene entro 2 giorni lavorativi; la Polizia locale verifica la dimora entro 45 giorni.',
    FREE,
    true,
  ),
  S(
    'certificati-anagrafici',
    'Richiedere certificati anagrafici',
    'Certificati di residenza, stato di famiglia, nascita e cittadinanza, anche online con SPID.',
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Anagrafe', 'Residenza'],
    'Chiunque abbia bisogno di un certificato anagrafico di una persona residente nel Comune.',
    `${ID}\n- Per l'uso in esenzione, l'indicazione della norma che la prevede`,
    'Il certificato richiesto, valido sei mesi dal rilascio.',
    'Allo sportello il certificato si ottiene subito; online si scarica in tempo reale.',
    `${BOLLO} Diritti di segreteria di 0,52 euro allo sportello.`,
    true,
  ),
  S(
    'dichiarazione-di-nascita',
    'Dichiarazione di nascita',
    'Registrare la nascita di un bambino presso lo stato civile del Comune.',
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Nascita', 'Anagrafe'],
    'I genitori dei bambini nati nel Comune o residenti nel Comune.',
    `${ID}\n- L'attestazione di nascita rilasciata dal punto nascita`,
    "L'atto di nascita e l'iscrizione anagrafica del bambino.",
    'Entro 10 giorni dalla nascita (entro 3 giorni se fatta presso la struttura sanitaria).',
    FREE,
  ),
  S(
    'pubblicazioni-di-matrimonio',
    'Richiedere le pubblicazioni di matrimonio',
    'Avviare le pubblicazioni prima della celebrazione del matrimonio civile o concordatario.',
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Matrimonio'],
    'Le coppie che intendono sposarsi, se almeno uno dei due risiede nel Comune.',
    `${ID}\n- Per il matrimonio religioso, la richiesta del parroco\n- Per i cittadini stranieri, il nulla osta al matrimonio`,
    'Le pubblicazioni affisse all’albo online per 8 giorni consecutivi.',
    'Il matrimonio può essere celebrato dal quarto giorno dopo la fine delle pubblicazioni ed entro 180 giorni.',
    'Una marca da bollo da 16,00 euro (due se gli sposi risiedono in Comuni diversi).',
  ),
  S(
    'tessera-elettorale',
    'Richiedere la tessera elettorale',
    'Rilascio della tessera elettorale, del duplicato o della tessera con spazi esauriti.',
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Elezioni'],
    'Gli elettori residenti nel Comune.',
    `${ID}\n- La tessera con gli spazi esauriti o la denuncia di smarrimento`,
    'La tessera elettorale personale.',
    'La tessera viene consegnata subito allo sportello; nei giorni delle elezioni l’ufficio resta aperto.',
    FREE,
  ),
  S(
    'albo-scrutatori',
    "Iscriversi all'albo degli scrutatori",
    'Domanda di iscrizione all’albo delle persone idonee a fare lo scrutatore ai seggi.',
    'anagrafe-e-stato-civile',
    'anagrafe',
    ['Elezioni'],
    'Gli elettori del Comune che hanno assolto gli obblighi scolastici.',
    `${ID}\n- Il modulo di domanda compilato`,
    "L'iscrizione all'albo degli scrutatori di seggio.",
    'Domande dal 1° ottobre al 30 novembre di ogni anno.',
    FREE,
    true,
  ),
  S(
    'mensa-scolastica',
    'Iscrizione alla mensa scolastica',
    'Iscrivere i figli al servizio di refezione delle scuole dell’infanzia e primarie.',
    'educazione-e-formazione',
    'servizi-scolastici',
    ['Istruzione'],
    'Le famiglie degli alunni delle scuole dell’infanzia e primarie statali del Comune.',
    `${ID}\n- Attestazione ISEE per le tariffe agevolate\n- Certificato medico per le diete speciali`,
    'L’accesso del bambino alla mensa per tutto l’anno scolastico.',
    'Iscrizioni dal 1° giugno al 31 luglio per l’anno scolastico successivo.',
    'Da 2,50 a 5,20 euro a pasto secondo la fascia ISEE.',
    true,
  ),
  S(
    'iscrizione-asilo-nido',
    'Iscrizione al nido comunale',
    'Domanda di iscrizione al nido d’infanzia comunale per i bambini da 3 a 36 mesi.',
    'educazione-e-formazione',
    'servizi-scolastici',
    ['Istruzione'],
    'Le famiglie con bambini da 3 a 36 mesi.',
    `${ID}\n- Attestazione ISEE in corso di validità\n- Certificato vaccinale del bambino`,
    'Il posto al nido secondo la graduatoria pubblicata.',
    'Domande dal 1° al 30 aprile; graduatoria entro il 31 maggio.',
    'Retta mensile da 120 a 480 euro secondo l’ISEE.',
    true,
  ),
  S(
    'trasporto-scolastico',
    'Iscrizione al trasporto scolastico',
    'Servizio di scuolabus per gli alunni delle scuole dell’infanzia, primarie e secondarie di primo grado.',
    'educazione-e-formazione',
    'servizi-scolastici',
    ['Istruzione', 'Trasporto pubblico'],
    'Gli alunni residenti che abitano a più di 1 km dalla scuola.',
    `${ID}\n- Il modulo con fermate e delegati al ritiro`,
    'Il posto sullo scuolabus con il percorso e gli orari assegnati.',
    'Iscrizioni entro il 31 luglio.',
    'Quota annuale di 180 euro, ridotta per il secondo figlio.',
    true,
  ),
  S(
    'pre-e-post-scuola',
    'Iscrizione al pre e post scuola',
    'Accoglienza degli alunni prima dell’inizio e dopo la fine delle lezioni.',
    'educazione-e-formazione',
    'servizi-scolastici',
    ['Istruzione'],
    'Le famiglie degli alunni delle scuole primarie con genitori che lavorano.',
    `${ID}\n- La dichiarazione degli orari di lavoro dei genitori`,
    'L’accoglienza dalle 7:30 e fino alle 18:00.',
    'Iscrizioni entro il 31 luglio; i posti liberi si assegnano durante l’anno.',
    'Quota mensile di 35 euro per ciascun servizio.',
    true,
  ),
  S(
    'accesso-atti-sue',
    "Accesso agli atti dell'edilizia privata",
    'Consultare o avere copia delle pratiche edilizie depositate allo Sportello unico per l’edilizia.',
    'catasto-e-urbanistica',
    'sue',
    ['Urbanizzazione', "Accesso all'informazione"],
    'Proprietari, tecnici incaricati e chiunque abbia un interesse diretto e concreto.',
    `${ID}\n- Gli estremi della pratica o l'indirizzo dell'immobile\n- La delega del proprietario per i tecnici`,
    'La visione o la copia dei documenti richiesti.',
    'Entro 30 giorni dalla richiesta.',
    'Diritti di ricerca di 20 euro per pratica più il costo delle copie.',
    true,
  ),
  S(
    'permesso-di-costruire',
    'Richiedere il permesso di costruire',
    'Titolo abilitativo per nuove costruzioni, ampliamenti e ristrutturazioni importanti.',
    'catasto-e-urbanistica',
    'sue',
    ['Urbanizzazione'],
    'Proprietari di immobili o chi ne ha titolo, tramite un tecnico abilitato.',
    '- Il progetto firmato da un tecnico abilitato\n- Il titolo di proprietà\n- Gli elaborati e le relazioni previsti dalla modulistica unificata',
    'Il permesso di costruire, valido tre anni per l’ultimazione dei lavori.',
    'Il procedimento si conclude entro 60 giorni dalla domanda completa.',
    'Diritti di segreteria da 100 a 500 euro e contributo di costruzione se dovuto.',
    true,
  ),
  S(
    'cila',
    'Presentare la CILA',
    'Comunicazione di inizio lavori asseverata per gli interventi di manutenzione straordinaria.',
    'catasto-e-urbanistica',
    'sue',
    ['Urbanizzazione'],
    'Proprietari di immobili, tramite un tecnico abilitato.',
    '- La relazione asseverata del tecnico\n- Gli elaborati grafici dello stato di fatto e di progetto',
    'La possibilità di iniziare i lavori dal giorno della presentazione.',
    'I lavori possono iniziare subito dopo la presentazione.',
    'Diritti di segreteria di 50 euro.',
    true,
  ),
  S(
    'certificato-destinazione-urbanistica',
    'Certificato di destinazione urbanistica',
    'Certificato che indica le prescrizioni urbanistiche di un terreno.',
    'catasto-e-urbanistica',
    'sue',
    ['Urbanizzazione'],
    'Proprietari, notai e tecnici, per compravendite e successioni di terreni.',
    `- Gli estremi catastali (foglio e mappale)\n- L'estratto di mappa catastale\n- ${BOLLO}`,
    'Il certificato, valido un anno dal rilascio.',
    'Entro 30 giorni dalla richiesta.',
    'Diritti di segreteria di 50 euro fino a 5 mappali, più due marche da bollo da 16,00 euro.',
    true,
  ),
  S(
    'scia-suap',
    'Presentare una SCIA al SUAP',
    'Segnalazione certificata di inizio attività per aprire o modificare un’attività produttiva.',
    'imprese-e-commercio',
    'suap',
    ['Imprese', 'Commercio al minuto'],
    'Imprese, professionisti e loro intermediari.',
    '- Firma digitale e PEC\n- La modulistica unificata dell’attività\n- La procura se presentata da un intermediario',
    'La possibilità di avviare l’attività dalla data di presentazione.',
    'Il Comune può chiedere integrazioni o vietare la prosecuzione entro 60 giorni.',
    'Diritti di istruttoria da 30 a 150 euro secondo l’attività.',
    true,
  ),
  S(
    'occupazione-suolo-pubblico',
    'Occupazione di suolo pubblico',
    'Autorizzazione per dehors, ponteggi, traslochi e banchetti su strade e piazze.',
    'autorizzazioni',
    'polizia-locale',
    ['Commercio al minuto', 'Imposte'],
    'Cittadini, imprese e associazioni che devono occupare spazi pubblici.',
    `${ID}\n- La planimetria dell'area da occupare\n- ${BOLLO}`,
    'La concessione per il periodo e lo spazio indicati.',
    'Almeno 15 giorni prima dell’occupazione (5 giorni per i traslochi).',
    'Canone unico patrimoniale calcolato su superficie e durata.',
    true,
  ),
  S(
    'pubblico-spettacolo',
    'Autorizzazione per pubblico spettacolo',
    'Licenza per concerti, feste e manifestazioni aperte al pubblico.',
    'autorizzazioni',
    'suap',
    ['Tempo libero', 'Imprese'],
    'Organizzatori di eventi, associazioni e imprese.',
    '- Il programma della manifestazione\n- La relazione tecnica sulla sicurezza dei luoghi\n- Il piano di emergenza',
    'La licenza per lo svolgimento della manifestazione.',
    'Domanda almeno 30 giorni prima dell’evento.',
    'Due marche da bollo da 16,00 euro.',
    true,
  ),
  S(
    'permesso-ztl',
    'Permesso per la ZTL',
    'Permesso di transito e sosta nella zona a traffico limitato del centro storico.',
    'mobilita-e-trasporti',
    'polizia-locale',
    ['ZTL', 'Zone pedonali', 'Mobilità sostenibile'],
    'Residenti, domiciliati, titolari di attività e di posto auto nella ZTL.',
    `${ID}\n- Il libretto di circolazione del veicolo\n- Il titolo che dà diritto al permesso`,
    'Il permesso associato alla targa del veicolo.',
    'Il permesso è attivo entro 5 giorni lavorativi.',
    'Da 10 a 60 euro all’anno secondo il tipo di permesso.',
    true,
  ),
  S(
    'passo-carrabile',
    'Autorizzazione per passo carrabile',
    'Concessione del passo carrabile e del relativo cartello.',
    'mobilita-e-trasporti',
    'polizia-locale',
    ['Parcheggi'],
    'Proprietari e amministratori di immobili con accesso carrabile.',
    `${ID}\n- La planimetria dell'accesso\n- ${BOLLO}`,
    'L’autorizzazione e il cartello di passo carrabile.',
    'Entro 30 giorni dalla domanda.',
    'Canone annuale secondo la larghezza dell’accesso e 25 euro per il cartello.',
    true,
  ),
  S(
    'contrassegno-disabili',
    'Contrassegno di parcheggio per disabili',
    'Rilascio e rinnovo del contrassegno europeo per la sosta delle persone con disabilità.',
    'mobilita-e-trasporti',
    'polizia-locale',
    ['Assistenza agli invalidi', 'Parcheggi'],
    'Persone con capacità di deambulazione sensibilmente ridotta e non vedenti.',
    `${ID}\n- Il certificato medico legale dell'ASL\n- Una fototessera`,
    'Il contrassegno personale valido in tutta l’Unione europea.',
    'Rilascio entro 15 giorni; il contrassegno permanente vale 5 anni.',
    FREE,
  ),
  S(
    'tari-dichiarazione',
    'Dichiarazione TARI',
    'Dichiarare l’inizio, la variazione o la cessazione dell’occupazione di un immobile ai fini della tassa rifiuti.',
    'tributi-finanze-e-contravvenzioni',
    'tributi',
    ['Tassa sui servizi', 'Gestione rifiuti'],
    'Chi occupa o detiene locali e aree nel Comune.',
    `${ID}\n- I dati catastali e la superficie dell'immobile`,
    'L’iscrizione, la variazione o la chiusura della posizione TARI.',
    'Entro 90 giorni dall’inizio o dalla variazione dell’occupazione.',
    FREE,
    true,
  ),
  S(
    'tari-pagamento',
    'Pagare la TARI',
    'Pagamento della tassa rifiuti con l’avviso pagoPA inviato dal Comune.',
    'tributi-finanze-e-contravvenzioni',
    'tributi',
    ['Tassa sui servizi', 'Imposte'],
    'I contribuenti iscritti al ruolo TARI.',
    '- L’avviso di pagamento pagoPA',
    'La quietanza di pagamento della tassa rifiuti.',
    'Due rate: 16 luglio e 2 dicembre, oppure rata unica il 16 luglio.',
    'L’importo indicato nell’avviso, calcolato su superficie e componenti del nucleo.',
    true,
  ),
  S(
    'pagamento-contravvenzioni',
    'Pagare una multa',
    'Pagamento delle sanzioni per violazioni al Codice della strada accertate dalla Polizia locale.',
    'tributi-finanze-e-contravvenzioni',
    'polizia-locale',
    ['Polizia'],
    'Chi ha ricevuto un verbale della Polizia locale.',
    '- Il numero del verbale o l’avviso pagoPA',
    'La chiusura del procedimento sanzionatorio.',
    'Riduzione del 30% se pagata entro 5 giorni dalla notifica; entro 60 giorni importo ridotto.',
    'L’importo indicato nel verbale.',
    true,
  ),
  S(
    'contributo-affitto',
    'Contributo per il pagamento dell’affitto',
    'Sostegno economico alle famiglie in difficoltà con il pagamento del canone di locazione.',
    'salute-benessere-e-assistenza',
    'servizi-sociali',
    ['Assistenza sociale'],
    'Famiglie residenti in affitto con ISEE fino a 15.000 euro.',
    `${ID}\n- Il contratto di locazione registrato\n- L'attestazione ISEE\n- Le ricevute di pagamento del canone`,
    'Un contributo fino a 1.500 euro all’anno.',
    'Domande secondo il bando annuale, di norma in primavera.',
    FREE,
    true,
  ),
  S(
    'contributo-utenze',
    'Contributo per le bollette',
    'Aiuto economico per il pagamento di luce, gas e acqua.',
    'salute-benessere-e-assistenza',
    'servizi-sociali',
    ['Assistenza sociale', 'Integrazione sociale'],
    'Nuclei familiari residenti con ISEE fino a 9.530 euro.',
    `${ID}\n- L'attestazione ISEE\n- Le bollette insolute o da pagare`,
    'Un contributo una tantum accreditato sul conto corrente.',
    'Valutazione entro 30 giorni dalla domanda.',
    FREE,
  ),
  S(
    'bonus-bebe-comunale',
    'Bonus bebè comunale',
    'Contributo del Comune per ogni bambino nato o adottato.',
    'salute-benessere-e-assistenza',
    'servizi-sociali',
    ['Nascita', 'Assistenza sociale'],
    'Genitori residenti di bambini nati o adottati nell’anno.',
    `${ID}\n- L'attestazione ISEE\n- L'IBAN del conto corrente`,
    'Un contributo di 500 euro per ogni figlio.',
    'Domanda entro 6 mesi dalla nascita o dall’adozione.',
    FREE,
    true,
  ),
  S(
    'segnalazione-disservizio',
    'Segnalare un disservizio',
    'Segnalare un problema su strade, illuminazione, verde pubblico o un servizio del Comune.',
    'giustizia-e-sicurezza-pubblica',
    'urp',
    ['Comunicazione istituzionale'],
    'Chiunque riscontri un problema o un disservizio nel territorio comunale.',
    '- La descrizione del problema e il luogo\n- Una fotografia, se possibile',
    'La presa in carico della segnalazione e una risposta sulla sua soluzione.',
    'Risposta entro 30 giorni.',
    FREE,
    true,
  ),
  S(
    'sepolture-concessioni-cimiteriali',
    'Sepolture e concessioni cimiteriali',
    'Concessione di loculi, ossari e aree cimiteriali e autorizzazioni alla sepoltura.',
    'autorizzazioni',
    'segreteria-generale',
    ['Morte'],
    'I familiari dei defunti e chi intende acquisire una concessione.',
    `${ID}\n- Il certificato di morte\n- ${BOLLO}`,
    'La concessione cimiteriale o l’autorizzazione alla sepoltura.',
    'Le autorizzazioni si rilasciano entro 24 ore.',
    'Tariffe da 400 a 3.500 euro secondo il tipo di concessione.',
  ),
  S(
    'patrocinio-eventi',
    'Richiedere il patrocinio per un evento',
    'Patrocinio e uso dello stemma del Comune per iniziative culturali, sportive e sociali.',
    'cultura-e-tempo-libero',
    'segreteria-generale',
    ['Associazioni', 'Tempo libero'],
    'Associazioni, enti e comitati che organizzano iniziative senza fini di lucro.',
    '- La descrizione dell’iniziativa\n- Lo statuto dell’associazione',
    'Il patrocinio e l’uso dello stemma comunale.',
    'Domanda almeno 30 giorni prima dell’iniziativa.',
    FREE,
    true,
  ),
  S(
    'uso-sale-comunali',
    'Utilizzare le sale comunali',
    'Prenotazione delle sale comunali per riunioni, incontri e mostre.',
    'cultura-e-tempo-libero',
    'cultura-biblioteca',
    ['Associazioni', 'Tempo libero'],
    'Associazioni, gruppi, partiti e privati cittadini.',
    `${ID}\n- La descrizione dell'attività e il numero di partecipanti`,
    'La concessione della sala per le date richieste.',
    'Domanda almeno 10 giorni prima.',
    'Da 30 a 150 euro al giorno; gratuito per le associazioni iscritte all’albo.',
    true,
  ),
  S(
    'iscrizione-biblioteca',
    'Iscriversi alla biblioteca',
    'Tessera per il prestito di libri, film e riviste e per l’uso delle postazioni.',
    'cultura-e-tempo-libero',
    'cultura-biblioteca',
    ['Patrimonio culturale', 'Tempo libero'],
    'Tutte le persone, anche non residenti; i minori con il consenso di un genitore.',
    ID,
    'La tessera della biblioteca valida in tutto il sistema bibliotecario.',
    'La tessera si ottiene subito.',
    FREE,
  ),
  S(
    'orti-urbani',
    'Assegnazione di un orto urbano',
    'Domanda per avere in concessione un orto comunale.',
    'ambiente',
    'ambiente',
    ['Spazio Verde', 'Agricoltura', 'Sviluppo sostenibile'],
    'Residenti maggiorenni che non possiedono terreni coltivabili.',
    `${ID}\n- Il modulo di domanda`,
    'L’assegnazione di un orto per tre anni.',
    'Domande secondo il bando, graduatoria entro 60 giorni.',
    'Canone annuale di 50 euro.',
    true,
  ),
  S(
    'ritiro-ingombranti',
    'Ritiro dei rifiuti ingombranti',
    'Prenotare il ritiro a domicilio di mobili, elettrodomestici e altri rifiuti ingombranti.',
    'ambiente',
    'ambiente',
    ['Gestione rifiuti'],
    'Le utenze domestiche iscritte alla TARI.',
    '- L’elenco degli oggetti da ritirare',
    'Il ritiro gratuito al piano strada nella data concordata.',
    'Ritiro entro 15 giorni dalla prenotazione.',
    'Gratuito fino a 5 pezzi.',
    true,
  ),
];

function howTo(s: DemoService, officeName: string): string {
  return s.online
    ? `Puoi presentare la richiesta online con SPID o CIE, compilando il modulo guidato.\nIn alternativa puoi rivolgerti a «${officeName}», negli orari di apertura o su appuntamento.`
    : `Rivolgiti a «${officeName}» negli orari di apertura, meglio se su appuntamento.\nL'operatore verifica i documenti e completa la pratica con te.`;
}

/** The rows of the demo services for a tenant, given the ids of its categories and offices. */
export function demoServiceRows(
  tenantId: string,
  categoryId: (slug: string) => string,
  office: (slug: string) => { id: string; name: string },
  tenantName: string,
) {
  return DEMO_SERVICES.map((s) => {
    const o = office(s.office);
    return {
      tenantId,
      slug: s.slug,
      title: s.title,
      summary: s.summary,
      status: 'active',
      categoryId: categoryId(s.category),
      officeId: o.id,
      topics: s.topics,
      audience: s.audience,
      description: `${s.summary}\nIl servizio è curato da «${o.name}» del ${tenantName}.`,
      howTo: howTo(s, o.name),
      needed: s.needed,
      outcome: s.outcome,
      times: s.times,
      cost: s.cost,
      access: s.online
        ? 'Online con SPID o CIE, oppure allo sportello su appuntamento.'
        : 'Allo sportello, negli orari di apertura o su appuntamento.',
      // The online channel of the demo: the personal area, where citizens sign in with SPID or CIE.
      onlineUrl: s.online ? '/area-personale' : '',
      conditions:
        'Il servizio è erogato secondo la Carta dei servizi del Comune. I dati personali sono trattati come indicato nell’informativa privacy.',
      contacts: o.name,
      furtherInfo: `Per chiarimenti puoi rivolgerti a «${o.name}» oppure all'Ufficio relazioni con il pubblico (URP) del ${tenantName}.`,
    };
  });
}

/** Writes the categories and the demo services in the tenant's transaction unless categories exist. */
export async function seedServicesDemo(
  tx: Tx,
  tenantId: string,
  tenantName = 'Comune',
): Promise<Record<string, number>> {
  const [existing] = await tx
    .select({ id: serviceCategories.id })
    .from(serviceCategories)
    .where(eq(serviceCategories.tenantId, tenantId))
    .limit(1);
  if (existing) return {};
  const cats = await tx
    .insert(serviceCategories)
    .values(SERVICE_CATEGORIES.map((c, i) => ({ tenantId, ...c, sortOrder: i + 1 })))
    .returning({ id: serviceCategories.id, slug: serviceCategories.slug });
  const catId = new Map(cats.map((c) => [c.slug, c.id]));
  const officeRows = await tx
    .select({ id: offices.id, slug: offices.slug, name: offices.name })
    .from(offices)
    .where(and(eq(offices.tenantId, tenantId)));
  const officeBySlug = new Map(officeRows.map((o) => [o.slug, o]));
  const rows = demoServiceRows(
    tenantId,
    (slug) => {
      const id = catId.get(slug);
      if (!id) throw new Error(`demo services: unknown category "${slug}"`);
      return id;
    },
    (slug) => {
      const o = officeBySlug.get(slug);
      if (!o) throw new Error(`demo services: unknown office "${slug}"`);
      return o;
    },
    tenantName,
  );
  await tx.insert(services).values(rows);
  return { service_category: cats.length, service: rows.length };
}
