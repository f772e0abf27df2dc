import type { Messages } from '../../platform/i18n/index.js';

const it = {
  nav: { news: 'Novità' },
  typeLabel: 'Novità',
  kinds: { notizia: 'Notizia', comunicato: 'Comunicato stampa', avviso: 'Avviso' },
  kindsPlural: { notizia: 'Notizie', comunicato: 'Comunicati', avviso: 'Avvisi' },
} satisfies Messages;

const en: Messages = {
  nav: { news: 'News' },
  typeLabel: 'News',
  kinds: { notizia: 'News', comunicato: 'Press release', avviso: 'Notice' },
  kindsPlural: { notizia: 'News', comunicato: 'Press releases', avviso: 'Notices' },
};

const de: Messages = {
  nav: { news: 'Neuigkeiten' },
  typeLabel: 'Neuigkeiten',
  kinds: { notizia: 'Nachricht', comunicato: 'Pressemitteilung', avviso: 'Bekanntmachung' },
  kindsPlural: { notizia: 'Nachrichten', comunicato: 'Pressemitteilungen', avviso: 'Bekanntmachungen' },
};

export const newsMessages = { it, en, de };
