export const portalMessages = {
  it: {
    homeTitle: 'Home',
    welcome: 'Benvenuta e benvenuto sul sito del {name}',
    intro:
      'Qui trovi i servizi online del Comune: accedi con SPID o CIE alla tua area personale per seguire le tue richieste e gestire i tuoi dati.',
    personalArea: 'Area personale',
    personalAreaText: 'Accedi con SPID o CIE per vedere i tuoi dati, i consensi e le tue richieste.',
    privacy: 'Privacy',
    privacyText: "Leggi l'informativa sul trattamento dei dati personali del Comune.",
    staff: 'Personale del Comune',
    staffText: 'Accesso riservato al personale e ai gestori incaricati.',
    go: 'Vai',
  },
  en: {
    homeTitle: 'Home',
    welcome: 'Welcome to the website of the {name}',
    intro:
      "The municipality's online services: log in with SPID or CIE to follow your requests and manage your data.",
    personalArea: 'Personal area',
    personalAreaText: 'Log in with SPID or CIE to see your data, consents and requests.',
    privacy: 'Privacy',
    privacyText: "Read the municipality's privacy notice.",
    staff: 'Municipal staff',
    staffText: 'Reserved to municipal staff and appointed contractors.',
    go: 'Go',
  },
  de: {
    homeTitle: 'Startseite',
    welcome: 'Willkommen auf der Website der {name}',
    personalArea: 'Persönlicher Bereich',
    privacy: 'Datenschutz',
    go: 'Öffnen',
  },
};
