import type { Locale } from './index.js';

/** Every date shown to people is in the Comune's time zone, whatever the server's. */
export const TIME_ZONE = 'Europe/Rome';

/**
 * Intl formatters are costly to build (tens of microseconds each) and pages format dozens of dates,
 * so each combination of locale and style is built once and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const tag = (locale: Locale | string) => (locale === 'it' ? 'it-IT' : locale);

/** 23/11/2026, 14:05 (with seconds: 14:05:09): four-digit years, no ambiguity in registers. */
export function formatDateTime(
  date: Date | null | undefined,
  locale: Locale | string,
  withSeconds = false,
): string {
  if (!date) return '';
  return cached(
    `dt:${locale}:${withSeconds}`,
    () =>
      new Intl.DateTimeFormat(tag(locale), {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(withSeconds ? { second: '2-digit' } : {}),
        timeZone: TIME_ZONE,
      }),
  ).format(date);
}

/** 23 novembre 2026. */
export function formatLongDate(date: Date, locale: Locale | string): string {
  return cached(
    `ld:${locale}`,
    () => new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: TIME_ZONE }),
  ).format(date);
}

/** 2026-11-23, the local day, for file names and date inputs. */
export function isoDay(date: Date): string {
  return cached(
    'iso-day',
    () => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: TIME_ZONE }),
  ).format(date);
}

/** 2026-11-23 14:05:09, the local moment in a shape spreadsheets read as a date. */
export function spreadsheetDateTime(date: Date): string {
  return cached(
    'sheet',
    () => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: TIME_ZONE }),
  ).format(date);
}

/** 28.146 in Italian, 28,146 in English. */
export function formatNumber(value: number, locale: Locale | string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(tag(locale))).format(value);
}
