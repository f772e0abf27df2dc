import type { Locale } from '../../../platform/i18n/index.js';

const tag = (locale: Locale) => (locale === 'it' ? 'it-IT' : locale);

/** Date and time in the Comune's zone, e.g. 12/03/25, 14:05. */
export function formatDateTime(date: Date | null | undefined, locale: Locale): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(tag(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(date);
}

/** A long date, e.g. 12 marzo 2025. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(date);
}

/** YYYY-MM-DD in the Comune's zone, for file names. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/Rome' }).format(date);
}
