import type { Messages } from './index.js';

/** German for the fixed texts; untranslated keys fall back to Italian (see translate). */
export const de = {
  common: {
    save: 'Speichern',
    cancel: 'Abbrechen',
    confirm: 'Bestätigen',
    search: 'Suchen',
    back: 'Zurück',
    previous: 'Zurück',
    next: 'Weiter',
    skipToContent: 'Zum Hauptinhalt springen',
    skipToNav: 'Zur Navigation springen',
    language: 'Sprache',
  },
  layout: {
    region: 'Region {region}',
    login: 'Anmelden',
    logout: 'Abmelden',
    personalArea: 'Zum persönlichen Bereich anmelden',
    mainMenu: 'Hauptmenü',
    footerContacts: 'Kontakte',
    privacy: 'Datenschutzerklärung',
    legalNotes: 'Rechtliche Hinweise',
    accessibility: 'Erklärung zur Barrierefreiheit',
  },
  errors: {
    notFound: 'Die gesuchte Seite existiert nicht oder wurde verschoben.',
    notFoundTitle: 'Seite nicht gefunden',
    tenantUnknown: 'Für diese Adresse ist keine Gemeinde eingerichtet.',
    tenantUnknownTitle: 'Gemeinde nicht gefunden',
    internal: 'Ein unerwarteter Fehler ist aufgetreten. Bitte später erneut versuchen.',
    goHome: 'Zur Startseite',
  },
} satisfies Messages;
