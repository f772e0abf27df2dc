// Italian fiscal codes: the 11-digit code of legal entities (same algorithm as the partita IVA)
// and the 16-character codice fiscale of natural persons (DM 23/12/1976, DPR 605/1973). Used by the
// product to validate what people type (tenant settings, citizens) and by the demo to generate data.

// ---------------------------------------------------------------------------------------------
// Entities (Comuni, companies): 11 digits, last one is a Luhn-like check digit.
// ---------------------------------------------------------------------------------------------

/** Check digit for the first 10 digits of an entity fiscal code / partita IVA. */
export function entityFiscalCodeCheckDigit(first10: string): number {
  if (!/^\d{10}$/.test(first10)) throw new RangeError('expected 10 digits');
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = first10.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** True for an 11-digit entity fiscal code (or partita IVA) with a correct check digit. */
export function isValidEntityFiscalCode(code: string): boolean {
  if (!/^\d{11}$/.test(code)) return false;
  return entityFiscalCodeCheckDigit(code.slice(0, 10)) === code.charCodeAt(10) - 48;
}

// ---------------------------------------------------------------------------------------------
// Natural persons: 16 characters, e.g. RSSMRA85T10A562S.
// ---------------------------------------------------------------------------------------------

export type Gender = 'M' | 'F';

export interface PersonFiscalCodeInput {
  familyName: string;
  givenName: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  gender: Gender;
  /** Belfiore (cadastral) code of the Comune of birth, or Z… code of the foreign country. */
  birthPlaceCode: string;
}

const MONTH_LETTERS = 'ABCDEHLMPRST';
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);
/** Omocodia: digits replaced by letters, 0 → L … 9 → V. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
/** 0-based positions of the digits that omocodia may replace, right to left. */
const OMOCODIA_POSITIONS = [14, 13, 12, 10, 9, 7, 6] as const;

// Values of characters in odd positions (1st, 3rd, … 15th), indexed by digit or letter A–Z.
const ODD_DIGIT_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTER_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** Uppercase A–Z only: accents removed, apostrophes and spaces dropped (D'Amico → DAMICO). */
export function normalizeNamePart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function splitLetters(name: string): { consonants: string[]; vowels: string[] } {
  const letters = [...normalizeNamePart(name)];
  return {
    consonants: letters.filter((c) => !VOWELS.has(c)),
    vowels: letters.filter((c) => VOWELS.has(c)),
  };
}

function padCode(letters: string[]): string {
  return [...letters, 'X', 'X', 'X'].slice(0, 3).join('');
}

/** Three letters for the family name: consonants, then vowels, then X. */
export function familyNameCode(familyName: string): string {
  const { consonants, vowels } = splitLetters(familyName);
  return padCode([...consonants, ...vowels]);
}

/** Three letters for the given name: with 4+ consonants take the 1st, 3rd and 4th. */
export function givenNameCode(givenName: string): string {
  const { consonants, vowels } = splitLetters(givenName);
  if (consonants.length >= 4) {
    return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  }
  return padCode([...consonants, ...vowels]);
}

function charValueOdd(ch: string): number {
  const code = ch.charCodeAt(0);
  const value = code >= 48 && code <= 57 ? ODD_DIGIT_VALUES[code - 48] : ODD_LETTER_VALUES[code - 65];
  if (value === undefined) throw new RangeError(`invalid fiscal code character '${ch}'`);
  return value;
}

function charValueEven(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 65;
  throw new RangeError(`invalid fiscal code character '${ch}'`);
}

/** Check character for the first 15 characters of a person's fiscal code. */
export function personFiscalCodeCheckChar(first15: string): string {
  if (!/^[A-Z0-9]{15}$/.test(first15)) throw new RangeError('expected 15 uppercase alphanumerics');
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15.charAt(i);
    // Positions are 1-based in the specification: index 0 is the 1st (odd) character.
    sum += i % 2 === 0 ? charValueOdd(ch) : charValueEven(ch);
  }
  return String.fromCharCode(65 + (sum % 26));
}

function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`invalid date '${date}', expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`invalid calendar date '${date}'`);
  }
  return { year, month, day };
}

/** Computes the (non omocodic) 16-character fiscal code of a natural person. */
export function computeFiscalCode(input: PersonFiscalCodeInput): string {
  const { year, month, day } = parseIsoDate(input.birthDate);
  const place = input.birthPlaceCode.toUpperCase();
  if (!/^[A-Z]\d{3}$/.test(place)) throw new RangeError(`invalid Belfiore code '${input.birthPlaceCode}'`);
  const body =
    familyNameCode(input.familyName) +
    givenNameCode(input.givenName) +
    String(year % 100).padStart(2, '0') +
    MONTH_LETTERS.charAt(month - 1) +
    String(input.gender === 'F' ? day + 40 : day).padStart(2, '0') +
    place;
  return body + personFiscalCodeCheckChar(body);
}

/**
 * Omocodic variant of a fiscal code: the `level` right-most digits (1–7) are replaced by
 * letters, as the Agenzia delle Entrate does when two people would get the same code.
 */
export function applyOmocodia(fiscalCode: string, level: number): string {
  if (!Number.isInteger(level) || level < 0 || level > OMOCODIA_POSITIONS.length) {
    throw new RangeError('omocodia level must be 0..7');
  }
  const chars = [...fiscalCode.slice(0, 15).toUpperCase()];
  for (const pos of OMOCODIA_POSITIONS.slice(0, level)) {
    const ch = chars[pos];
    if (ch !== undefined && ch >= '0' && ch <= '9') chars[pos] = OMOCODIA_LETTERS.charAt(Number(ch));
  }
  const body = chars.join('');
  return body + personFiscalCodeCheckChar(body);
}

const PERSON_CF_PATTERN =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function omocodicDigit(ch: string): string {
  const i = OMOCODIA_LETTERS.indexOf(ch);
  return i >= 0 ? String(i) : ch;
}

/**
 * Structural validation of a person's fiscal code: layout (omocodic variants accepted),
 * month letter, day 1–31 or 41–71, and check character. Case-insensitive.
 */
export function isValidPersonFiscalCode(fiscalCode: string): boolean {
  const cf = fiscalCode.toUpperCase();
  if (!PERSON_CF_PATTERN.test(cf)) return false;
  const day = Number(omocodicDigit(cf.charAt(9)) + omocodicDigit(cf.charAt(10)));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return personFiscalCodeCheckChar(cf.slice(0, 15)) === cf.charAt(15);
}
