// Demo segnalazioni for Valmorena: the categories of the seeds with their offices and SLA targets, the
// default statuses, and 2,220 reports over the last three years in the seeds' proportions (roads 361,
// signage 358, lighting 302, waste 255, parks 225…; 1,503 closed, 697 being worked, 20 scheduled), on
// the demo streets inside the Comune, with their history and realistic response and closure times.
// Deterministic apart from the reference date; idempotent (a Comune with categories is left alone).

import { eq, inArray } from 'drizzle-orm';
import { demoAreas, demoTerritory } from '../../cli/demo/areas.js';
import { pointInPolygon } from '../../cli/demo/geo.js';
import { createRng, type Rng } from '../../cli/demo/rng.js';
import { DEMO_CONTRACTORS } from '../../cli/demo/staff.js';
import { demoStreets } from '../../cli/demo/streets.js';
import type { Tx } from '../../platform/db/client.js';
import { citizens, staffUsers } from '../identity/schema.js';
import { offices } from '../offices/schema.js';
import { areas } from '../tenancy/schema.js';
import { ensureStatuses } from './commands/shared.js';
import type { ExtraQuestion } from './model.js';
import {
  type ReportChannel,
  type ReportPriority,
  type ReportType,
  reportCategories,
  reportReplyTemplates,
  reportRoutingRules,
  reports,
  reportUpdates,
} from './schema.js';

interface DemoCategory {
  slug: string;
  name: string;
  serviceCode: string;
  office: string;
  slaHours: number;
  /** Reports of this category in the demo (the seeds' figures for the first five). */
  count: number;
  /** Median days to closure. */
  closeDays: number;
  description: string;
  questions: ExtraQuestion[];
  texts: readonly string[];
}

export const DEMO_REPORT_CATEGORIES: readonly DemoCategory[] = [
  {
    slug: 'strade-marciapiedi',
    name: 'Strade e marciapiedi',
    serviceCode: 'strade',
    office: 'lavori-pubblici',
    slaHours: 720,
    count: 361,
    closeDays: 18,
    description: 'Buche, dissesti, tombini, marciapiedi rotti o ostruiti, barriere architettoniche.',
    questions: [
      {
        code: 'dove',
        label: 'Dove si trova il problema?',
        datatype: 'singlevaluelist',
        required: true,
        values: [
          { key: 'carreggiata', name: 'Carreggiata' },
          { key: 'marciapiede', name: 'Marciapiede' },
          { key: 'pista_ciclabile', name: 'Pista ciclabile' },
        ],
      },
    ],
    texts: [
      'Buca profonda sulla carreggiata all’altezza del civico {n}, pericolosa per moto e biciclette.',
      'Marciapiede sollevato dalle radici davanti al civico {n}: si inciampa facilmente.',
      'Tombino che si muove al passaggio delle auto, fa molto rumore di notte.',
      'Asfalto avvallato dopo i lavori di scavo, si forma una grossa pozzanghera quando piove.',
      'Rampa per disabili interrotta da un gradino, impossibile passare con la carrozzina.',
    ],
  },
  {
    slug: 'segnaletica',
    name: 'Segnaletica',
    serviceCode: 'segnaletica',
    office: 'polizia-locale',
    slaHours: 480,
    count: 358,
    closeDays: 14,
    description: 'Cartelli stradali danneggiati o mancanti, strisce pedonali sbiadite, semafori guasti.',
    questions: [],
    texts: [
      'Strisce pedonali quasi invisibili davanti al civico {n}, le auto non si fermano.',
      'Cartello di stop piegato e girato verso il muro all’incrocio.',
      'Semaforo pedonale con il verde che non si accende.',
      'Segnale di divieto di sosta coperto dai rami degli alberi.',
      'Specchio parabolico rotto all’uscita del passo carraio del civico {n}.',
    ],
  },
  {
    slug: 'illuminazione-pubblica',
    name: 'Illuminazione pubblica',
    serviceCode: 'illuminazione',
    office: 'lavori-pubblici',
    slaHours: 240,
    count: 302,
    closeDays: 7,
    description: 'Lampioni spenti, accesi di giorno, danneggiati; zone buie.',
    questions: [
      {
        code: 'palo',
        label: 'Numero del palo (se visibile)',
        datatype: 'string',
        required: false,
      },
    ],
    texts: [
      'Lampione spento davanti al civico {n} da almeno una settimana.',
      'Tre lampioni consecutivi spenti, la via è completamente al buio.',
      'Lampione acceso anche di giorno.',
      'Il lampione lampeggia continuamente tutta la notte.',
      'Palo della luce inclinato dopo un urto, sembra instabile.',
    ],
  },
  {
    slug: 'ambiente-rifiuti',
    name: 'Ambiente e rifiuti',
    serviceCode: 'rifiuti',
    office: 'ambiente',
    slaHours: 72,
    count: 255,
    closeDays: 3,
    description: 'Rifiuti abbandonati, cassonetti pieni o danneggiati, raccolta non effettuata.',
    questions: [],
    texts: [
      'Sacchi di rifiuti abbandonati accanto ai cassonetti vicino al civico {n}.',
      'Materasso e mobili lasciati sul marciapiede.',
      'Raccolta della carta non effettuata questa settimana.',
      'Cassonetto dell’organico rotto, il coperchio non si chiude.',
      'Cestino stradale pieno da giorni, i rifiuti finiscono a terra.',
    ],
  },
  {
    slug: 'parchi-verde',
    name: 'Parchi e verde',
    serviceCode: 'verde',
    office: 'ambiente',
    slaHours: 480,
    count: 225,
    closeDays: 12,
    description: 'Erba alta, alberi pericolosi, giochi rotti, panchine danneggiate, irrigazione.',
    questions: [],
    texts: [
      'Erba molto alta nell’aiuola, non si vede chi attraversa.',
      'Ramo spezzato che pende sopra il marciapiede.',
      'Altalena rotta nell’area giochi, catena staccata.',
      'Panchina con le assi rotte.',
      'Irrigatore rotto che perde acqua da giorni.',
    ],
  },
  {
    slug: 'acqua-fognature',
    name: 'Acqua e fognature',
    serviceCode: 'acqua',
    office: 'lavori-pubblici',
    slaHours: 120,
    count: 160,
    closeDays: 5,
    description: 'Perdite d’acqua, caditoie intasate, allagamenti, odori dalle fognature.',
    questions: [],
    texts: [
      'Perdita d’acqua dalla strada davanti al civico {n}.',
      'Caditoia intasata dalle foglie, con la pioggia si allaga l’incrocio.',
      'Forte odore di fogna vicino al civico {n}.',
      'Fontanella pubblica che non si chiude.',
    ],
  },
  {
    slug: 'decoro-urbano',
    name: 'Decoro e arredo urbano',
    serviceCode: 'decoro',
    office: 'lavori-pubblici',
    slaHours: 720,
    count: 150,
    closeDays: 20,
    description: 'Scritte sui muri, arredi danneggiati, fontane, monumenti, bacheche.',
    questions: [],
    texts: [
      'Scritte sul muro della scuola.',
      'Bacheca comunale con il vetro rotto.',
      'Fioriera danneggiata, la terra è finita sul marciapiede.',
      'Transenne abbandonate da mesi dopo un cantiere.',
    ],
  },
  {
    slug: 'viabilita-sosta',
    name: 'Viabilità e sosta',
    serviceCode: 'viabilita',
    office: 'polizia-locale',
    slaHours: 240,
    count: 120,
    closeDays: 6,
    description: 'Auto in sosta vietata ricorrente, veicoli abbandonati, velocità eccessiva.',
    questions: [],
    texts: [
      'Auto parcheggiate ogni giorno sul marciapiede, i pedoni devono scendere in strada.',
      'Veicolo senza targa fermo da mesi davanti al civico {n}.',
      'Auto che corrono molto: servirebbe un dosso o un controllo.',
    ],
  },
  {
    slug: 'animali-disinfestazioni',
    name: 'Animali e disinfestazioni',
    serviceCode: 'animali',
    office: 'ambiente',
    slaHours: 168,
    count: 110,
    closeDays: 8,
    description: 'Nidi di vespe, topi, zanzare, animali feriti o vaganti, deiezioni.',
    questions: [],
    texts: [
      'Presenza di topi vicino ai cassonetti.',
      'Nido di calabroni sotto il tetto della pensilina dell’autobus.',
      'Cane vagante senza collare da un paio di giorni.',
      'Molte zanzare tigre nel parco, si chiede un trattamento.',
    ],
  },
  {
    slug: 'edifici-pubblici',
    name: 'Edifici pubblici e scuole',
    serviceCode: 'edifici',
    office: 'lavori-pubblici',
    slaHours: 720,
    count: 90,
    closeDays: 21,
    description: 'Guasti e problemi negli edifici del Comune, nelle scuole, nei bagni pubblici.',
    questions: [],
    texts: [
      'Infiltrazione d’acqua dal soffitto della palestra.',
      'Bagni pubblici chiusi da settimane.',
      'Cancello della scuola che non si chiude.',
    ],
  },
  {
    slug: 'altro',
    name: 'Altro',
    serviceCode: 'altro',
    office: 'urp',
    slaHours: 720,
    count: 89,
    closeDays: 10,
    description: 'Tutto ciò che non rientra nelle altre categorie.',
    questions: [],
    texts: [
      'Orari della biblioteca non aggiornati sul cartello esterno.',
      'Si propone di installare una rastrelliera per biciclette davanti al civico {n}.',
      'Il wi-fi pubblico della piazza non funziona.',
    ],
  },
];

/** Reports in the demo and how many end in each state (the seeds' URP figures). */
export const DEMO_REPORT_STATUS_COUNTS = { closed: 1503, inLavorazione: 697, inProgrammazione: 20 } as const;
/** Of the closed ones, about one in thirty was turned down (respinta) rather than fixed. */
const REJECTED_SHARE = 1 / 30;
/** Months of history. */
const MONTHS = 36;

const CHANNELS: ReadonlyArray<readonly [ReportChannel, number]> = [
  ['web', 52],
  ['phone', 20],
  ['email', 13],
  ['desk', 10],
  ['telegram', 3],
  ['open311', 2],
];
const PRIORITIES: ReadonlyArray<readonly [ReportPriority, number]> = [
  ['normal', 80],
  ['high', 12],
  ['low', 6],
  ['urgent', 2],
];
const TYPES: ReadonlyArray<readonly [ReportType, number]> = [
  ['report', 92],
  ['suggestion', 5],
  ['complaint', 3],
];
const GIVEN = [
  'Marco',
  'Giulia',
  'Luca',
  'Francesca',
  'Andrea',
  'Chiara',
  'Paolo',
  'Elena',
  'Davide',
  'Sara',
];
const FAMILY = [
  'Rossi',
  'Bianco',
  'Ferrero',
  'Gallo',
  'Costa',
  'Giordano',
  'Rinaldi',
  'Fontana',
  'Serra',
  'Bosio',
];
const FIRST_ANSWERS = [
  'Segnalazione presa in carico e inoltrata alla squadra di intervento.',
  'Grazie della segnalazione: abbiamo programmato un sopralluogo.',
  'Presa in carico. L’intervento è stato inserito nel programma dei lavori.',
];
const CLOSING_ANSWERS = [
  'Intervento eseguito. Grazie per la collaborazione.',
  'Il problema è stato risolto dalla squadra esterna.',
  'Lavoro completato: il sopralluogo ha confermato la riparazione.',
];
const REJECTING_ANSWERS = [
  'Il problema riguarda un’area privata: non è di competenza del Comune.',
  'La competenza è del gestore del servizio, al quale abbiamo inoltrato la segnalazione.',
];

/** Outsourced work: category (and optionally the rural frazioni) → the contractor's account. */
const DEMO_ROUTING: ReadonlyArray<{ category: string; areas?: readonly string[]; company: string }> = [
  { category: 'illuminazione-pubblica', company: DEMO_CONTRACTORS.lighting },
  { category: 'ambiente-rifiuti', company: DEMO_CONTRACTORS.waste },
  { category: 'parchi-verde', company: DEMO_CONTRACTORS.green },
  { category: 'acqua-fognature', company: DEMO_CONTRACTORS.water },
  {
    category: 'strade-marciapiedi',
    areas: ['tetti-rubatto', 'borgata-gerbidi', 'cascine-morra', 'madonna-dei-prati'],
    company: DEMO_CONTRACTORS.roads,
  },
];

export const DEMO_REPLY_TEMPLATES: ReadonlyArray<{ name: string; text: string; status: string }> = [
  {
    name: 'Presa in carico',
    text: 'Grazie della segnalazione: è stata presa in carico e inoltrata alla squadra competente.',
    status: 'in-lavorazione',
  },
  {
    name: 'Intervento programmato',
    text: 'L’intervento è stato inserito nel programma dei lavori: la informeremo quando sarà eseguito.',
    status: 'in-programmazione',
  },
  {
    name: 'Intervento eseguito',
    text: 'Intervento eseguito. Grazie per la collaborazione.',
    status: 'chiusa',
  },
  {
    name: 'Non di competenza',
    text: 'Il problema non è di competenza del Comune: abbiamo inoltrato la segnalazione all’ente gestore.',
    status: 'respinta',
  },
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A log-normal duration in ms with the given median (ms) and spread. */
function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * rng.normal());
}

/** A point on a demo street, within ~120 m of its representative point and inside the Comune. */
function streetPoint(rng: Rng): { lon: number; lat: number; street: string; area: string } {
  const street = rng.pick(demoStreets);
  for (let i = 0; i < 8; i++) {
    const lon = Math.round((street.lon + rng.float(-0.0015, 0.0015)) * 1e6) / 1e6;
    const lat = Math.round((street.lat + rng.float(-0.0011, 0.0011)) * 1e6) / 1e6;
    if (!pointInPolygon(lon, lat, demoTerritory)) continue;
    const area = demoAreas.find((a) => pointInPolygon(lon, lat, a.polygon));
    if (area) return { lon, lat, street: street.name, area: area.slug };
  }
  return { lon: street.lon, lat: street.lat, street: street.name, area: street.area };
}

async function insertChunked<T>(
  rows: T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Writes the demo categories, statuses, reports and their history for `tenantId`. `now` fixes the
 * reference date (tests pass one). Returns row counts by table.
 */
export async function seedReportsDemo(
  tx: Tx,
  tenantId: string,
  now: Date = new Date(),
): Promise<Record<string, number>> {
  const [already] = await tx
    .select({ id: reportCategories.id })
    .from(reportCategories)
    .where(eq(reportCategories.tenantId, tenantId))
    .limit(1);
  if (already) return {};
  const rng = createRng(0x5e9a1a);

  const officeRows = await tx
    .select({ id: offices.id, slug: offices.slug })
    .from(offices)
    .where(
      inArray(
        offices.slug,
        DEMO_REPORT_CATEGORIES.map((c) => c.office),
      ),
    );
  const officeId = new Map(officeRows.filter(Boolean).map((o) => [o.slug, o.id]));
  const categoryRows = await tx
    .insert(reportCategories)
    .values(
      DEMO_REPORT_CATEGORIES.map((c, i) => ({
        tenantId,
        slug: c.slug,
        name: c.name,
        serviceCode: c.serviceCode,
        description: c.description,
        questions: c.questions,
        officeId: officeId.get(c.office) ?? null,
        slaHours: c.slaHours,
        sort: (i + 1) * 10,
      })),
    )
    .returning({ id: reportCategories.id, slug: reportCategories.slug });
  const categoryId = new Map(categoryRows.map((c) => [c.slug, c.id]));
  const statuses = await ensureStatuses(tx, tenantId);
  const status = (slug: string) => {
    const s = statuses.find((x) => x.slug === slug);
    if (!s) throw new Error(`demo reports: no status ${slug}`);
    return s.id;
  };
  const areaRows = await tx
    .select({ id: areas.id, slug: areas.slug })
    .from(areas)
    .where(eq(areas.tenantId, tenantId));
  const areaId = new Map(areaRows.map((a) => [a.slug, a.id]));
  const staffRows = await tx
    .select({ id: staffUsers.id, roles: staffUsers.roles, company: staffUsers.company })
    .from(staffUsers)
    .where(eq(staffUsers.tenantId, tenantId));
  const urp = staffRows.filter((s) => s.roles.includes('urp_operator')).map((s) => s.id);
  const workers = staffRows
    .filter((s) => s.roles.includes('office_operator') || s.roles.includes('urp_operator'))
    .map((s) => s.id);
  const contractor = new Map(staffRows.filter((s) => s.company).map((s) => [s.company, s.id]));
  const rules = DEMO_ROUTING.flatMap((r) =>
    (r.areas ?? [null]).map((area) => ({
      tenantId,
      categoryId: categoryId.get(r.category) ?? null,
      areaId: area ? (areaId.get(area) ?? null) : null,
      officeId: officeId.get(DEMO_REPORT_CATEGORIES.find((c) => c.slug === r.category)?.office ?? '') ?? null,
      assigneeId: contractor.get(r.company) ?? null,
      area,
      category: r.category,
    })),
  );
  const assigneeFor = (category: string, area: string) =>
    (
      rules.find((r) => r.category === category && r.area === area) ??
      rules.find((r) => r.category === category && !r.area)
    )?.assigneeId ?? null;
  if (rules.length)
    await tx.insert(reportRoutingRules).values(rules.map(({ area: _a, category: _c, ...rule }) => rule));
  await tx.insert(reportReplyTemplates).values(
    DEMO_REPLY_TEMPLATES.map((t, i) => ({
      tenantId,
      name: t.name,
      text: t.text,
      statusId: status(t.status),
      sort: i * 10,
    })),
  );
  const citizenIds = (
    await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.tenantId, tenantId)).limit(200)
  ).map((c) => c.id);

  // Every report: category (exact counts), submission instant spread over the last 36 months.
  const span = MONTHS * 30.4375 * DAY;
  const drafts = DEMO_REPORT_CATEGORIES.flatMap((c) =>
    Array.from({ length: c.count }, () => ({ category: c, createdAt: now.getTime() - rng.next() * span })),
  ).sort((a, b) => a.createdAt - b.createdAt);
  // Older reports are more likely closed: rank by age with noise, the oldest 1,503 closed.
  const byLikelyClosed = drafts
    .map((d, i) => ({ i, score: (now.getTime() - d.createdAt) * rng.float(0.35, 1.65) }))
    .sort((a, b) => b.score - a.score);
  const state = new Array<'closed' | 'lavorazione' | 'programmazione'>(drafts.length).fill('lavorazione');
  for (const [rank, { i }] of byLikelyClosed.entries()) {
    if (rank < DEMO_REPORT_STATUS_COUNTS.closed) state[i] = 'closed';
  }
  const openIdx = byLikelyClosed.slice(DEMO_REPORT_STATUS_COUNTS.closed).map((x) => x.i);
  for (const i of rng.shuffle(openIdx).slice(0, DEMO_REPORT_STATUS_COUNTS.inProgrammazione))
    state[i] = 'programmazione';

  const reportValues: Array<typeof reports.$inferInsert> = [];
  const history: Array<Omit<typeof reportUpdates.$inferInsert, 'reportId'> & { index: number }> = [];
  for (const [index, draft] of drafts.entries()) {
    const c = draft.category;
    const created = new Date(Math.floor(draft.createdAt));
    const where = streetPoint(rng);
    const civic = rng.int(1, 120);
    const channel = rng.weighted(CHANNELS);
    const name = `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
    const byCitizen = channel === 'web' && citizenIds.length > 0 && rng.chance(0.5);
    const contactEmail =
      byCitizen || channel === 'phone' || channel === 'desk' || channel === 'telegram'
        ? null
        : `${name.toLowerCase().replace(' ', '.')}${rng.int(1, 99)}@example.it`;
    const end = state[index];
    // "Nuova": open reports of the last few days nobody has answered yet.
    const fresh = end === 'lavorazione' && now.getTime() - created.getTime() < 4 * DAY && rng.chance(0.7);
    const lastMoment = now.getTime() - 10 * 60_000;
    let firstResponse: number | null = fresh
      ? null
      : created.getTime() + Math.max(0.2 * HOUR, logNormal(rng, 20 * HOUR, 1.1));
    let closed: number | null = null;
    if (end === 'closed') {
      closed = created.getTime() + Math.max(2 * HOUR, logNormal(rng, c.closeDays * DAY, 0.9));
      if (closed > lastMoment)
        closed = created.getTime() + (lastMoment - created.getTime()) * rng.float(0.5, 0.95);
      if (firstResponse !== null && firstResponse > closed) firstResponse = closed;
    }
    if (firstResponse !== null && firstResponse > lastMoment)
      firstResponse = created.getTime() + (lastMoment - created.getTime()) * rng.float(0.2, 0.8);
    const rejected = end === 'closed' && rng.chance(REJECTED_SHARE);
    const finalStatus = rejected
      ? status('respinta')
      : end === 'closed'
        ? status('chiusa')
        : end === 'programmazione'
          ? status('in-programmazione')
          : fresh
            ? status('nuova')
            : status('in-lavorazione');
    const staffIntake = channel === 'phone' || channel === 'desk';
    const answer = c.questions[0];
    reportValues.push({
      tenantId,
      number: index + 1,
      type: rng.weighted(TYPES),
      categoryId: categoryId.get(c.slug) ?? '',
      statusId: finalStatus,
      open: end !== 'closed',
      priority: rng.weighted(PRIORITIES),
      channel,
      location: [where.lon, where.lat],
      address: `${where.street} ${civic}`,
      areaId: areaId.get(where.area) ?? null,
      description: rng.pick(c.texts).replace('{n}', String(civic)),
      answers:
        answer?.datatype === 'singlevaluelist' && answer.values
          ? { [answer.code]: rng.pick(answer.values).key }
          : {},
      anonymousPublic: rng.chance(0.85),
      citizenId: byCitizen ? rng.pick(citizenIds) : null,
      contactName: byCitizen || channel === 'open311' ? null : name,
      contactEmail,
      contactPhone: staffIntake
        ? `+39 3${rng.int(10, 49)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`
        : null,
      officeId: officeId.get(c.office) ?? null,
      assigneeId: assigneeFor(c.slug, where.area),
      submittedById: staffIntake && urp.length ? rng.pick(urp) : null,
      dueAt: new Date(created.getTime() + c.slaHours * HOUR),
      firstResponseAt: firstResponse === null ? null : new Date(Math.floor(firstResponse)),
      closedAt: closed === null ? null : new Date(Math.floor(closed)),
      createdAt: created,
      updatedAt: new Date(Math.floor(closed ?? firstResponse ?? created.getTime())),
    });

    const author = () => (workers.length ? rng.pick(workers) : null);
    history.push({
      index,
      tenantId,
      public: true,
      toStatusId: status('nuova'),
      createdAt: created,
      text: '',
    });
    if (firstResponse !== null) {
      const next = end === 'programmazione' ? status('in-programmazione') : status('in-lavorazione');
      history.push({
        index,
        tenantId,
        public: true,
        fromStatusId: status('nuova'),
        toStatusId: next,
        authorStaffId: author(),
        text: rng.pick(FIRST_ANSWERS),
        createdAt: new Date(Math.floor(firstResponse)),
      });
      if (rng.chance(0.2))
        history.push({
          index,
          tenantId,
          public: false,
          authorStaffId: author(),
          text: 'Sopralluogo fatto, materiale ordinato.',
          createdAt: new Date(Math.floor(firstResponse + ((closed ?? lastMoment) - firstResponse) / 2)),
        });
      if (closed !== null)
        history.push({
          index,
          tenantId,
          public: true,
          fromStatusId: next,
          toStatusId: finalStatus,
          authorStaffId: author(),
          text: rejected ? rng.pick(REJECTING_ANSWERS) : rng.pick(CLOSING_ANSWERS),
          createdAt: new Date(Math.floor(closed)),
        });
    }
  }

  const idByNumber = new Map<number, string>();
  await insertChunked(reportValues, 500, async (chunk) => {
    const rows = await tx.insert(reports).values(chunk).returning({ id: reports.id, number: reports.number });
    for (const r of rows) idByNumber.set(r.number, r.id);
  });
  const updates = history.map(({ index, ...u }) => ({ ...u, reportId: idByNumber.get(index + 1) ?? '' }));
  await insertChunked(updates, 1000, (chunk) => tx.insert(reportUpdates).values(chunk));
  return {
    report_category: categoryRows.length,
    report_status: statuses.length,
    report_routing_rule: rules.length,
    report_reply_template: DEMO_REPLY_TEMPLATES.length,
    report: idByNumber.size,
    report_update: updates.length,
  };
}
