// Deterministic generator of fictional residents (cittadini) of the demo Comune, with
// well-formed fiscal codes. Name pools reflect the Turin belt: old Piedmontese families,
// the large 1950s–70s immigration from the South and some from the North-East.

import { AREA_DEFINITIONS } from './areas.js';
import { applyOmocodia, computeFiscalCode, type Gender } from './fiscal-code.js';
import { createRng, type Rng } from './rng.js';
import { demoStreets } from './streets.js';
import { demoTenant } from './tenant.js';

export interface DemoCitizen {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  gender: Gender;
  email: string;
  phone?: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  /** Comune of birth. */
  birthPlace: string;
  /** A name from demoStreets. */
  street: string;
  streetNumber: string;
  /** Area slug. */
  area: string;
}

/** Birth years are drawn so that every citizen is an adult on this date. */
export const DEMO_REFERENCE_DATE = '2025-01-01';

// ---------------------------------------------------------------------------------------------
// Name pools
// ---------------------------------------------------------------------------------------------

/** Male given names common for people born before ~1970. */
export const MALE_NAMES_CLASSIC = [
  'Giuseppe',
  'Giovanni',
  'Antonio',
  'Mario',
  'Luigi',
  'Francesco',
  'Angelo',
  'Vincenzo',
  'Pietro',
  'Salvatore',
  'Carlo',
  'Franco',
  'Domenico',
  'Bruno',
  'Paolo',
  'Michele',
  'Giorgio',
  'Aldo',
  'Sergio',
  'Renato',
  'Giancarlo',
  'Roberto',
  'Gianni',
  'Piero',
  'Enzo',
  'Rocco',
  'Gaetano',
  'Rosario',
  'Carmelo',
  'Pasquale',
  'Raffaele',
  'Ezio',
  'Walter',
  'Silvano',
  'Secondo',
  'Guido',
  'Claudio',
  'Maurizio',
] as const;

/** Male given names common for people born since ~1970. */
export const MALE_NAMES_MODERN = [
  'Andrea',
  'Luca',
  'Alessandro',
  'Matteo',
  'Davide',
  'Simone',
  'Federico',
  'Lorenzo',
  'Riccardo',
  'Gabriele',
  'Tommaso',
  'Edoardo',
  'Daniele',
  'Alberto',
  'Emanuele',
  'Nicola',
  'Fabio',
  'Cristian',
  'Mattia',
  'Leonardo',
  'Filippo',
  'Niccolò',
  'Samuele',
  'Jacopo',
  'Diego',
  'Giacomo',
  'Manuel',
  'Alessio',
  'Gianluca',
  'Dario',
  'Enrico',
  'Vittorio',
  'Elia',
  'Stefano',
  'Marco',
  'Massimo',
  'Fabrizio',
] as const;

/** Female given names common for people born before ~1970. */
export const FEMALE_NAMES_CLASSIC = [
  'Maria',
  'Anna',
  'Giuseppina',
  'Rosa',
  'Angela',
  'Giovanna',
  'Teresa',
  'Lucia',
  'Carmela',
  'Caterina',
  'Antonietta',
  'Concetta',
  'Margherita',
  'Rita',
  'Franca',
  'Luisa',
  'Carla',
  'Elena',
  'Paola',
  'Graziella',
  'Silvana',
  'Bruna',
  'Gabriella',
  'Marisa',
  'Piera',
  'Rosanna',
  'Liliana',
  'Adriana',
  'Loredana',
  'Patrizia',
  'Daniela',
  'Anna Maria',
  'Laura',
  'Cinzia',
  'Antonella',
  'Nadia',
  'Ornella',
  'Filomena',
  'Assunta',
] as const;

/** Female given names common for people born since ~1970. */
export const FEMALE_NAMES_MODERN = [
  'Giulia',
  'Sofia',
  'Chiara',
  'Sara',
  'Martina',
  'Francesca',
  'Valentina',
  'Alessia',
  'Federica',
  'Silvia',
  'Elisa',
  'Giorgia',
  'Alice',
  'Aurora',
  'Beatrice',
  'Gaia',
  'Greta',
  'Noemi',
  'Arianna',
  'Camilla',
  'Ilaria',
  'Serena',
  'Veronica',
  'Simona',
  'Monica',
  'Barbara',
  'Erika',
  'Michela',
  'Elisabetta',
  'Irene',
  'Marta',
  'Emma',
  'Ginevra',
  'Matilde',
  'Vittoria',
  'Lucrezia',
  'Benedetta',
  'Roberta',
] as const;

/** Typical Piedmontese surnames. */
export const SURNAMES_PIEDMONT = [
  'Ferrero',
  'Bertola',
  'Giordano',
  'Rolando',
  'Bosio',
  'Cravero',
  'Chiavazza',
  'Operti',
  'Boetti',
  'Lingua',
  'Gribaudo',
  'Aimone',
  'Allasia',
  'Bertolino',
  'Bonino',
  'Borgarello',
  'Cagliero',
  'Cavallero',
  'Costamagna',
  'Dutto',
  'Fassino',
  'Ghione',
  'Giacosa',
  'Lovera',
  'Marchisio',
  'Mellano',
  'Olivero',
  'Pautasso',
  'Perotti',
  'Piovano',
  'Quaglia',
  'Ravera',
  'Revelli',
  'Rossotto',
  'Tosco',
  'Vigna',
  'Viglione',
  'Vottero',
  'Audisio',
  'Barbero',
  'Baudino',
  'Bergese',
  'Berruto',
  'Bottero',
  'Brunetto',
  'Cerutti',
  'Chiapello',
  'Coppo',
  'Demaria',
  'Druetta',
  'Ellena',
  'Fenoglio',
  'Gastaldi',
  'Gerbaudo',
  'Giraudo',
  'Lanfranco',
  'Macario',
  'Marengo',
  'Martinengo',
  'Musso',
  'Oberto',
  'Occelli',
  'Peirone',
  'Rabino',
  'Rinaudo',
  'Ruffino',
  'Scarafia',
  'Tarditi',
  'Tesio',
  'Toselli',
  'Vaudano',
  'Vercellone',
  'Bianco',
  'Bosco',
  'Grosso',
  'Negro',
] as const;

/** Surnames common across Northern and Central Italy (including the Veneto immigration). */
export const SURNAMES_NORTH = [
  'Rossi',
  'Ferrari',
  'Colombo',
  'Ricci',
  'Conti',
  'Costa',
  'Fontana',
  'Moretti',
  'Barbieri',
  'Lombardi',
  'Martini',
  'Martinelli',
  'Mariani',
  'Rinaldi',
  'Ferri',
  'Fabbri',
  'Villa',
  'Pellegrini',
  'Cattaneo',
  'Morelli',
  'Zanella',
  'Bortolin',
  'Pozzobon',
  'Zanon',
  'Furlan',
  'Dal Maso',
  'Molinari',
  'Sacco',
  'Merlo',
  'Gentile',
] as const;

/** Surnames common in Southern Italy and the islands. */
export const SURNAMES_SOUTH = [
  'Esposito',
  'Russo',
  'Romano',
  'Caruso',
  'Greco',
  'Marino',
  'Lombardo',
  'Santoro',
  'De Luca',
  'Rizzo',
  'Leone',
  'Longo',
  'Vitale',
  'Coppola',
  "D'Angelo",
  'De Rosa',
  'Amato',
  'Messina',
  'Marchese',
  'Palumbo',
  'Grasso',
  'Sorrentino',
  'Parisi',
  'Morabito',
  'Catanzaro',
  'Pugliese',
  'Calabrese',
  'Siciliano',
  'Napolitano',
  'Cirillo',
  'Di Stefano',
  'La Rosa',
  'Lo Iacono',
  'Scalia',
  'Musumeci',
  'Cannizzaro',
  'Tripodi',
  'Barbaro',
  'Nicolosi',
  'Arena',
  'Spanò',
  'Ruggiero',
  'Sergi',
  'Pellicanò',
  'Romeo',
  'Zappia',
  'Albanese',
  'Fiore',
  "D'Amico",
  'Di Pietro',
  'Caputo',
  'Notaro',
  'Basile',
  'Sapienza',
  'Vaccaro',
  'Schiavone',
  'Mancuso',
  'Ferraro',
  'Perri',
  'Gatto',
  'Iaria',
  'Marra',
  'Lanza',
  'Carbone',
  'Licata',
  'Catalano',
  'Provenzano',
  'Guarino',
  'Santangelo',
  'Cucinotta',
  'Laganà',
  'Trimboli',
  'Spadaro',
  'Fazio',
  'Bellomo',
  'Iannone',
  'Scarano',
  'Tedesco',
  'Galati',
  'Lo Presti',
  'Mazza',
  'Pizzuti',
  'Ventura',
  'Cutrì',
  'Polito',
  'Gallo',
  'Mele',
  'Lamberti',
  'Manzo',
  'Pepe',
  'Lo Giudice',
  'Aiello',
  'Bruno',
  'Costantino',
  'Pace',
] as const;

interface BirthPlace {
  name: string;
  code: string;
  group: 'demo' | 'turin' | 'piedmont' | 'south' | 'other';
}

/** Comuni of birth with their Belfiore codes (real codes, except the demo Comune's). */
export const BIRTH_PLACES: readonly BirthPlace[] = [
  { name: demoTenant.shortName, code: demoTenant.belfioreCode, group: 'demo' },
  { name: 'Torino', code: 'L219', group: 'turin' },
  { name: 'Moncalieri', code: 'F335', group: 'piedmont' },
  { name: 'Carmagnola', code: 'B791', group: 'piedmont' },
  { name: 'Nichelino', code: 'F889', group: 'piedmont' },
  { name: 'Pinerolo', code: 'G674', group: 'piedmont' },
  { name: 'Chieri', code: 'C627', group: 'piedmont' },
  { name: 'Savigliano', code: 'I470', group: 'piedmont' },
  { name: 'Bra', code: 'B111', group: 'piedmont' },
  { name: 'Cuneo', code: 'D205', group: 'piedmont' },
  { name: 'Asti', code: 'A479', group: 'piedmont' },
  { name: 'Napoli', code: 'F839', group: 'south' },
  { name: 'Palermo', code: 'G273', group: 'south' },
  { name: 'Bari', code: 'A662', group: 'south' },
  { name: 'Reggio di Calabria', code: 'H224', group: 'south' },
  { name: 'Catania', code: 'C351', group: 'south' },
  { name: 'Foggia', code: 'D643', group: 'south' },
  { name: 'Cosenza', code: 'D086', group: 'south' },
  { name: 'Catanzaro', code: 'C352', group: 'south' },
  { name: 'Vibo Valentia', code: 'F537', group: 'south' },
  { name: 'Crotone', code: 'D122', group: 'south' },
  { name: 'Lecce', code: 'E506', group: 'south' },
  { name: 'Taranto', code: 'L049', group: 'south' },
  { name: 'Salerno', code: 'H703', group: 'south' },
  { name: 'Avellino', code: 'A509', group: 'south' },
  { name: 'Potenza', code: 'G942', group: 'south' },
  { name: 'Messina', code: 'F158', group: 'south' },
  { name: 'Agrigento', code: 'A089', group: 'south' },
  { name: 'Caltanissetta', code: 'B429', group: 'south' },
  { name: 'Milano', code: 'F205', group: 'other' },
  { name: 'Genova', code: 'D969', group: 'other' },
  { name: 'Roma', code: 'H501', group: 'other' },
];

/**
 * Mail domains for citizens: reserved `.example` names (RFC 2606), so that a demo instance
 * can never send mail to a real mailbox.
 */
export const CITIZEN_EMAIL_DOMAINS = [
  'posta.example',
  'email.example',
  'mail.example',
  'casella.example',
] as const;

const MOBILE_PREFIXES = [
  '320',
  '328',
  '329',
  '331',
  '333',
  '334',
  '335',
  '338',
  '339',
  '340',
  '342',
  '345',
  '347',
  '348',
  '349',
  '351',
  '366',
  '377',
  '380',
  '388',
  '392',
  '393',
] as const;

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

const REFERENCE_YEAR = Number(DEMO_REFERENCE_DATE.slice(0, 4));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function birthPlaceWeights(year: number): [BirthPlace['group'], number][] {
  if (year < 1965) {
    return [
      ['demo', 10],
      ['turin', 18],
      ['piedmont', 10],
      ['south', 57],
      ['other', 5],
    ];
  }
  if (year < 1985) {
    return [
      ['demo', 14],
      ['turin', 40],
      ['piedmont', 16],
      ['south', 25],
      ['other', 5],
    ];
  }
  return [
    ['demo', 12],
    ['turin', 52],
    ['piedmont', 22],
    ['south', 10],
    ['other', 4],
  ];
}

function pickBirthPlace(rng: Rng, year: number): BirthPlace {
  const group = rng.weighted(birthPlaceWeights(year));
  return rng.pick(BIRTH_PLACES.filter((p) => p.group === group));
}

function pickFamilyName(rng: Rng, place: BirthPlace): string {
  const pool = rng.weighted<readonly string[]>(
    place.group === 'south'
      ? [
          [SURNAMES_SOUTH, 88],
          [SURNAMES_NORTH, 7],
          [SURNAMES_PIEDMONT, 5],
        ]
      : [
          [SURNAMES_PIEDMONT, 48],
          [SURNAMES_SOUTH, 36],
          [SURNAMES_NORTH, 16],
        ],
  );
  return rng.pick(pool);
}

function pickGivenName(rng: Rng, gender: Gender, year: number): string {
  // Probability of drawing from the "classic" pool fades out between 1955 and 1990.
  const classic = Math.min(0.9, Math.max(0.1, (1990 - year) / 35));
  const useClassic = rng.chance(classic);
  if (gender === 'M') return rng.pick(useClassic ? MALE_NAMES_CLASSIC : MALE_NAMES_MODERN);
  return rng.pick(useClassic ? FEMALE_NAMES_CLASSIC : FEMALE_NAMES_MODERN);
}

function asciiLower(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function emailLocalPart(rng: Rng, given: string, family: string, year: number): string {
  const g = asciiLower(given);
  const f = asciiLower(family);
  const yy = String(year % 100).padStart(2, '0');
  return rng.weighted([
    [`${g}.${f}`, 40],
    [`${g}${f}`, 15],
    [`${g}.${f}${yy}`, 15],
    [`${g.charAt(0)}${f}`, 10],
    [`${f}.${g}`, 10],
    [`${g}_${f}${year}`, 10],
  ]);
}

function streetNumber(rng: Rng, rural: boolean): string {
  const n = rural ? rng.int(1, 45) : rng.int(1, 140);
  if (rng.chance(0.06)) return `${n}/${rng.pick(['A', 'B', 'C'])}`;
  if (rng.chance(0.02)) return `${n} bis`;
  return String(n);
}

function phoneNumber(rng: Rng): string {
  const prefix = rng.pick(MOBILE_PREFIXES);
  const a = String(rng.int(0, 999)).padStart(3, '0');
  const b = String(rng.int(0, 9999)).padStart(4, '0');
  return `+39 ${prefix} ${a} ${b}`;
}

/**
 * Deterministic list of fictional adult residents. Same (count, seed) → same output;
 * the first n citizens do not depend on count. Fiscal codes and e-mails are unique
 * (omocodic variants are used on fiscal code collisions, as the Agenzia delle Entrate does).
 */
export function generateCitizens(count: number, seed = 1): DemoCitizen[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const rng = createRng(seed);
  const areaWeights = AREA_DEFINITIONS.map((a) => [a, a.residents] as const);
  const streetsByArea = new Map<string, string[]>();
  for (const s of demoStreets) {
    const list = streetsByArea.get(s.area) ?? [];
    list.push(s.name);
    streetsByArea.set(s.area, list);
  }
  const fiscalCodes = new Set<string>();
  const emails = new Set<string>();
  const citizens: DemoCitizen[] = [];

  for (let i = 0; i < count; i++) {
    const gender: Gender = rng.chance(0.515) ? 'F' : 'M';
    // Triangular distribution of birth years, peaking in the early 1970s; all adults.
    const maxYear = REFERENCE_YEAR - 19;
    const year = 1938 + Math.floor(((rng.next() + rng.next()) / 2) * (maxYear - 1938 + 1));
    const month = rng.int(1, 12);
    const day = rng.int(1, daysInMonth(year, month));
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const place = pickBirthPlace(rng, year);
    const familyName = pickFamilyName(rng, place);
    const givenName = pickGivenName(rng, gender, year);

    let fiscalCode = computeFiscalCode({
      familyName,
      givenName,
      birthDate,
      gender,
      birthPlaceCode: place.code,
    });
    for (let level = 1; fiscalCodes.has(fiscalCode); level++) {
      fiscalCode = applyOmocodia(fiscalCode, level);
    }
    fiscalCodes.add(fiscalCode);

    const domain = rng.pick(CITIZEN_EMAIL_DOMAINS);
    const local = emailLocalPart(rng, givenName, familyName, year);
    let email = `${local}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
    emails.add(email);

    const area = rng.weighted(areaWeights);
    const street = rng.pick(streetsByArea.get(area.slug) ?? []);
    const citizen: DemoCitizen = {
      fiscalCode,
      givenName,
      familyName,
      gender,
      email,
      birthDate,
      birthPlace: place.name,
      street,
      streetNumber: streetNumber(rng, area.kind === 'frazione'),
      area: area.slug,
    };
    if (rng.chance(0.75)) citizen.phone = phoneNumber(rng);
    citizens.push(citizen);
  }
  return citizens;
}
