import type { Messages } from '../../platform/i18n/index.js';

/** Texts of the privacy module, used as `privacy.<key>`. Italian and English are complete. */
const it = {
  nav: { privacy: 'Privacy e dati personali' },
  purposes: {
    newsletter: {
      label: 'Newsletter del Comune',
      description:
        'Ricevere via e-mail la newsletter con notizie, eventi e avvisi del Comune, secondo gli argomenti che scegli.',
    },
    satisfaction_surveys: {
      label: 'Questionari di soddisfazione',
      description:
        'Essere contattato per brevi questionari sulla qualità dei servizi che hai usato, per aiutare il Comune a migliorarli.',
    },
  },
  notice: {
    title: 'Informativa sul trattamento dei dati personali',
    versionOf: 'Versione {version} del {date}',
    versionShort: 'versione {version}',
    versionsHeading: 'Versioni precedenti',
    versionLink: 'Versione {version} del {date}: {title}',
    noOtherVersions:
      "Non ci sono versioni precedenti: questa è la prima versione pubblicata dell'informativa.",
    outdated: 'Stai leggendo una versione precedente, non più in vigore.',
    goToCurrent: "Leggi l'informativa in vigore",
    noneTitle: 'Informativa non ancora pubblicata',
    none: "Il {comune} non ha ancora pubblicato l'informativa sul trattamento dei dati personali su questo sito. Per informazioni sul trattamento dei tuoi dati puoi scrivere a {email}.",
  },
  consent: {
    title: 'Informativa privacy',
    requiredTitle: "Prima di continuare, leggi l'informativa",
    requiredText:
      "Il Comune ha pubblicato una nuova versione dell'informativa sul trattamento dei dati personali. Leggila e conferma di averne preso visione per continuare a usare l'area personale.",
    acknowledge: "Ho letto l'informativa",
    alreadyAcknowledged: "Hai già preso visione della versione {version} dell'informativa, quella in vigore.",
    acknowledgedFlash: "Grazie: abbiamo registrato la presa visione dell'informativa.",
    continue: "Vai all'area personale",
  },
  area: {
    title: 'Area personale',
    logout: 'Esci',
    nav: {
      label: "Sezioni dell'area personale",
      profile: 'Profilo',
      consents: 'Consensi',
      notice: 'Informativa privacy',
      erasure: 'Cancellazione dei dati',
    },
    profileHeading: 'I tuoi dati',
    identityNote:
      'Nome, cognome e codice fiscale provengono dalla tua identità digitale (SPID o CIE) e si aggiornano a ogni accesso: non si possono modificare qui.',
    contactsHeading: 'I tuoi recapiti',
    contactsIntro:
      'Il Comune usa questi recapiti solo per risponderti e aggiornarti sulle tue richieste. Puoi lasciarli vuoti.',
    emailHint: 'Ad esempio nome@esempio.it.',
    phoneHint:
      'Solo cifre, con il prefisso internazionale se non è un numero italiano (ad esempio +39 333 1234567).',
    saveContacts: 'Salva i recapiti',
    contactsSaved: 'Recapiti aggiornati.',
    contactsUnchanged: 'Nessuna modifica ai recapiti.',
    notGiven: 'Non indicato',
    fields: {
      name: 'Nome e cognome',
      fiscalCode: 'Codice fiscale',
      email: 'Indirizzo e-mail',
      phone: 'Telefono',
      lastLogin: 'Ultimo accesso',
      since: 'Registrato dal',
    },
    errors: { phone: 'Inserisci un numero di telefono valido, ad esempio 333 1234567 o +39 011 1234567.' },
    dataHeading: 'I tuoi dati personali',
    links: {
      consents: 'Consensi: vedi e modifica le tue scelte, con lo storico',
      export: 'Scarica tutti i tuoi dati (file JSON)',
      erasure: 'Chiedi la cancellazione dei tuoi dati',
      notice: 'Leggi l’informativa sul trattamento dei dati',
    },
    erasurePending: 'Hai chiesto la cancellazione dei tuoi dati il {date}: la richiesta è in lavorazione.',
    erasureDetails: 'Dettagli della richiesta',
    erasureRejected: 'La tua richiesta di cancellazione non è stata accolta il {date}. Motivazione:',
  },
  consents: {
    title: 'I tuoi consensi',
    intro:
      'Qui trovi i consensi facoltativi che puoi dare o revocare in qualsiasi momento. Ogni scelta viene registrata con data e ora, e lo storico resta consultabile.',
    acknowledgedOn: "Hai preso visione della versione {version} dell'informativa il {date}.",
    acknowledgeFirst: "Non hai ancora preso visione dell'informativa in vigore: leggila.",
    currentHeading: 'Situazione attuale',
    noPurposes: 'Al momento il Comune non chiede consensi facoltativi.',
    stateGranted: 'Consenso dato',
    stateNotGranted: 'Consenso non dato',
    since: 'dal {date}',
    grant: 'Do il consenso: {purpose}',
    withdraw: 'Revoco il consenso: {purpose}',
    grantedFlash: 'Consenso registrato.',
    withdrawnFlash: 'Consenso revocato.',
    unchangedFlash: 'La tua scelta era già registrata.',
    historyHeading: 'Storico delle scelte',
    noHistory: 'Non hai ancora fatto alcuna scelta.',
    historyNote:
      'Lo storico non si modifica: ogni cambiamento aggiunge una riga. Viene conservato finché esiste il tuo profilo.',
    noticePurpose: 'Informativa privacy',
    choiceAcknowledged: 'Presa visione',
    choiceGranted: 'Consenso dato',
    choiceWithdrawn: 'Consenso revocato',
    columns: {
      when: 'Data e ora',
      purpose: 'Finalità',
      choice: 'Scelta',
      noticeVersion: 'Versione informativa',
    },
  },
  erasure: {
    title: 'Cancellazione dei tuoi dati',
    intro:
      'Puoi chiedere al Comune di cancellare i dati personali che ti riguardano su questo sito (art. 17 del Regolamento UE 2016/679). La richiesta viene esaminata da un amministratore del Comune.',
    erasedHeading: 'Cosa viene cancellato',
    erasedList:
      'il tuo profilo: nome, cognome, codice fiscale, e-mail e telefono|le tue sessioni di accesso, su tutti i dispositivi: verrai disconnesso|i consensi e il loro storico|i dati che gli altri servizi del sito conservano su di te e che la legge non impone di tenere|nel registro delle attività, il tuo nome, il tuo indirizzo IP e i dettagli delle operazioni che ti riguardano',
    keptHeading: 'Cosa il Comune deve conservare per legge',
    keptList:
      'i documenti protocollati e le pratiche amministrative, che fanno parte dell’archivio del Comune (DPR 445/2000 e Codice dei beni culturali, D.Lgs. 42/2004)|i dati contabili e dei pagamenti, per i tempi previsti dalle norme fiscali|le informazioni necessarie a difendere un diritto o a rispondere a un’autorità|la richiesta di cancellazione stessa, senza più alcun dato che ti identifichi',
    exportFirst: 'Prima di chiedere la cancellazione, se vuoi, puoi',
    exportLink: 'scaricare una copia di tutti i tuoi dati',
    confirmLabel:
      'Ho capito che i miei dati saranno cancellati e che non potrò più recuperarli, e chiedo la cancellazione',
    submit: 'Chiedi la cancellazione',
    requestedFlash: 'Richiesta di cancellazione inviata. Puoi seguirne lo stato da questa pagina.',
    pendingTitle: 'Richiesta in lavorazione',
    pendingText:
      'Hai chiesto la cancellazione dei tuoi dati il {date}. Il Comune risponde entro un mese (art. 12 del Regolamento UE 2016/679).',
    rejectedTitle: 'Richiesta non accolta',
    rejectedText:
      'La tua ultima richiesta di cancellazione non è stata accolta il {date}. Motivazione del Comune:',
    errors: { confirm: 'Per chiedere la cancellazione seleziona la casella di conferma.' },
  },
  backoffice: {
    title: 'Privacy: informativa',
    tabs: {
      label: 'Sezioni della privacy',
      notice: 'Informativa',
      requests: 'Richieste di cancellazione',
      retention: 'Conservazione dei dati',
    },
    publishNew: 'Pubblica una nuova versione',
    publishedFlash: 'Nuova versione pubblicata. I cittadini dovranno prenderne visione al prossimo accesso.',
    pendingRequests: 'Richieste di cancellazione in attesa: {count}',
    versionsIntro:
      "Le versioni pubblicate non si modificano: per cambiare l'informativa pubblica una nuova versione. Il sito mostra sempre la più recente, con l'elenco delle precedenti.",
    noVersionsTitle: 'Nessuna informativa pubblicata',
    noVersions:
      "Il sito mostra un avviso al posto dell'informativa finché non ne pubblichi la prima versione.",
    versionsCaption: "Versioni dell'informativa",
    columns: { version: 'Versione', title: 'Titolo', publishedAt: 'Pubblicata il', state: 'Stato' },
    inForce: 'In vigore',
    superseded: 'Sostituita',
    newTitle: "Nuova versione dell'informativa",
    newWarningTitle: 'Una versione pubblicata non si può più modificare',
    newWarning:
      "Il testo che pubblichi diventa la versione in vigore. Ai cittadini che accedono all'area personale verrà chiesto di prenderne visione.",
    defaultTitle: 'Informativa sul trattamento dei dati personali',
    fields: { title: 'Titolo', body: 'Testo' },
    bodyHint:
      'Testo semplice: separa i paragrafi con una riga vuota; una riga che inizia con "## " è un titoletto; righe che iniziano con "- " formano un elenco.',
    publishSubmit: 'Pubblica',
  },
  requests: {
    title: 'Richieste di cancellazione',
    detailTitle: 'Richiesta di cancellazione',
    breadcrumb: 'Percorso',
    filterStatus: 'Stato',
    empty: 'Nessuna richiesta di cancellazione.',
    citizenErased: 'Dati cancellati',
    fiscalCode: 'Codice fiscale',
    processedBy: 'Gestita da',
    reason: 'Motivazione',
    outcome: 'Esito',
    status: { pending: 'In attesa', completed: 'Eseguita', rejected: 'Respinta' },
    columns: {
      requestedAt: 'Richiesta il',
      citizen: 'Cittadino',
      status: 'Stato',
      processedAt: 'Gestita il',
    },
    processHeading: 'Esegui la cancellazione',
    processIntro:
      "Prima di procedere verifica che non ci siano obblighi di conservazione che lo impediscano. L'operazione è definitiva e avviene tutta insieme:",
    processCore:
      'profilo del cittadino, sessioni e consensi cancellati; nome, IP e dettagli rimossi dal registro delle attività',
    processModule: 'dati del servizio «{name}»',
    processConfirm: 'Confermo: cancella definitivamente i dati di questo cittadino',
    confirmRequired: 'Seleziona la casella per confermare la cancellazione.',
    processSubmit: 'Cancella i dati',
    rejectHeading: 'Respingi la richiesta',
    reasonHint:
      'Il cittadino leggerà questa motivazione nella sua area personale: indica la norma che impone di conservare i dati.',
    rejectSubmit: 'Respingi la richiesta',
    completedFlash: 'Cancellazione eseguita.',
    rejectedFlash: 'Richiesta respinta.',
  },
  retention: {
    title: 'Conservazione dei dati',
    intro:
      'Per quanti giorni il Comune conserva ogni tipo di dato. Ogni notte alle 3:17 vengono cancellati i dati più vecchi del periodo indicato.',
    range: 'Da {min} a {max} giorni (predefinito: {default}).',
    consentsLabel: 'Consensi',
    consentsNote:
      'I consensi e il loro storico si conservano finché esiste il profilo del cittadino, come prova delle sue scelte; si cancellano con il profilo.',
    kinds: {
      sessions_expired: {
        label: 'Sessioni di accesso scadute (giorni)',
        description: 'Sessioni di cittadini e personale, a partire dalla scadenza.',
      },
      audit_log: {
        label: 'Registro delle attività (giorni)',
        description:
          'Le operazioni registrate, a partire dalla data in cui sono avvenute. 3650 giorni sono 10 anni.',
      },
      outbox_dispatched: {
        label: 'Eventi interni già consegnati (giorni)',
        description:
          'Gli eventi che il sistema ha già inoltrato (notifiche, contatori), a partire dalla consegna.',
      },
      erasure_requests_completed: {
        label: 'Richieste di cancellazione evase (giorni)',
        description: 'Richieste eseguite o respinte, a partire dalla data della decisione.',
      },
    },
  },
} satisfies Messages;

const en = {
  nav: { privacy: 'Privacy and personal data' },
  purposes: {
    newsletter: {
      label: "Municipality's newsletter",
      description:
        'Receive by e-mail the newsletter with news, events and notices, on the topics you choose.',
    },
    satisfaction_surveys: {
      label: 'Satisfaction surveys',
      description:
        'Be contacted for short surveys on the services you used, to help the municipality improve them.',
    },
  },
  notice: {
    title: 'Privacy notice',
    versionOf: 'Version {version} of {date}',
    versionShort: 'version {version}',
    versionsHeading: 'Earlier versions',
    versionLink: 'Version {version} of {date}: {title}',
    noOtherVersions: 'There are no earlier versions: this is the first published version of the notice.',
    outdated: 'You are reading an earlier version, no longer in force.',
    goToCurrent: 'Read the notice in force',
    noneTitle: 'Notice not yet published',
    none: 'The {comune} has not yet published its privacy notice on this site. For information on how your data is processed write to {email}.',
  },
  consent: {
    title: 'Privacy notice',
    requiredTitle: 'Before you continue, read the notice',
    requiredText:
      'The municipality has published a new version of its privacy notice. Read it and confirm you have done so to keep using your personal area.',
    acknowledge: 'I have read the notice',
    alreadyAcknowledged: 'You have already read version {version} of the notice, the one in force.',
    acknowledgedFlash: 'Thank you: we have recorded that you read the notice.',
    continue: 'Go to your personal area',
  },
  area: {
    title: 'Personal area',
    logout: 'Log out',
    nav: {
      label: 'Sections of the personal area',
      profile: 'Profile',
      consents: 'Consents',
      notice: 'Privacy notice',
      erasure: 'Erasure of your data',
    },
    profileHeading: 'Your details',
    identityNote:
      'Name and fiscal code come from your digital identity (SPID or CIE) and are updated at every login: they cannot be changed here.',
    contactsHeading: 'Your contacts',
    contactsIntro:
      'The municipality uses these contacts only to answer you and keep you informed about your requests. You may leave them empty.',
    emailHint: 'For example name@example.com.',
    phoneHint:
      'Digits only, with the international prefix if it is not an Italian number (e.g. +44 20 1234 5678).',
    saveContacts: 'Save contacts',
    contactsSaved: 'Contacts updated.',
    contactsUnchanged: 'No change to your contacts.',
    notGiven: 'Not given',
    fields: {
      name: 'Name',
      fiscalCode: 'Fiscal code',
      email: 'E-mail address',
      phone: 'Phone',
      lastLogin: 'Last login',
      since: 'Registered on',
    },
    errors: { phone: 'Enter a valid phone number, e.g. 333 1234567 or +39 011 1234567.' },
    dataHeading: 'Your personal data',
    links: {
      consents: 'Consents: see and change your choices, with their history',
      export: 'Download all your data (JSON file)',
      erasure: 'Ask for your data to be erased',
      notice: 'Read the privacy notice',
    },
    erasurePending: 'You asked for your data to be erased on {date}: the request is being handled.',
    erasureDetails: 'Request details',
    erasureRejected: 'Your erasure request was declined on {date}. Reason:',
  },
  consents: {
    title: 'Your consents',
    intro:
      'These are the optional consents you can give or withdraw at any time. Every choice is recorded with date and time, and the history stays available.',
    acknowledgedOn: 'You read version {version} of the privacy notice on {date}.',
    acknowledgeFirst: 'You have not yet read the notice in force: read it.',
    currentHeading: 'Current choices',
    noPurposes: 'The municipality asks for no optional consent at the moment.',
    stateGranted: 'Consent given',
    stateNotGranted: 'Consent not given',
    since: 'since {date}',
    grant: 'I consent: {purpose}',
    withdraw: 'I withdraw my consent: {purpose}',
    grantedFlash: 'Consent recorded.',
    withdrawnFlash: 'Consent withdrawn.',
    unchangedFlash: 'Your choice was already recorded.',
    historyHeading: 'History of your choices',
    noHistory: 'You have made no choice yet.',
    historyNote:
      'The history is never changed: every change adds a row. It is kept as long as your profile exists.',
    noticePurpose: 'Privacy notice',
    choiceAcknowledged: 'Read',
    choiceGranted: 'Consent given',
    choiceWithdrawn: 'Consent withdrawn',
    columns: { when: 'Date and time', purpose: 'Purpose', choice: 'Choice', noticeVersion: 'Notice version' },
  },
  erasure: {
    title: 'Erasure of your data',
    intro:
      'You can ask the municipality to erase the personal data about you held on this site (art. 17 of Regulation (EU) 2016/679). An administrator of the municipality reviews the request.',
    erasedHeading: 'What is erased',
    erasedList:
      'your profile: name, fiscal code, e-mail and phone|your login sessions on every device: you will be logged out|your consents and their history|the data other services of the site hold about you and that the law does not require to keep|in the activity log, your name, your IP address and the details of operations concerning you',
    keptHeading: 'What the municipality must keep by law',
    keptList:
      "registered documents (protocol) and administrative files, which belong to the municipality's archive (DPR 445/2000 and D.Lgs. 42/2004)|accounting and payment records, for the periods tax rules require|what is needed to defend a right or answer an authority|the erasure request itself, without any data identifying you",
    exportFirst: 'Before asking for erasure, if you wish, you can',
    exportLink: 'download a copy of all your data',
    confirmLabel: 'I understand my data will be erased and cannot be recovered, and I ask for its erasure',
    submit: 'Ask for erasure',
    requestedFlash: 'Erasure request sent. You can follow its status on this page.',
    pendingTitle: 'Request being handled',
    pendingText:
      'You asked for your data to be erased on {date}. The municipality answers within one month (art. 12 of Regulation (EU) 2016/679).',
    rejectedTitle: 'Request declined',
    rejectedText: 'Your last erasure request was declined on {date}. The municipality’s reason:',
    errors: { confirm: 'To ask for erasure, tick the confirmation box.' },
  },
  backoffice: {
    title: 'Privacy: notice',
    tabs: {
      label: 'Privacy sections',
      notice: 'Notice',
      requests: 'Erasure requests',
      retention: 'Data retention',
    },
    publishNew: 'Publish a new version',
    publishedFlash: 'New version published. Citizens will be asked to read it at their next visit.',
    pendingRequests: 'Erasure requests waiting: {count}',
    versionsIntro:
      'Published versions are never edited: to change the notice publish a new version. The site always shows the latest, with the list of earlier ones.',
    noVersionsTitle: 'No notice published',
    noVersions: 'The site shows a message instead of the notice until you publish its first version.',
    versionsCaption: 'Versions of the notice',
    columns: { version: 'Version', title: 'Title', publishedAt: 'Published on', state: 'State' },
    inForce: 'In force',
    superseded: 'Superseded',
    newTitle: 'New version of the notice',
    newWarningTitle: 'A published version can no longer be changed',
    newWarning:
      'The text you publish becomes the version in force. Citizens opening their personal area will be asked to read it.',
    defaultTitle: 'Privacy notice',
    fields: { title: 'Title', body: 'Text' },
    bodyHint:
      'Plain text: separate paragraphs with a blank line; a line starting with "## " is a heading; lines starting with "- " make a list.',
    publishSubmit: 'Publish',
  },
  requests: {
    title: 'Erasure requests',
    detailTitle: 'Erasure request',
    breadcrumb: 'Breadcrumb',
    filterStatus: 'Status',
    empty: 'No erasure requests.',
    citizenErased: 'Data erased',
    fiscalCode: 'Fiscal code',
    processedBy: 'Handled by',
    reason: 'Reason',
    outcome: 'Outcome',
    status: { pending: 'Pending', completed: 'Carried out', rejected: 'Declined' },
    columns: {
      requestedAt: 'Requested on',
      citizen: 'Citizen',
      status: 'Status',
      processedAt: 'Handled on',
    },
    processHeading: 'Carry out the erasure',
    processIntro:
      'Before going ahead check that no duty to keep the data prevents it. The operation is final and happens all at once:',
    processCore:
      "citizen's profile, sessions and consents deleted; name, IP address and details removed from the activity log",
    processModule: 'data of the service «{name}»',
    processConfirm: "I confirm: permanently erase this citizen's data",
    confirmRequired: 'Tick the box to confirm the erasure.',
    processSubmit: 'Erase the data',
    rejectHeading: 'Decline the request',
    reasonHint:
      'The citizen will read this reason in their personal area: cite the rule that requires keeping the data.',
    rejectSubmit: 'Decline the request',
    completedFlash: 'Erasure carried out.',
    rejectedFlash: 'Request declined.',
  },
  retention: {
    title: 'Data retention',
    intro:
      'How many days the municipality keeps each kind of data. Every night at 3:17 data older than the period set here is deleted.',
    range: 'From {min} to {max} days (default: {default}).',
    consentsLabel: 'Consents',
    consentsNote:
      "Consents and their history are kept as long as the citizen's profile exists, as evidence of their choices; they are deleted with the profile.",
    kinds: {
      sessions_expired: {
        label: 'Expired login sessions (days)',
        description: 'Sessions of citizens and staff, counted from their expiry.',
      },
      audit_log: {
        label: 'Activity log (days)',
        description: 'Recorded operations, counted from when they happened. 3650 days are 10 years.',
      },
      outbox_dispatched: {
        label: 'Internal events already delivered (days)',
        description:
          'Events the system has already passed on (notifications, counters), counted from delivery.',
      },
      erasure_requests_completed: {
        label: 'Closed erasure requests (days)',
        description: 'Requests carried out or declined, counted from the decision.',
      },
    },
  },
} satisfies Messages;

/** German for every text a citizen sees; back-office texts fall back to Italian. */
const de = {
  nav: { privacy: 'Datenschutz und personenbezogene Daten' },
  purposes: {
    newsletter: {
      label: 'Newsletter der Gemeinde',
      description:
        'Den Newsletter mit Neuigkeiten, Veranstaltungen und Mitteilungen zu den gewählten Themen per E-Mail erhalten.',
    },
    satisfaction_surveys: {
      label: 'Zufriedenheitsumfragen',
      description:
        'Für kurze Umfragen zu den genutzten Diensten kontaktiert werden, damit die Gemeinde sie verbessern kann.',
    },
  },
  notice: {
    title: 'Datenschutzerklärung',
    versionOf: 'Fassung {version} vom {date}',
    versionShort: 'Fassung {version}',
    versionsHeading: 'Frühere Fassungen',
    versionLink: 'Fassung {version} vom {date}: {title}',
    noOtherVersions:
      'Es gibt keine früheren Fassungen: Dies ist die erste veröffentlichte Fassung der Erklärung.',
    outdated: 'Sie lesen eine frühere, nicht mehr geltende Fassung.',
    goToCurrent: 'Die geltende Erklärung lesen',
    noneTitle: 'Erklärung noch nicht veröffentlicht',
    none: '{comune} hat seine Datenschutzerklärung auf dieser Website noch nicht veröffentlicht. Informationen zur Verarbeitung Ihrer Daten erhalten Sie unter {email}.',
  },
  consent: {
    title: 'Datenschutzerklärung',
    requiredTitle: 'Bevor Sie fortfahren, lesen Sie bitte die Erklärung',
    requiredText:
      'Die Gemeinde hat eine neue Fassung ihrer Datenschutzerklärung veröffentlicht. Lesen Sie sie und bestätigen Sie dies, um Ihren persönlichen Bereich weiter zu nutzen.',
    acknowledge: 'Ich habe die Erklärung gelesen',
    alreadyAcknowledged: 'Sie haben die geltende Fassung {version} der Erklärung bereits gelesen.',
    acknowledgedFlash: 'Danke: Wir haben vermerkt, dass Sie die Erklärung gelesen haben.',
    continue: 'Zum persönlichen Bereich',
  },
  area: {
    title: 'Persönlicher Bereich',
    logout: 'Abmelden',
    nav: {
      label: 'Abschnitte des persönlichen Bereichs',
      profile: 'Profil',
      consents: 'Einwilligungen',
      notice: 'Datenschutzerklärung',
      erasure: 'Löschung Ihrer Daten',
    },
    profileHeading: 'Ihre Angaben',
    identityNote:
      'Name und Steuernummer stammen aus Ihrer digitalen Identität (SPID oder CIE) und werden bei jeder Anmeldung aktualisiert: Sie können hier nicht geändert werden.',
    contactsHeading: 'Ihre Kontaktdaten',
    contactsIntro:
      'Die Gemeinde verwendet diese Kontaktdaten nur, um Ihnen zu antworten und Sie über Ihre Anliegen zu informieren. Sie können sie leer lassen.',
    emailHint: 'Zum Beispiel name@beispiel.it.',
    phoneHint:
      'Nur Ziffern, mit internationaler Vorwahl, wenn es keine italienische Nummer ist (z. B. +49 30 1234567).',
    saveContacts: 'Kontaktdaten speichern',
    contactsSaved: 'Kontaktdaten aktualisiert.',
    contactsUnchanged: 'Keine Änderung an Ihren Kontaktdaten.',
    notGiven: 'Nicht angegeben',
    fields: {
      name: 'Name',
      fiscalCode: 'Steuernummer',
      email: 'E-Mail-Adresse',
      phone: 'Telefon',
      lastLogin: 'Letzte Anmeldung',
      since: 'Registriert seit',
    },
    errors: { phone: 'Geben Sie eine gültige Telefonnummer ein, z. B. 333 1234567 oder +39 011 1234567.' },
    dataHeading: 'Ihre personenbezogenen Daten',
    links: {
      consents: 'Einwilligungen: Ihre Entscheidungen einsehen und ändern, mit Verlauf',
      export: 'Alle Ihre Daten herunterladen (JSON-Datei)',
      erasure: 'Die Löschung Ihrer Daten beantragen',
      notice: 'Die Datenschutzerklärung lesen',
    },
    erasurePending: 'Sie haben am {date} die Löschung Ihrer Daten beantragt: Der Antrag wird bearbeitet.',
    erasureDetails: 'Einzelheiten des Antrags',
    erasureRejected: 'Ihr Löschantrag wurde am {date} abgelehnt. Begründung:',
  },
  consents: {
    title: 'Ihre Einwilligungen',
    intro:
      'Dies sind die freiwilligen Einwilligungen, die Sie jederzeit erteilen oder widerrufen können. Jede Entscheidung wird mit Datum und Uhrzeit festgehalten, der Verlauf bleibt einsehbar.',
    acknowledgedOn: 'Sie haben die Fassung {version} der Datenschutzerklärung am {date} gelesen.',
    acknowledgeFirst: 'Sie haben die geltende Erklärung noch nicht gelesen: Lesen Sie sie.',
    currentHeading: 'Aktuelle Entscheidungen',
    noPurposes: 'Die Gemeinde bittet derzeit um keine freiwillige Einwilligung.',
    stateGranted: 'Einwilligung erteilt',
    stateNotGranted: 'Einwilligung nicht erteilt',
    since: 'seit {date}',
    grant: 'Ich willige ein: {purpose}',
    withdraw: 'Ich widerrufe meine Einwilligung: {purpose}',
    grantedFlash: 'Einwilligung erfasst.',
    withdrawnFlash: 'Einwilligung widerrufen.',
    unchangedFlash: 'Ihre Entscheidung war bereits erfasst.',
    historyHeading: 'Verlauf Ihrer Entscheidungen',
    noHistory: 'Sie haben noch keine Entscheidung getroffen.',
    historyNote:
      'Der Verlauf wird nie geändert: Jede Änderung fügt eine Zeile hinzu. Er wird aufbewahrt, solange Ihr Profil besteht.',
    noticePurpose: 'Datenschutzerklärung',
    choiceAcknowledged: 'Gelesen',
    choiceGranted: 'Einwilligung erteilt',
    choiceWithdrawn: 'Einwilligung widerrufen',
    columns: {
      when: 'Datum und Uhrzeit',
      purpose: 'Zweck',
      choice: 'Entscheidung',
      noticeVersion: 'Fassung der Erklärung',
    },
  },
  erasure: {
    title: 'Löschung Ihrer Daten',
    intro:
      'Sie können die Gemeinde auffordern, die auf dieser Website über Sie gespeicherten personenbezogenen Daten zu löschen (Art. 17 der Verordnung (EU) 2016/679). Ein Verwalter der Gemeinde prüft den Antrag.',
    erasedHeading: 'Was gelöscht wird',
    erasedList:
      'Ihr Profil: Name, Steuernummer, E-Mail und Telefon|Ihre Anmeldesitzungen auf allen Geräten: Sie werden abgemeldet|Ihre Einwilligungen und deren Verlauf|die Daten, die andere Dienste der Website über Sie speichern und die nicht gesetzlich aufbewahrt werden müssen|im Aktivitätsprotokoll Ihr Name, Ihre IP-Adresse und die Einzelheiten der Vorgänge, die Sie betreffen',
    keptHeading: 'Was die Gemeinde gesetzlich aufbewahren muss',
    keptList:
      'protokollierte Dokumente und Verwaltungsakten, die zum Archiv der Gemeinde gehören (DPR 445/2000 und GvD 42/2004)|Buchhaltungs- und Zahlungsunterlagen für die steuerrechtlich vorgeschriebenen Zeiträume|was zur Verteidigung eines Rechts oder zur Antwort an eine Behörde nötig ist|den Löschantrag selbst, ohne Daten, die Sie identifizieren',
    exportFirst: 'Bevor Sie die Löschung beantragen, können Sie, wenn Sie möchten,',
    exportLink: 'eine Kopie aller Ihrer Daten herunterladen',
    confirmLabel:
      'Mir ist bewusst, dass meine Daten gelöscht werden und nicht wiederhergestellt werden können, und ich beantrage die Löschung',
    submit: 'Löschung beantragen',
    requestedFlash: 'Löschantrag gesendet. Den Stand können Sie auf dieser Seite verfolgen.',
    pendingTitle: 'Antrag in Bearbeitung',
    pendingText:
      'Sie haben am {date} die Löschung Ihrer Daten beantragt. Die Gemeinde antwortet innerhalb eines Monats (Art. 12 der Verordnung (EU) 2016/679).',
    rejectedTitle: 'Antrag abgelehnt',
    rejectedText: 'Ihr letzter Löschantrag wurde am {date} abgelehnt. Begründung der Gemeinde:',
    errors: { confirm: 'Um die Löschung zu beantragen, kreuzen Sie das Bestätigungsfeld an.' },
  },
};

export const privacyMessages = { it, en, de };
