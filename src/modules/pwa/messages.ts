import type { Messages } from '../../platform/i18n/index.js';

const it: Messages = {
  manifest: {
    description: 'Il sito istituzionale del {name}: servizi, notizie, eventi e luoghi.',
  },
  offline: {
    title: 'Sei offline',
    lead: 'Al momento non c’è connessione a Internet e questa pagina non è disponibile.',
    hint: 'Controlla la connessione e riprova: le pagine torneranno visibili appena sarai di nuovo in linea.',
    retry: 'Torna alla home',
    emergency: 'Per le emergenze chiama il 112.',
  },
};

const en: Messages = {
  manifest: {
    description: 'The official website of {name}: services, news, events and places.',
  },
  offline: {
    title: 'You are offline',
    lead: 'There is no Internet connection at the moment and this page is not available.',
    hint: 'Check your connection and try again: pages will be back as soon as you are online.',
    retry: 'Back to the home page',
    emergency: 'In an emergency call 112.',
  },
};

const de: Messages = {
  manifest: {
    description:
      'Die offizielle Website der Gemeinde {name}: Dienste, Nachrichten, Veranstaltungen und Orte.',
  },
  offline: {
    title: 'Sie sind offline',
    lead: 'Derzeit besteht keine Internetverbindung und diese Seite ist nicht verfügbar.',
    hint: 'Prüfen Sie die Verbindung und versuchen Sie es erneut: Die Seiten sind wieder da, sobald Sie online sind.',
    retry: 'Zur Startseite',
    emergency: 'Im Notfall rufen Sie 112 an.',
  },
};

export const pwaMessages = { it, en, de };
