import type { Messages } from '../../platform/i18n/index.js';

const it = {
  title: 'Servizi',
  intro: 'Tutti i servizi del Comune per cittadini e imprese, divisi per categoria.',
  categories: 'Categorie di servizi',
  all: 'Tutti i servizi',
  searchLabel: 'Cerca un servizio',
  searchButton: 'Cerca',
  found: '{count} servizi trovati',
  none: 'Nessun servizio corrisponde alla ricerca.',
  booking: 'Prenota appuntamento',
  bookingIntro: 'Hai bisogno di parlare con un ufficio? Prenota un appuntamento.',
  active: 'Servizio attivo',
  inactive: 'Servizio non attivo',
  topics: 'Argomenti',
  pageIndex: 'Indice della pagina',
  office: 'Ufficio responsabile',
  online: 'Accedi al servizio online',
  conditionsFile: 'Termini e condizioni di servizio',
  updated: 'Ultimo aggiornamento: {date}',
  bo: {
    nav: 'Servizi',
    title: 'Catalogo dei servizi',
    q: 'Testo',
    category: 'Categoria',
    status: 'Stato',
    any: 'Tutte',
    service: 'Servizio',
  },
  bookingPage: {
    title: 'Prenota appuntamento',
    intro:
      'La prenotazione online degli appuntamenti è in arrivo. Nel frattempo puoi contattare direttamente gli uffici del Comune ai recapiti qui sotto.',
    phone: 'Telefono',
    email: 'E-mail',
    address: 'Indirizzo',
  },
};

const en: typeof it = {
  title: 'Services',
  intro: 'All the services of the municipality for citizens and businesses, by category.',
  categories: 'Service categories',
  all: 'All services',
  searchLabel: 'Search a service',
  searchButton: 'Search',
  found: '{count} services found',
  none: 'No service matches the search.',
  booking: 'Book an appointment',
  bookingIntro: 'Need to talk to an office? Book an appointment.',
  active: 'Active service',
  inactive: 'Inactive service',
  topics: 'Topics',
  pageIndex: 'Page index',
  office: 'Responsible office',
  online: 'Use the service online',
  conditionsFile: 'Terms and conditions of service',
  updated: 'Last updated: {date}',
  bo: {
    nav: 'Services',
    title: 'Service catalogue',
    q: 'Text',
    category: 'Category',
    status: 'Status',
    any: 'All',
    service: 'Service',
  },
  bookingPage: {
    title: 'Book an appointment',
    intro:
      'Online booking is coming soon. Meanwhile you can contact the municipal offices directly using the details below.',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Address',
  },
};

export const servicesMessages: Record<'it' | 'en', Messages> = { it, en };
