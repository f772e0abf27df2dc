import { isValidPersonFiscalCode } from '../../../platform/validation/fiscal-code.js';

/**
 * The Italian identity claims as SPID and CIE assert them through OpenID Connect, turned into what
 * Campanile keeps about a citizen.
 */

/**
 * Codice fiscale of a natural person: surname (3), name (3), year (2), month letter, day (2, +40 for
 * women), place of birth (letter + 3), check letter. With omocodia any of the seven digits may be
 * replaced by a letter of LMNPQRSTUV (0 → L … 9 → V).
 */
export const PERSON_FISCAL_CODE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** SPID asserts the fiscal number with its ISO 3166 country prefix ("TINIT-RSSMRA85T10A562S"). */
const TAX_ID_PREFIX = /^TINIT-/;

/** Claim names: plain ones (as brokers and our fake send them) and the AgID attribute URIs. */
const FISCAL_NUMBER_CLAIMS = ['fiscal_number', 'https://attributes.eid.gov.it/fiscal_number'];
const MAX_NAME = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AssertedIdentity {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  /** null when the provider did not release an address (or released a malformed one). */
  email: string | null;
}

/**
 * "TINIT-rssmra85t10a562s" → "RSSMRA85T10A562S"; null unless it is a natural person's fiscal code
 * (layout, then day and check character).
 */
export function normalizeFiscalNumber(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase().replace(TAX_ID_PREFIX, '');
  return PERSON_FISCAL_CODE.test(code) && isValidPersonFiscalCode(code) ? code : null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed.length > 0 && trimmed.length <= MAX_NAME ? trimmed : null;
}

/** The identity in the ID token's claims, or null when a required one is missing or malformed. */
export function identityFromClaims(claims: Record<string, unknown>): AssertedIdentity | null {
  const fiscalCode = normalizeFiscalNumber(
    FISCAL_NUMBER_CLAIMS.map((name) => claims[name]).find((v) => v !== undefined),
  );
  const givenName = text(claims.given_name);
  const familyName = text(claims.family_name);
  if (!fiscalCode || !givenName || !familyName) return null;
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  return {
    fiscalCode,
    givenName,
    familyName,
    email: email.length <= 254 && EMAIL.test(email) ? email : null,
  };
}

/**
 * Where to go after login: only a path of this site ("/servizi?x=1"), never another origin
 * ("//evil.example", "https://…", "/\\evil.example"); null otherwise.
 */
export function localPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // Backslashes and control characters: browsers treat "/\evil.example" as "//evil.example".
  if (/[\\\p{Cc}]/u.test(value)) return null;
  const base = 'http://campanile.invalid';
  const url = new URL(value, base);
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
