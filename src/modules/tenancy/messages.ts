import type { Messages } from '../../platform/i18n/index.js';

const it = {
  nav: {
    settings: 'Impostazioni',
    areas: 'Frazioni e quartieri',
  },
  settings: {
    title: 'Impostazioni del Comune',
    intro:
      'Dati dell’ente mostrati sul sito e usati nelle comunicazioni. Le modifiche valgono subito e restano nel registro attività.',
    requiredNote: 'I campi contrassegnati con * sono obbligatori.',
    sections: {
      identity: 'Ente',
      contacts: 'Sede e contatti',
      appearance: 'Aspetto',
      hosts: 'Indirizzi del sito',
    },
    fields: {
      name: 'Nome completo',
      nameHint: 'Ad esempio Comune di Roccafiorita',
      shortName: 'Nome breve',
      istatCode: 'Codice ISTAT',
      istatCodeHint: '6 cifre, ad esempio 001272',
      fiscalCode: 'Codice fiscale dell’ente',
      fiscalCodeHint: '11 cifre',
      address: 'Indirizzo della sede',
      postalCode: 'CAP',
      province: 'Sigla della provincia',
      provinceHint: 'Due lettere, ad esempio TO',
      region: 'Regione',
      phone: 'Telefono',
      email: 'E-mail',
      pec: 'PEC',
      website: 'Sito istituzionale',
      websiteHint: 'Indirizzo completo, ad esempio https://www.comune.esempio.it',
      accessibilityUrl: 'Dichiarazione di accessibilità',
      accessibilityUrlHint:
        'Indirizzo della dichiarazione pubblicata su AgID, ad esempio https://form.agid.gov.it/view/…; il collegamento è nel piè di pagina del sito.',
      primaryColor: 'Colore principale',
      primaryColorHint:
        'Usato per intestazioni e pulsanti: deve avere un contrasto di almeno 4,5:1 sul bianco.',
      secondaryColor: 'Colore secondario',
      hostnames: 'Nomi a dominio',
      hostnamesHint:
        'Uno per riga, senza http:// e senza porta, ad esempio www.comune.esempio.it. Il Comune risponde a tutti questi indirizzi.',
      logo: 'Stemma o logo',
      logoHint: 'PNG, JPEG o WebP, al massimo 2 MB. Viene ridimensionato a 512 pixel e privato dei metadati.',
      currentLogo: 'Logo attuale',
      noLogo: 'Nessun logo caricato: il sito mostra il nome del Comune.',
      removeLogo: 'Rimuovi il logo attuale',
    },
    errors: {
      fiscalCode:
        'Il codice fiscale non è valido: controlla le 11 cifre (l’ultima è un carattere di controllo).',
      istatCode: 'Il codice ISTAT è fatto di 6 cifre.',
      postalCode: 'Il CAP è fatto di 5 cifre.',
      province: 'Indica la sigla di due lettere, ad esempio TO.',
      phone: 'Inserisci un numero di telefono valido: cifre, spazi e i simboli + ( ) . / -.',
      website: 'Inserisci un indirizzo web completo che inizi con https:// o http://.',
      accessibilityUrl:
        'Inserisci l’indirizzo https della dichiarazione di accessibilità pubblicata su form.agid.gov.it (ad esempio https://form.agid.gov.it/view/…).',
      colour: 'Inserisci un colore nel formato esadecimale #RRGGBB, ad esempio #0066CC.',
      contrast:
        'Il colore principale ha un contrasto di {ratio}:1 sul bianco: per un testo leggibile (WCAG 2.1 AA) serve almeno 4,5:1. Scegli una tonalità più scura.',
      hostnamesRequired: 'Indica almeno un nome a dominio.',
      hostnameInvalid: '«{host}» non è un nome a dominio valido.',
      hostnameTaken: '«{host}» è già usato da un altro Comune.',
      currentHost:
        'Non puoi togliere «{host}»: è l’indirizzo da cui stai lavorando. Aggiungi prima il nuovo indirizzo e collegati da lì.',
      tooManyHosts: 'Al massimo {limit} nomi a dominio.',
      logoType:
        'Il file scelto non è un’immagine PNG, JPEG o WebP. Scegli un altro file; gli altri dati del modulo sono stati conservati.',
      logoTooLarge:
        'Il file supera i 2 MB. Scegli un’immagine più leggera; gli altri dati del modulo sono stati conservati.',
      logoUnreadable: 'L’immagine non si può leggere: il file è danneggiato o incompleto.',
    },
    saved: 'Impostazioni salvate.',
    unchanged: 'Nessuna modifica da salvare.',
    areasLink: 'Vedi frazioni e quartieri',
  },
  areas: {
    title: 'Frazioni e quartieri',
    intro:
      'Le zone in cui è diviso il territorio, usate per assegnare le segnalazioni e indirizzare le comunicazioni. La mappa schematica evidenzia ogni zona nel territorio comunale.',
    name: 'Nome',
    kind: 'Tipo',
    residents: 'Residenti',
    preview: 'Mappa',
    previewLabel: 'Mappa schematica di {name} nel territorio comunale',
    kinds: {
      quartiere: 'Quartiere',
      frazione: 'Frazione',
    },
    total: 'Totale residenti nelle zone: {count}',
    none: 'Nessuna frazione o quartiere definito.',
  },
};

const en: typeof it = {
  nav: {
    settings: 'Settings',
    areas: 'Hamlets and districts',
  },
  settings: {
    title: 'Municipality settings',
    intro:
      'The details of the municipality shown on the website and used in messages. Changes apply at once and are kept in the audit log.',
    requiredNote: 'Fields marked with * are required.',
    sections: {
      identity: 'Municipality',
      contacts: 'Office and contacts',
      appearance: 'Appearance',
      hosts: 'Website addresses',
    },
    fields: {
      name: 'Full name',
      nameHint: 'E.g. Comune di Roccafiorita',
      shortName: 'Short name',
      istatCode: 'ISTAT code',
      istatCodeHint: '6 digits, e.g. 001272',
      fiscalCode: 'Fiscal code of the municipality',
      fiscalCodeHint: '11 digits',
      address: 'Address of the town hall',
      postalCode: 'Postal code',
      province: 'Province code',
      provinceHint: 'Two letters, e.g. TO',
      region: 'Region',
      phone: 'Phone',
      email: 'E-mail',
      pec: 'Certified e-mail (PEC)',
      website: 'Institutional website',
      websiteHint: 'Full address, e.g. https://www.comune.esempio.it',
      accessibilityUrl: 'Accessibility declaration',
      accessibilityUrlHint:
        'Address of the declaration published with AgID, e.g. https://form.agid.gov.it/view/…; the website footer links to it.',
      primaryColor: 'Primary colour',
      primaryColorHint: 'Used for headers and buttons: it needs a contrast of at least 4.5:1 on white.',
      secondaryColor: 'Secondary colour',
      hostnames: 'Domain names',
      hostnamesHint:
        'One per line, without http:// and without a port, e.g. www.comune.esempio.it. The municipality answers on all of them.',
      logo: 'Coat of arms or logo',
      logoHint: 'PNG, JPEG or WebP, at most 2 MB. It is resized to 512 pixels and stripped of metadata.',
      currentLogo: 'Current logo',
      noLogo: 'No logo uploaded: the website shows the name of the municipality.',
      removeLogo: 'Remove the current logo',
    },
    errors: {
      fiscalCode: 'The fiscal code is not valid: check the 11 digits (the last one is a check digit).',
      istatCode: 'The ISTAT code has 6 digits.',
      postalCode: 'The postal code has 5 digits.',
      province: 'Give the two-letter code, e.g. TO.',
      phone: 'Enter a valid phone number: digits, spaces and the symbols + ( ) . / -.',
      website: 'Enter a full web address starting with https:// or http://.',
      accessibilityUrl:
        'Enter the https address of the accessibility declaration published on form.agid.gov.it (e.g. https://form.agid.gov.it/view/…).',
      colour: 'Enter a colour as hexadecimal #RRGGBB, e.g. #0066CC.',
      contrast:
        'The primary colour has a contrast of {ratio}:1 on white: readable text (WCAG 2.1 AA) needs at least 4.5:1. Choose a darker shade.',
      hostnamesRequired: 'Give at least one domain name.',
      hostnameInvalid: '“{host}” is not a valid domain name.',
      hostnameTaken: '“{host}” is already used by another municipality.',
      currentHost:
        'You cannot remove “{host}”: it is the address you are working from. Add the new address first and log in there.',
      tooManyHosts: 'At most {limit} domain names.',
      logoType:
        'The chosen file is not a PNG, JPEG or WebP image. Choose another file; the rest of the form was kept.',
      logoTooLarge: 'The file is larger than 2 MB. Choose a lighter image; the rest of the form was kept.',
      logoUnreadable: 'The image cannot be read: the file is damaged or incomplete.',
    },
    saved: 'Settings saved.',
    unchanged: 'No changes to save.',
    areasLink: 'See hamlets and districts',
  },
  areas: {
    title: 'Hamlets and districts',
    intro:
      'The zones the territory is divided into, used to route reports and target messages. The sketch map highlights each zone within the municipality.',
    name: 'Name',
    kind: 'Type',
    residents: 'Residents',
    preview: 'Map',
    previewLabel: 'Sketch map of {name} within the municipality',
    kinds: {
      quartiere: 'District',
      frazione: 'Hamlet',
    },
    total: 'Residents in the zones: {count}',
    none: 'No hamlet or district defined.',
  },
};

export const tenancyMessages: { it: Messages; en: Messages } = { it, en };
