import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { it } from './it.js';

export const LOCALES = ['it', 'en', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'it';

export type Messages = { [key: string]: string | Messages };

const catalogues: Record<Locale, Messages> = { it, en, de, fr };

/**
 * Modules contribute their own texts (the platform never imports a module): each registers a
 * namespace per locale, e.g. register('identity', { it: {...}, en: {...} }).
 */
export function registerMessages(namespace: string, byLocale: Partial<Record<Locale, Messages>>): void {
  for (const locale of LOCALES) {
    const messages = byLocale[locale];
    if (messages)
      catalogues[locale][namespace] = { ...(catalogues[locale][namespace] as Messages), ...messages };
  }
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates `key`, falling back to Italian, then to the key itself (visible, never a crash). */
export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  const text = lookup(catalogues[locale], key) ?? lookup(catalogues.it, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an explicit choice, then Accept-Language. */
export function negotiateLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit && (LOCALES as readonly string[]).includes(explicit)) return explicit as Locale;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (tag && (LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  }
  return DEFAULT_LOCALE;
}

/** Keys present in Italian but missing in another locale, for the catalogue completeness test. */
export function missingKeys(locale: Locale): string[] {
  const missing: string[] = [];
  const walk = (node: Messages, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') {
        if (lookup(catalogues[locale], key) === undefined) missing.push(key);
      } else walk(v, key);
    }
  };
  walk(catalogues.it, '');
  return missing;
}
