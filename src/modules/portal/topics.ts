/**
 * The national controlled vocabulary of topics ("argomenti") of the Modello Comuni: the 64 terms the
 * checker accepts (C.SI.1.5), with the straight apostrophe (U+0027). Other modules tag their content
 * with these slugs; the labels are Italian on purpose (they are compared by the national checker).
 */
export interface Topic {
  slug: string;
  label: string;
  description: string;
}

export const TOPICS: readonly Topic[] = [
  {
    slug: 'accesso-all-informazione',
    label: "Accesso all'informazione",
    description: 'Diritto di accesso agli atti, accesso civico e trasparenza delle informazioni.',
  },
  {
    slug: 'acqua',
    label: 'Acqua',
    description: "Servizio idrico, qualità dell'acqua, fontane e risparmio idrico.",
  },
  {
    slug: 'agricoltura',
    label: 'Agricoltura',
    description: 'Attività agricole, aziende agricole e tutela del territorio rurale.',
  },
  {
    slug: 'anagrafe',
    label: 'Anagrafe',
    description: "Residenza, certificati anagrafici, carta d'identità e cambi di indirizzo.",
  },
  {
    slug: 'animale-domestico',
    label: 'Animale domestico',
    description: "Anagrafe canina, cura e tutela degli animali d'affezione.",
  },
  { slug: 'aria', label: 'Aria', description: "Qualità dell'aria, emissioni e limitazioni del traffico." },
  {
    slug: 'assistenza-agli-invalidi',
    label: 'Assistenza agli invalidi',
    description: 'Sostegni, agevolazioni e servizi per le persone con disabilità.',
  },
  {
    slug: 'assistenza-sociale',
    label: 'Assistenza sociale',
    description: 'Servizi sociali, contributi e sostegno alle famiglie in difficoltà.',
  },
  {
    slug: 'associazioni',
    label: 'Associazioni',
    description: 'Albo delle associazioni, contributi e volontariato.',
  },
  {
    slug: 'bilancio',
    label: 'Bilancio',
    description: 'Bilancio di previsione, rendiconto e risorse del Comune.',
  },
  {
    slug: 'commercio-al-minuto',
    label: 'Commercio al minuto',
    description: 'Negozi di vicinato, aperture e autorizzazioni per la vendita al dettaglio.',
  },
  {
    slug: 'commercio-all-ingrosso',
    label: "Commercio all'ingrosso",
    description: "Attività di vendita all'ingrosso e relative autorizzazioni.",
  },
  {
    slug: 'commercio-ambulante',
    label: 'Commercio ambulante',
    description: 'Posteggi, licenze e commercio su aree pubbliche.',
  },
  {
    slug: 'comunicazione-istituzionale',
    label: 'Comunicazione istituzionale',
    description: 'Informazioni ufficiali del Comune ai cittadini.',
  },
  {
    slug: 'comunicazione-politica',
    label: 'Comunicazione politica',
    description: 'Propaganda elettorale, affissioni e spazi per la comunicazione politica.',
  },
  {
    slug: 'concorsi',
    label: 'Concorsi',
    description: 'Bandi di concorso e selezioni per lavorare nel Comune.',
  },
  {
    slug: 'covid-19',
    label: 'Covid-19',
    description: "Misure, informazioni e sostegni legati all'emergenza sanitaria.",
  },
  {
    slug: 'elezioni',
    label: 'Elezioni',
    description: 'Liste elettorali, seggi, scrutatori e risultati delle elezioni.',
  },
  {
    slug: 'energie-rinnovabili',
    label: 'Energie rinnovabili',
    description: 'Impianti solari, efficienza energetica e incentivi.',
  },
  {
    slug: 'estero',
    label: 'Estero',
    description: "Cittadini italiani residenti all'estero e pratiche internazionali.",
  },
  { slug: 'foreste', label: 'Foreste', description: 'Boschi, aree forestali e loro tutela.' },
  {
    slug: 'formazione-professionale',
    label: 'Formazione professionale',
    description: 'Corsi, tirocini e orientamento al lavoro.',
  },
  { slug: 'gemellaggi', label: 'Gemellaggi', description: 'Comuni gemellati e scambi culturali.' },
  {
    slug: 'gestione-rifiuti',
    label: 'Gestione rifiuti',
    description: 'Raccolta differenziata, centri di raccolta e calendario dei ritiri.',
  },
  { slug: 'giustizia', label: 'Giustizia', description: 'Giudice di pace, mediazione e servizi legali.' },
  {
    slug: 'igiene-pubblica',
    label: 'Igiene pubblica',
    description: 'Disinfestazioni, salute pubblica e decoro urbano.',
  },
  {
    slug: 'immigrazione',
    label: 'Immigrazione',
    description: 'Cittadini stranieri, permessi e integrazione.',
  },
  { slug: 'imposte', label: 'Imposte', description: 'IMU, TARI e altri tributi locali.' },
  {
    slug: 'imprese',
    label: 'Imprese',
    description: 'Sportello unico per le attività produttive e servizi alle imprese.',
  },
  {
    slug: 'inquinamento',
    label: 'Inquinamento',
    description: 'Inquinamento acustico, del suolo e delle acque.',
  },
  {
    slug: 'integrazione-sociale',
    label: 'Integrazione sociale',
    description: 'Inclusione, pari opportunità e coesione sociale.',
  },
  {
    slug: 'isolamento-termico',
    label: 'Isolamento termico',
    description: 'Efficienza energetica degli edifici e bonus edilizi.',
  },
  {
    slug: 'istruzione',
    label: 'Istruzione',
    description: 'Scuole, mense, trasporto scolastico e diritto allo studio.',
  },
  { slug: 'lavoro', label: 'Lavoro', description: "Opportunità di lavoro, centri per l'impiego e sostegni." },
  {
    slug: 'matrimonio',
    label: 'Matrimonio',
    description: 'Matrimoni civili, unioni civili e pubblicazioni.',
  },
  { slug: 'mercato', label: 'Mercato', description: 'Mercati settimanali e mercati rionali.' },
  {
    slug: 'mobilita-sostenibile',
    label: 'Mobilità sostenibile',
    description: 'Biciclette, car sharing e trasporto a basso impatto.',
  },
  { slug: 'morte', label: 'Morte', description: 'Denuncia di morte, servizi cimiteriali e cremazione.' },
  {
    slug: 'nascita',
    label: 'Nascita',
    description: 'Dichiarazione di nascita e servizi per la prima infanzia.',
  },
  {
    slug: 'parcheggi',
    label: 'Parcheggi',
    description: 'Parcheggi pubblici, permessi di sosta e strisce blu.',
  },
  {
    slug: 'patrimonio-culturale',
    label: 'Patrimonio culturale',
    description: 'Musei, monumenti, biblioteche e beni culturali.',
  },
  { slug: 'pesca', label: 'Pesca', description: 'Licenze e regole per la pesca.' },
  {
    slug: 'piano-di-sviluppo',
    label: 'Piano di sviluppo',
    description: 'Piani urbanistici e programmi di sviluppo del territorio.',
  },
  {
    slug: 'pista-ciclabile',
    label: 'Pista ciclabile',
    description: 'Rete ciclabile comunale e percorsi in bicicletta.',
  },
  {
    slug: 'pnrr',
    label: 'PNRR',
    description: 'Progetti finanziati dal Piano nazionale di ripresa e resilienza.',
  },
  {
    slug: 'politica-commerciale',
    label: 'Politica commerciale',
    description: 'Regole e programmi per il commercio locale.',
  },
  { slug: 'polizia', label: 'Polizia', description: 'Polizia locale, sicurezza urbana e segnalazioni.' },
  {
    slug: 'prodotti-alimentari',
    label: 'Prodotti alimentari',
    description: 'Sicurezza alimentare e prodotti del territorio.',
  },
  {
    slug: 'protezione-civile',
    label: 'Protezione civile',
    description: 'Piano di emergenza, allerte e volontariato di protezione civile.',
  },
  {
    slug: 'residenza',
    label: 'Residenza',
    description: 'Iscrizione anagrafica, cambio di residenza e domicilio.',
  },
  {
    slug: 'risposta-alle-emergenze',
    label: 'Risposta alle emergenze',
    description: 'Cosa fare in caso di emergenza e numeri utili.',
  },
  {
    slug: 'sistema-giuridico',
    label: 'Sistema giuridico',
    description: 'Regolamenti comunali, statuto e norme.',
  },
  { slug: 'spazio-verde', label: 'Spazio Verde', description: 'Parchi, giardini pubblici e verde urbano.' },
  {
    slug: 'sport',
    label: 'Sport',
    description: 'Impianti sportivi, associazioni e manifestazioni sportive.',
  },
  {
    slug: 'sviluppo-sostenibile',
    label: 'Sviluppo sostenibile',
    description: 'Ambiente, agenda 2030 e transizione ecologica.',
  },
  {
    slug: 'tassa-sui-servizi',
    label: 'Tassa sui servizi',
    description: 'Tariffe dei servizi comunali e tributi sui servizi.',
  },
  {
    slug: 'tempo-libero',
    label: 'Tempo libero',
    description: 'Eventi, cultura e attività per il tempo libero.',
  },
  {
    slug: 'trasparenza-amministrativa',
    label: 'Trasparenza amministrativa',
    description: 'Amministrazione trasparente e dati pubblici.',
  },
  {
    slug: 'trasporto-pubblico',
    label: 'Trasporto pubblico',
    description: 'Autobus, scuolabus e collegamenti del territorio.',
  },
  { slug: 'turismo', label: 'Turismo', description: 'Informazioni turistiche, accoglienza e itinerari.' },
  {
    slug: 'urbanizzazione',
    label: 'Urbanizzazione',
    description: 'Edilizia, opere pubbliche e pianificazione urbana.',
  },
  { slug: 'viaggi', label: 'Viaggi', description: 'Documenti per viaggiare e informazioni utili.' },
  { slug: 'zone-pedonali', label: 'Zone pedonali', description: 'Aree pedonali e regole di accesso.' },
  { slug: 'ztl', label: 'ZTL', description: 'Zone a traffico limitato, permessi e varchi.' },
];

const BY_SLUG = new Map(TOPICS.map((t) => [t.slug, t]));

export function topicBySlug(slug: string): Topic | undefined {
  return BY_SLUG.get(slug);
}

/** Shown on the home page under "Argomenti in evidenza". */
export const FEATURED_TOPICS = [
  'anagrafe',
  'gestione-rifiuti',
  'istruzione',
  'tempo-libero',
  'imposte',
  'mobilita-sostenibile',
] as const;
