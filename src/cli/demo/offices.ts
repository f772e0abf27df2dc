// Offices (uffici) of the demo Comune, with their public opening hours.

import { findDemoStreet } from './streets.js';
import { DEMO_DOMAIN } from './tenant.js';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface OpeningSlot {
  weekday: Weekday;
  /** 'HH:MM', 24 h */
  opens: string;
  /** 'HH:MM', 24 h */
  closes: string;
}

export interface DemoOffice {
  slug: string;
  name: string;
  /** One or two Italian sentences. */
  description: string;
  email: string;
  phone: string;
  /** Street and number, e.g. "Piazza Martiri della Libertà 1". */
  address: string;
  /** A name from demoStreets. */
  street: string;
  streetNumber: string;
  /** Area slug. */
  area: string;
  openingHours: OpeningSlot[];
}

/** Builds the slots of one time range repeated over several weekdays. */
function slots(weekdays: readonly Weekday[], opens: string, closes: string): OpeningSlot[] {
  return weekdays.map((weekday) => ({ weekday, opens, closes }));
}

/** Sorts slots by weekday, then opening time. */
function week(...groups: OpeningSlot[][]): OpeningSlot[] {
  return groups.flat().sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

const MON_FRI: readonly Weekday[] = [1, 2, 3, 4, 5];

const TOWN_HALL_STREET = 'Piazza Martiri della Libertà';

interface OfficeDefinition extends Omit<DemoOffice, 'address' | 'area' | 'email' | 'phone'> {
  mailbox: string;
  extension: string;
}

const OFFICE_DEFINITIONS: readonly OfficeDefinition[] = [
  {
    slug: 'urp',
    name: 'Ufficio Relazioni con il Pubblico (URP)',
    description:
      'Accoglie cittadini e imprese, fornisce informazioni su servizi e procedimenti e raccoglie segnalazioni, reclami e suggerimenti.',
    mailbox: 'urp',
    extension: '2100',
    street: TOWN_HALL_STREET,
    streetNumber: '1',
    openingHours: week(
      slots(MON_FRI, '08:30', '12:30'),
      slots([2, 4], '14:30', '17:00'),
      slots([6], '09:00', '12:00'),
    ),
  },
  {
    slug: 'lavori-pubblici',
    name: 'Lavori pubblici e manutenzioni',
    description:
      'Progetta e segue le opere pubbliche e coordina la manutenzione di strade, edifici comunali, illuminazione e reti.',
    mailbox: 'lavoripubblici',
    extension: '2140',
    street: 'Via Vittorio Emanuele II',
    streetNumber: '12',
    openingHours: week(slots([1, 3, 5], '09:00', '12:00'), slots([2], '14:30', '16:30')),
  },
  {
    slug: 'polizia-locale',
    name: 'Polizia locale',
    description:
      'Si occupa di viabilità, sicurezza urbana, infortunistica stradale e controlli su commercio ed edilizia. Per le emergenze chiamare il 112.',
    mailbox: 'polizialocale',
    extension: '2200',
    street: 'Via Torino',
    streetNumber: '45',
    openingHours: week(
      slots(MON_FRI, '09:00', '12:00'),
      slots([3], '15:00', '17:00'),
      slots([6], '09:00', '12:00'),
    ),
  },
  {
    slug: 'anagrafe',
    name: 'Anagrafe e Stato civile',
    description:
      "Gestisce residenze, cambi di indirizzo, certificati, carta d'identità elettronica, nascite, matrimoni e unioni civili.",
    mailbox: 'anagrafe',
    extension: '2110',
    street: TOWN_HALL_STREET,
    streetNumber: '1',
    openingHours: week(
      slots(MON_FRI, '08:30', '12:30'),
      slots([2, 4], '14:30', '17:00'),
      slots([6], '09:00', '11:30'),
    ),
  },
  {
    slug: 'suap',
    name: 'Sportello unico attività produttive (SUAP)',
    description:
      'Punto unico per le pratiche di avvio, modifica e cessazione delle attività di impresa, commercio e artigianato.',
    mailbox: 'suap',
    extension: '2150',
    street: 'Via Cavour',
    streetNumber: '14',
    openingHours: week(slots([1, 3], '09:00', '12:30'), slots([4], '14:30', '16:30')),
  },
  {
    slug: 'sue',
    name: 'Sportello unico edilizia (SUE)',
    description:
      "Riceve i titoli edilizi (CILA, SCIA, permessi di costruire), rilascia certificati urbanistici e consente l'accesso agli atti edilizi.",
    mailbox: 'edilizia',
    extension: '2160',
    street: 'Via Cavour',
    streetNumber: '14',
    openingHours: week(slots([2, 4], '09:00', '12:30')),
  },
  {
    slug: 'servizi-sociali',
    name: 'Servizi sociali',
    description:
      'Sostiene famiglie, anziani e persone con disabilità con contributi, assistenza domiciliare e progetti di inclusione, in collaborazione con il consorzio socio-assistenziale.',
    mailbox: 'servizisociali',
    extension: '2170',
    street: 'Via Giacomo Matteotti',
    streetNumber: '20',
    openingHours: week(slots([1, 3, 5], '09:00', '12:00'), slots([4], '14:00', '16:30')),
  },
  {
    slug: 'ambiente',
    name: 'Ambiente e verde pubblico',
    description:
      'Cura parchi, giardini e alberate, la raccolta differenziata e i rapporti con il gestore dei rifiuti, e rilascia autorizzazioni ambientali.',
    mailbox: 'ambiente',
    extension: '2180',
    street: 'Via dei Mulini',
    streetNumber: '3',
    openingHours: week(slots([1, 4], '09:00', '12:00')),
  },
  {
    slug: 'tributi',
    name: 'Tributi',
    description:
      'Gestisce IMU, TARI, canone unico patrimoniale e imposta di soggiorno: calcolo, rateizzazioni, rimborsi e accertamenti.',
    mailbox: 'tributi',
    extension: '2120',
    street: TOWN_HALL_STREET,
    streetNumber: '1',
    openingHours: week(slots(MON_FRI, '09:00', '12:00'), slots([2], '14:30', '16:30')),
  },
  {
    slug: 'segreteria-generale',
    name: 'Segreteria generale',
    description:
      'Supporta Sindaco, Giunta e Consiglio comunale, cura delibere, determinazioni, contratti e il protocollo generale.',
    mailbox: 'segreteria',
    extension: '2101',
    street: TOWN_HALL_STREET,
    streetNumber: '1',
    openingHours: week(slots(MON_FRI, '09:00', '12:30')),
  },
  {
    slug: 'servizi-scolastici',
    name: 'Servizi scolastici',
    description:
      'Gestisce iscrizioni a mensa, trasporto scolastico, pre e post scuola, centri estivi e contributi per il diritto allo studio.',
    mailbox: 'istruzione',
    extension: '2190',
    street: 'Via Dante Alighieri',
    streetNumber: '22',
    openingHours: week(slots([1, 3, 5], '08:30', '12:00'), slots([2], '14:30', '16:30')),
  },
  {
    slug: 'cultura-biblioteca',
    name: 'Cultura e biblioteca',
    description:
      'Organizza eventi, mostre e la stagione teatrale e gestisce la Biblioteca civica "Cesare Pavese": prestito, sala studio e laboratori per ragazzi.',
    mailbox: 'biblioteca',
    extension: '2300',
    street: "Via San Francesco d'Assisi",
    streetNumber: '8',
    openingHours: week(slots([2, 3, 4, 5], '14:30', '18:30'), slots([3, 6], '09:00', '12:30')),
  },
];

export const demoOffices: DemoOffice[] = OFFICE_DEFINITIONS.map(({ mailbox, extension, ...def }) => {
  const street = findDemoStreet(def.street);
  if (!street) throw new Error(`office ${def.slug}: unknown street '${def.street}'`);
  return {
    slug: def.slug,
    name: def.name,
    description: def.description,
    email: `${mailbox}@${DEMO_DOMAIN}`,
    phone: `+39 011 971 ${extension}`,
    address: `${def.street} ${def.streetNumber}`,
    street: def.street,
    streetNumber: def.streetNumber,
    area: street.area,
    openingHours: def.openingHours,
  };
});
