// Demo schede di amministrazione of Valmorena (28,146 residents, Città metropolitana di Torino): the
// Giunta and the Consiglio, the Sindaca (Elena Marchisio, also a staff user of the demo), six assessori
// and the presidente del consiglio, the administrative areas with their offices, the bodies the Comune
// takes part in, its senior staff and its main documents. Contacts are institutional mailboxes only.

import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { tinyPdf } from '../../platform/storage/attachment-files.js';
import type { Storage } from '../../platform/storage/storage.js';
import { offices } from '../offices/index.js';
import { type AdministrationCategory, administrationAttachments, administrationItems } from './schema.js';

const DOMAIN = 'comune.valmorena.to.it';

export interface DemoAdministrationItem {
  category: AdministrationCategory;
  slug: string;
  title: string;
  role?: string;
  summary: string;
  body: string;
  office?: string;
  email?: string;
  phone?: string;
  topics?: string[];
  sortOrder: number;
  draft?: boolean;
  /** A small PDF built in code, attached to the scheda (documenti e dati). */
  pdf?: { title: string; filename: string; lines: string[] };
}

export const DEMO_ADMINISTRATION: readonly DemoAdministrationItem[] = [
  // Organi di governo
  {
    category: 'organi-di-governo',
    slug: 'sindaca',
    title: 'Sindaca',
    summary: 'La Sindaca è l’organo responsabile dell’amministrazione del Comune e lo rappresenta.',
    body: `La Sindaca di Valmorena, Elena Marchisio, è stata eletta direttamente dai cittadini e resta in carica cinque anni.

Nomina gli assessori e presiede la Giunta comunale, sovrintende al funzionamento degli uffici e all'esecuzione degli atti, emana le ordinanze contingibili e urgenti ed è ufficiale di governo per i servizi di competenza statale (anagrafe, stato civile, elettorale).

Riceve i cittadini su appuntamento, da richiedere alla Segreteria generale.`,
    office: 'segreteria-generale',
    email: `sindaca@${DOMAIN}`,
    phone: '+39 011 971 1001',
    topics: ['comunicazione-istituzionale'],
    sortOrder: 10,
  },
  {
    category: 'organi-di-governo',
    slug: 'giunta-comunale',
    title: 'Giunta comunale',
    summary:
      'La Giunta collabora con la Sindaca nel governo del Comune: è composta dalla Sindaca e da sei assessori.',
    body: `La Giunta comunale attua gli indirizzi approvati dal Consiglio, adotta le delibere che non spettano al Consiglio o alla Sindaca e riferisce ogni anno al Consiglio sulla propria attività.

Si riunisce di norma il martedì pomeriggio nella sala della Giunta del Municipio, in piazza Municipio 1. Le sedute non sono pubbliche; le delibere sono pubblicate all'Albo pretorio online.

Componenti: la Sindaca Elena Marchisio, il vicesindaco Alberto Gili e gli assessori Martina Rosso, Paolo Bertola, Giorgia Vottero, Luca Peano e Carla Bruno.`,
    office: 'segreteria-generale',
    topics: ['trasparenza-amministrativa'],
    sortOrder: 20,
  },
  {
    category: 'organi-di-governo',
    slug: 'consiglio-comunale',
    title: 'Consiglio comunale',
    summary:
      'Il Consiglio comunale è l’organo di indirizzo e di controllo politico-amministrativo: 24 consiglieri e la Sindaca.',
    body: `Il Consiglio comunale approva lo Statuto e i regolamenti, il bilancio di previsione e il rendiconto, i piani urbanistici e le linee programmatiche di mandato.

È composto dalla Sindaca e da 24 consiglieri eletti; lo presiede Franco Depetris. Le sedute sono pubbliche e trasmesse in diretta sul canale video istituzionale del Comune.

Le commissioni consiliari permanenti sono quattro: Bilancio e programmazione; Territorio, ambiente e lavori pubblici; Servizi alla persona; Statuto e regolamenti.`,
    office: 'segreteria-generale',
    topics: ['trasparenza-amministrativa', 'elezioni'],
    sortOrder: 30,
  },
  // Politici
  {
    category: 'politici',
    slug: 'elena-marchisio',
    title: 'Elena Marchisio',
    role: 'Sindaca',
    summary:
      'Sindaca di Valmorena. Deleghe trattenute: personale, sicurezza, protezione civile e rapporti istituzionali.',
    body: `Elena Marchisio è Sindaca di Valmorena dal giugno 2024.

Ha trattenuto le deleghe al personale, alla polizia locale e sicurezza urbana, alla protezione civile e ai rapporti con gli altri enti del territorio.

Riceve su appuntamento il giovedì mattina in Municipio.`,
    office: 'segreteria-generale',
    email: `sindaca@${DOMAIN}`,
    phone: '+39 011 971 1001',
    topics: ['protezione-civile', 'polizia'],
    sortOrder: 10,
  },
  {
    category: 'politici',
    slug: 'alberto-gili',
    title: 'Alberto Gili',
    role: 'Vicesindaco, assessore ai lavori pubblici e alla viabilità',
    summary: 'Deleghe: lavori pubblici, manutenzioni, viabilità, mobilità sostenibile.',
    body: `Alberto Gili è vicesindaco e sostituisce la Sindaca in caso di assenza o impedimento.

Segue i cantieri del Comune, la manutenzione di strade, scuole ed edifici pubblici, il piano della mobilità e le piste ciclabili.`,
    office: 'lavori-pubblici',
    email: `vicesindaco@${DOMAIN}`,
    topics: ['urbanizzazione', 'mobilita-sostenibile', 'pista-ciclabile'],
    sortOrder: 20,
  },
  {
    category: 'politici',
    slug: 'martina-rosso',
    title: 'Martina Rosso',
    role: 'Assessora al bilancio e ai tributi',
    summary: 'Deleghe: bilancio, tributi, patrimonio, partecipate, fondi europei e PNRR.',
    body: `Martina Rosso cura la programmazione finanziaria del Comune, il bilancio di previsione e il rendiconto, i tributi locali (IMU, TARI, canone unico) e il patrimonio comunale.

Coordina i progetti finanziati dal PNRR e i rapporti con le società partecipate.`,
    office: 'tributi',
    email: `assessore.bilancio@${DOMAIN}`,
    topics: ['bilancio', 'imposte', 'pnrr'],
    sortOrder: 30,
  },
  {
    category: 'politici',
    slug: 'paolo-bertola',
    title: 'Paolo Bertola',
    role: 'Assessore all’urbanistica e all’ambiente',
    summary: 'Deleghe: urbanistica, edilizia privata, ambiente, verde pubblico, gestione dei rifiuti.',
    body: `Paolo Bertola segue il Piano regolatore e l'edilizia privata, la tutela dell'ambiente, i parchi e il verde pubblico.

Tiene i rapporti con il consorzio per la gestione dei rifiuti e con il gestore del servizio idrico.`,
    office: 'ambiente',
    email: `assessore.ambiente@${DOMAIN}`,
    topics: ['gestione-rifiuti', 'spazio-verde', 'urbanizzazione'],
    sortOrder: 40,
  },
  {
    category: 'politici',
    slug: 'giorgia-vottero',
    title: 'Giorgia Vottero',
    role: 'Assessora alle politiche sociali',
    summary: 'Deleghe: politiche sociali, casa, famiglie, anziani, inclusione.',
    body: `Giorgia Vottero cura i servizi sociali del Comune, le politiche per la casa, il sostegno alle famiglie e agli anziani e i progetti di inclusione con le associazioni del territorio.`,
    office: 'servizi-sociali',
    email: `assessore.sociale@${DOMAIN}`,
    topics: ['assistenza-sociale', 'integrazione-sociale'],
    sortOrder: 50,
  },
  {
    category: 'politici',
    slug: 'luca-peano',
    title: 'Luca Peano',
    role: 'Assessore all’istruzione, alla cultura e allo sport',
    summary:
      'Deleghe: scuola, mense e trasporto scolastico, cultura, biblioteca, sport, politiche giovanili.',
    body: `Luca Peano segue i servizi scolastici (mensa, trasporto, pre e post scuola), la biblioteca civica e le iniziative culturali, gli impianti sportivi e le politiche giovanili.`,
    office: 'servizi-scolastici',
    email: `assessore.istruzione@${DOMAIN}`,
    topics: ['istruzione', 'patrimonio-culturale', 'sport'],
    sortOrder: 60,
  },
  {
    category: 'politici',
    slug: 'carla-bruno',
    title: 'Carla Bruno',
    role: 'Assessora alle attività produttive e al turismo',
    summary: 'Deleghe: commercio, mercati, attività produttive, turismo, agricoltura.',
    body: `Carla Bruno segue il commercio e i mercati settimanali, lo Sportello unico per le attività produttive, la promozione turistica del territorio e l'agricoltura.`,
    office: 'suap',
    email: `assessore.commercio@${DOMAIN}`,
    topics: ['commercio-al-minuto', 'mercato', 'turismo'],
    sortOrder: 70,
  },
  {
    category: 'politici',
    slug: 'franco-depetris',
    title: 'Franco Depetris',
    role: 'Presidente del Consiglio comunale',
    summary: 'Convoca e presiede il Consiglio comunale e ne garantisce il regolare funzionamento.',
    body: `Franco Depetris è stato eletto presidente del Consiglio comunale nella prima seduta del mandato.

Convoca il Consiglio, ne fissa l'ordine del giorno d'intesa con la Sindaca, dirige i lavori e tutela i diritti dei consiglieri.`,
    office: 'segreteria-generale',
    email: `presidenza.consiglio@${DOMAIN}`,
    topics: ['trasparenza-amministrativa'],
    sortOrder: 80,
  },
  // Aree amministrative
  {
    category: 'aree-amministrative',
    slug: 'area-amministrativa',
    title: 'Area amministrativa',
    summary: 'Segreteria generale, servizi demografici, URP e comunicazione, sistemi informativi.',
    body: `L'Area amministrativa assiste gli organi del Comune (Giunta e Consiglio), cura gli atti, i contratti e il protocollo, i servizi demografici (anagrafe, stato civile, elettorale), l'Ufficio relazioni con il pubblico e i sistemi informativi.

Responsabile: il Segretario generale, Giuseppe Caruso.`,
    office: 'segreteria-generale',
    topics: ['anagrafe', 'accesso-all-informazione'],
    sortOrder: 10,
  },
  {
    category: 'aree-amministrative',
    slug: 'area-tecnica',
    title: 'Area tecnica',
    summary: 'Lavori pubblici e manutenzioni, urbanistica ed edilizia privata, ambiente, SUAP.',
    body: `L'Area tecnica progetta e segue le opere pubbliche, la manutenzione di strade, edifici e verde, l'urbanistica e l'edilizia privata (SUE), l'ambiente e lo Sportello unico per le attività produttive.

Dirigente: Marco Giordano.`,
    office: 'lavori-pubblici',
    topics: ['urbanizzazione', 'imprese'],
    sortOrder: 20,
  },
  {
    category: 'aree-amministrative',
    slug: 'area-finanziaria',
    title: 'Area finanziaria',
    summary: 'Bilancio e ragioneria, tributi, economato, società partecipate.',
    body: `L'Area finanziaria predispone il bilancio di previsione e il rendiconto, gestisce entrate e spese, i tributi comunali (IMU, TARI, canone unico patrimoniale), l'economato e il controllo sulle società partecipate.

Responsabile: Daniela Audisio.`,
    office: 'tributi',
    topics: ['bilancio', 'imposte'],
    sortOrder: 30,
  },
  {
    category: 'aree-amministrative',
    slug: 'area-servizi-alla-persona',
    title: 'Area servizi alla persona',
    summary: 'Servizi sociali, servizi scolastici, cultura e biblioteca, sport.',
    body: `L'Area servizi alla persona cura l'assistenza sociale e il sostegno alle famiglie, i servizi scolastici (mensa, trasporto, iscrizioni), la biblioteca civica, le iniziative culturali e gli impianti sportivi.

Dirigente: Roberta Costamagna.`,
    office: 'servizi-sociali',
    topics: ['assistenza-sociale', 'istruzione'],
    sortOrder: 40,
  },
  {
    category: 'aree-amministrative',
    slug: 'polizia-locale',
    title: 'Polizia locale',
    summary: 'Sicurezza urbana, viabilità, polizia amministrativa e commerciale, protezione civile.',
    body: `Il Corpo di Polizia locale controlla la viabilità e la sicurezza stradale, svolge attività di polizia amministrativa, commerciale ed edilizia, rilascia i permessi ZTL e per i disabili e collabora con la protezione civile.

Comandante: Michele Gallo.`,
    office: 'polizia-locale',
    topics: ['polizia', 'ztl', 'protezione-civile'],
    sortOrder: 50,
  },
  // Enti e fondazioni
  {
    category: 'enti-e-fondazioni',
    slug: 'acque-sabaude',
    title: 'Acque Sabaude S.p.A.',
    summary:
      'Società a capitale pubblico che gestisce il servizio idrico integrato: acquedotto, fognatura, depurazione.',
    body: `Acque Sabaude S.p.A. gestisce per conto dei Comuni soci, tra cui Valmorena, l'acquedotto, la rete fognaria e la depurazione delle acque.

Il Comune ne detiene una quota dello 0,8%. Per guasti e perdite sulla rete idrica è attivo il numero verde del gestore, indicato in bolletta.`,
    topics: ['acqua'],
    sortOrder: 10,
  },
  {
    category: 'enti-e-fondazioni',
    slug: 'consorzio-ambientale-piana',
    title: 'Consorzio ambientale della Piana',
    summary: 'Consorzio dei Comuni della Piana per la gestione dei rifiuti urbani e dei centri di raccolta.',
    body: `Il Consorzio ambientale della Piana organizza per 22 Comuni la raccolta differenziata, la gestione dei centri di raccolta e la tariffa rifiuti. Il servizio di raccolta è affidato a Piana Servizi Ambientali S.p.A.

Valmorena partecipa all'assemblea consortile con la Sindaca o un assessore delegato.`,
    topics: ['gestione-rifiuti'],
    sortOrder: 20,
  },
  {
    category: 'enti-e-fondazioni',
    slug: 'fondazione-biblioteca-civica',
    title: 'Fondazione Biblioteca civica “Cesare Pavese”',
    summary:
      'Fondazione partecipata dal Comune che promuove la lettura e gestisce il fondo storico della biblioteca.',
    body: `La Fondazione sostiene la Biblioteca civica con attività di promozione della lettura nelle scuole, rassegne di autori e la conservazione del fondo storico locale.

Il Comune nomina due dei cinque componenti del consiglio di amministrazione.`,
    office: 'cultura-biblioteca',
    topics: ['patrimonio-culturale', 'tempo-libero'],
    sortOrder: 30,
  },
  {
    category: 'enti-e-fondazioni',
    slug: 'consorzio-socio-assistenziale',
    title: 'Consorzio intercomunale socio-assistenziale',
    summary: 'Ente che gestisce in forma associata i servizi socio-assistenziali dei Comuni dell’ambito.',
    body: `Il Consorzio gestisce per conto dei Comuni dell'ambito i servizi di assistenza domiciliare, i centri diurni per persone con disabilità e gli interventi di tutela dei minori.

Le richieste si presentano ai Servizi sociali del Comune, che le trasmettono al Consorzio.`,
    office: 'servizi-sociali',
    topics: ['assistenza-sociale', 'assistenza-agli-invalidi'],
    sortOrder: 40,
  },
  // Personale amministrativo
  {
    category: 'personale-amministrativo',
    slug: 'giuseppe-caruso',
    title: 'Giuseppe Caruso',
    role: 'Segretario generale',
    summary:
      'Assiste gli organi del Comune sulla conformità degli atti; responsabile della prevenzione della corruzione e della trasparenza.',
    body: `Il Segretario generale partecipa alle sedute della Giunta e del Consiglio, roga i contratti del Comune e coordina i dirigenti.

È il responsabile della prevenzione della corruzione e della trasparenza (RPCT).`,
    office: 'segreteria-generale',
    email: `segretario@${DOMAIN}`,
    topics: ['trasparenza-amministrativa'],
    sortOrder: 10,
  },
  {
    category: 'personale-amministrativo',
    slug: 'marco-giordano',
    title: 'Marco Giordano',
    role: 'Dirigente dell’Area tecnica',
    summary: 'Dirige lavori pubblici, urbanistica ed edilizia privata, ambiente e SUAP.',
    body: 'Marco Giordano è dirigente dell’Area tecnica e responsabile unico dei principali procedimenti di opere pubbliche.',
    office: 'lavori-pubblici',
    sortOrder: 20,
  },
  {
    category: 'personale-amministrativo',
    slug: 'daniela-audisio',
    title: 'Daniela Audisio',
    role: 'Responsabile dell’Area finanziaria',
    summary: 'Responsabile del servizio finanziario, dei tributi e dell’economato.',
    body: 'Daniela Audisio è responsabile del servizio finanziario: esprime i pareri di regolarità contabile e cura il bilancio e i tributi.',
    office: 'tributi',
    sortOrder: 30,
  },
  {
    category: 'personale-amministrativo',
    slug: 'roberta-costamagna',
    title: 'Roberta Costamagna',
    role: 'Dirigente dell’Area servizi alla persona',
    summary: 'Dirige servizi sociali, servizi scolastici, cultura e biblioteca.',
    body: 'Roberta Costamagna è dirigente dell’Area servizi alla persona.',
    office: 'servizi-sociali',
    sortOrder: 40,
  },
  {
    category: 'personale-amministrativo',
    slug: 'michele-gallo',
    title: 'Michele Gallo',
    role: 'Comandante della Polizia locale',
    summary: 'Comanda il Corpo di Polizia locale di Valmorena.',
    body: 'Michele Gallo è comandante del Corpo di Polizia locale e responsabile del servizio di protezione civile comunale.',
    office: 'polizia-locale',
    sortOrder: 50,
  },
  // Documenti e dati
  {
    category: 'documenti-e-dati',
    slug: 'statuto-comunale',
    title: 'Statuto comunale',
    summary: 'La carta fondamentale del Comune: principi, organi, partecipazione dei cittadini.',
    body: `Lo Statuto stabilisce i principi dell'azione del Comune, le attribuzioni degli organi, le forme di partecipazione popolare (petizioni, referendum consultivi, consulte) e l'ordinamento degli uffici.

Il testo vigente è stato approvato dal Consiglio comunale ed è consultabile presso la Segreteria generale.`,
    office: 'segreteria-generale',
    topics: ['sistema-giuridico'],
    sortOrder: 10,
    pdf: {
      title: 'Statuto comunale (testo vigente)',
      filename: 'statuto-comunale.pdf',
      lines: [
        'Comune di Valmorena - Statuto comunale',
        'Titolo I - Principi fondamentali',
        'Art. 1 - Il Comune rappresenta la comunita di Valmorena.',
        'Art. 2 - Partecipazione: petizioni, referendum consultivi, consulte.',
        'Documento dimostrativo.',
      ],
    },
  },
  {
    category: 'documenti-e-dati',
    slug: 'regolamenti-comunali',
    title: 'Regolamenti comunali',
    summary:
      'I regolamenti in vigore: contabilità, tributi, polizia urbana, edilizia, uso degli spazi pubblici.',
    body: `I regolamenti comunali disciplinano le materie di competenza del Comune. Tra i principali: regolamento di contabilità, regolamento IMU e TARI, regolamento di polizia urbana, regolamento edilizio, regolamento per il canone unico patrimoniale, regolamento per la concessione di contributi alle associazioni.

I testi aggiornati sono disponibili presso la Segreteria generale e nella sezione Amministrazione trasparente.`,
    office: 'segreteria-generale',
    topics: ['sistema-giuridico', 'trasparenza-amministrativa'],
    sortOrder: 20,
  },
  {
    category: 'documenti-e-dati',
    slug: 'bilancio-di-previsione',
    title: 'Bilancio di previsione 2026–2028',
    summary: 'Entrate e spese previste per il triennio, approvate dal Consiglio comunale.',
    body: `Il bilancio di previsione indica le risorse che il Comune prevede di incassare e come intende spenderle nei tre anni.

Per il 2026 la spesa corrente prevista è di circa 24,6 milioni di euro; gli investimenti ammontano a 7,1 milioni, di cui 3,4 finanziati dal PNRR (scuole, efficienza energetica, piste ciclabili).`,
    office: 'tributi',
    topics: ['bilancio', 'pnrr'],
    sortOrder: 30,
    pdf: {
      title: 'Bilancio di previsione 2026–2028 (sintesi)',
      filename: 'bilancio-di-previsione-2026-2028.pdf',
      lines: [
        'Comune di Valmorena - Bilancio di previsione 2026-2028',
        'Spesa corrente 2026: 24,6 milioni di euro',
        'Investimenti 2026: 7,1 milioni di euro (3,4 dal PNRR)',
        'Documento dimostrativo.',
      ],
    },
  },
  {
    category: 'documenti-e-dati',
    slug: 'programma-triennale-opere-pubbliche',
    title: 'Programma triennale delle opere pubbliche 2026–2028',
    summary: 'Le opere pubbliche che il Comune prevede di realizzare nei prossimi tre anni.',
    body: `Il programma elenca le opere di importo superiore a 150.000 euro con il loro costo e la fonte di finanziamento: la ristrutturazione della scuola primaria di via Garibaldi, la nuova pista ciclabile verso la stazione, l'efficientamento dell'illuminazione pubblica.

È aggiornato ogni anno insieme al bilancio di previsione.`,
    office: 'lavori-pubblici',
    topics: ['piano-di-sviluppo', 'urbanizzazione'],
    sortOrder: 40,
  },
  {
    category: 'documenti-e-dati',
    slug: 'piano-integrato-attivita-organizzazione',
    title: 'Piano integrato di attività e organizzazione (PIAO)',
    summary: 'Obiettivi, organizzazione, fabbisogno di personale e prevenzione della corruzione.',
    body: 'Il PIAO riunisce in un unico documento gli obiettivi di performance, il piano dei fabbisogni di personale, il lavoro agile e la prevenzione della corruzione e della trasparenza.',
    office: 'segreteria-generale',
    topics: ['trasparenza-amministrativa'],
    sortOrder: 50,
    draft: true,
  },
];

/**
 * Writes the demo schede (once: nothing when the Comune already has some). The PDFs of the documents
 * need `storage`; without it the schede are written without them.
 */
export async function seedAdministrationDemo(
  tx: Tx,
  tenantId: string,
  storage?: Storage,
): Promise<Record<string, number>> {
  const [existing] = await tx
    .select({ id: administrationItems.id })
    .from(administrationItems)
    .where(eq(administrationItems.tenantId, tenantId))
    .limit(1);
  if (existing) return {};
  const officeRows = await tx
    .select({ id: offices.id, slug: offices.slug })
    .from(offices)
    .where(eq(offices.tenantId, tenantId));
  const officeBySlug = new Map(officeRows.map((o) => [o.slug, o.id]));
  const rows = await tx
    .insert(administrationItems)
    .values(
      DEMO_ADMINISTRATION.map((d) => ({
        tenantId,
        category: d.category,
        slug: d.slug,
        title: d.title,
        role: d.role ?? '',
        summary: d.summary,
        body: d.body,
        officeId: d.office ? (officeBySlug.get(d.office) ?? null) : null,
        email: d.email ?? '',
        phone: d.phone ?? '',
        topics: d.topics ?? [],
        sortOrder: d.sortOrder,
        status: d.draft ? 'draft' : 'published',
      })),
    )
    .returning({
      id: administrationItems.id,
      category: administrationItems.category,
      slug: administrationItems.slug,
    });
  const idOf = new Map(rows.map((r) => [`${r.category}/${r.slug}`, r.id]));
  let attachments = 0;
  for (const d of DEMO_ADMINISTRATION) {
    const itemId = idOf.get(`${d.category}/${d.slug}`);
    if (!d.pdf || !storage || !itemId) continue;
    const pdf = tinyPdf(d.pdf.lines);
    const storageKey = await storage.put(`tenants/${tenantId}/administration-attachments`, pdf, 'pdf');
    await tx.insert(administrationAttachments).values({
      tenantId,
      itemId,
      title: d.pdf.title,
      filename: d.pdf.filename,
      mime: 'application/pdf',
      extension: 'pdf',
      size: pdf.length,
      storageKey,
      position: 0,
    });
    attachments += 1;
  }
  return {
    administration_item: DEMO_ADMINISTRATION.length,
    ...(attachments ? { administration_attachment: attachments } : {}),
  };
}
