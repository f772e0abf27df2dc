import type { Messages } from '../../platform/i18n/index.js';

/** Texts of the identity module, used as `identity.<key>`. Italian is complete, English too. */
const it = {
  nav: {
    users: 'Utenti',
    roles: 'Ruoli',
    account: 'Il mio account',
  },
  roles: {
    none: 'Nessun ruolo',
    admin: {
      label: 'Amministratore',
      description: 'Configura il Comune, gestisce utenti, ruoli e impostazioni; può fare tutto.',
    },
    urp_operator: {
      label: 'Operatore URP',
      description: "Accoglie le richieste dei cittadini, le smista agli uffici e risponde a nome dell'ente.",
    },
    office_operator: {
      label: 'Operatore ufficio',
      description: 'Lavora le richieste assegnate ai propri uffici e ne aggiorna lo stato.',
    },
    contractor: {
      label: 'Ditta esterna',
      description: "Personale di un'impresa incaricata: vede e chiude solo gli interventi affidati.",
    },
    editor: {
      label: 'Redattore comunicazione',
      description: 'Pubblica notizie, avvisi ed eventi sul sito e sui canali del Comune.',
    },
    executive: {
      label: 'Giunta',
      description: 'Sindaco e assessori: consultano cruscotti e statistiche, in sola lettura.',
    },
  },
  login: {
    title: 'Accesso al back office',
    email: 'Indirizzo e-mail',
    password: 'Password',
    submit: 'Accedi',
    failed: 'Indirizzo e-mail o password non corretti.',
    lockoutNote:
      "Dopo {attempts} tentativi non riusciti consecutivi l'accesso all'account viene sospeso per {minutes} minuti.",
    forgotNote:
      'Password dimenticata? Chiedi a un amministratore del Comune di reimpostarla: riceverai una password temporanea da cambiare al primo accesso.',
    loggedOut: 'Sei uscito dal back office.',
    loggedOutEverywhere: 'Sei uscito dal back office su tutti i dispositivi.',
  },
  verify: {
    title: 'Verifica in due passaggi',
    intro:
      "Apri l'app di autenticazione sul tuo telefono e inserisci il codice di 6 cifre che mostra per questo account.",
    code: 'Codice di verifica',
    codeHint: 'Sei cifre, senza spazi. Il codice cambia ogni 30 secondi.',
    codeWrong: "Il codice non è corretto o è scaduto: inserisci quello mostrato ora dall'app.",
    submit: 'Verifica',
    cancel: 'Annulla e torna alla pagina di accesso',
  },
  account: {
    title: 'Il mio account',
    profile: 'Profilo',
    passwordHeading: 'Password',
    passwordChangedAt: 'Ultima modifica della password: {date}.',
    passwordNeverChanged: 'Non hai ancora cambiato la password iniziale.',
    changePassword: 'Cambia password',
    passwordChanged: 'Password cambiata. Le sessioni aperte su altri dispositivi sono state chiuse.',
    totpEnabled: 'Verifica in due passaggi attivata: dal prossimo accesso ti sarà chiesto il codice.',
    totpDisabled: 'Verifica in due passaggi disattivata.',
    sessionsHeading: 'Sessioni',
    sessionsText:
      'Se hai usato il back office su un computer condiviso o hai perso un dispositivo, chiudi tutte le sessioni aperte, compresa questa.',
    logoutEverywhere: 'Esci da tutti i dispositivi',
  },
  password: {
    title: 'Cambia password',
    current: 'Password attuale',
    new: 'Nuova password',
    confirm: 'Ripeti la nuova password',
    hint: 'Almeno {min} caratteri. Una frase lunga è più sicura e più facile da ricordare di una parola complicata.',
    submit: 'Cambia password',
    mustChange:
      'Stai usando una password temporanea: per continuare scegline una nuova. Fino ad allora il back office non è disponibile.',
    currentWrong: 'La password attuale non è corretta.',
    tooShort: 'La password deve avere almeno {limit} caratteri.',
    sameAsEmail: 'La password non può coincidere con il tuo indirizzo e-mail.',
    sameAsCurrent: 'La nuova password deve essere diversa da quella attuale.',
    mismatch: 'Le due password non coincidono.',
  },
  totp: {
    heading: 'Verifica in due passaggi',
    enabledText:
      "La verifica in due passaggi è attiva: all'accesso, dopo la password, ti viene chiesto il codice dell'app.",
    disabledText:
      "Proteggi l'account con un secondo fattore: oltre alla password, all'accesso ti sarà chiesto un codice generato da un'app di autenticazione (ad esempio FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator).",
    enable: 'Attiva la verifica in due passaggi',
    disable: 'Disattiva la verifica in due passaggi',
    confirmPassword: 'Password attuale, per confermare',
    setupTitle: 'Attiva la verifica in due passaggi',
    step1: "Installa sul telefono un'app di autenticazione, se non ne hai già una.",
    step2: "Inquadra il codice QR con l'app, oppure inserisci a mano la chiave segreta.",
    step3: "Scrivi qui sotto il codice di 6 cifre che l'app mostra, per confermare che funziona.",
    qrAlt: "Codice QR da inquadrare con l'app di autenticazione",
    secretLabel: "Chiave segreta (per l'inserimento manuale)",
    uriLabel: 'Indirizzo otpauth completo',
    confirm: 'Conferma e attiva',
    codeWrong:
      "Il codice non corrisponde: controlla di aver inquadrato il codice QR di questa pagina e inserisci il codice mostrato ora dall'app.",
  },
  users: {
    title: 'Utenti',
    breadcrumb: 'Percorso di navigazione',
    new: 'Nuovo utente',
    newTitle: 'Nuovo utente',
    createSubmit: 'Crea utente',
    created: 'Utente creato.',
    createdTitle: 'Utente creato',
    resetTitle: 'Password reimpostata',
    sessionsEnded: "Tutte le sessioni dell'utente sono state chiuse.",
    accountHeading: 'Account',
    activeLabel: 'Account attivo (può accedere al back office)',
    companyHint: "Solo per il ruolo «Ditta esterna»: la ragione sociale dell'impresa incaricata.",
    noOffices: 'Non ci sono ancora uffici configurati: potrai assegnarli in seguito.',
    passwordModeTemporary:
      "Genera una password temporanea (mostrata una sola volta; l'utente dovrà cambiarla al primo accesso)",
    passwordModeSet: 'Imposta ora la password iniziale',
    passwordHint: 'Solo se scegli di impostare la password: almeno {min} caratteri.',
    resetPassword: 'Reimposta la password',
    resetPasswordHint:
      "Genera una password temporanea da comunicare all'utente, chiude le sue sessioni e sblocca l'account se era bloccato.",
    endSessions: 'Disconnetti da tutti i dispositivi',
    endSessionsHint: "Chiude subito tutte le sessioni aperte dall'utente.",
    temporaryIntro:
      'Comunica a {name} ({email}) la password temporanea qui sotto, di persona o per telefono: al primo accesso dovrà sceglierne una nuova.',
    temporaryPassword: 'Password temporanea',
    temporaryWarning:
      'Questa password è mostrata una sola volta e non viene conservata in chiaro: annotala ora. Se la perdi, reimpostala di nuovo.',
    goToUser: "Vai alla scheda dell'utente",
    neverLoggedIn: 'Mai',
    fields: {
      fullName: 'Nome e cognome',
      email: 'Indirizzo e-mail',
      roles: 'Ruoli',
      offices: 'Uffici',
      company: 'Ditta',
      passwordMode: 'Password iniziale',
      password: 'Password iniziale',
      active: 'Stato',
      status: 'Stato',
      lastLogin: 'Ultimo accesso',
      totp: 'Verifica in due passaggi',
      mustChange: 'Deve cambiare la password',
      createdAt: 'Creato il',
    },
    filters: {
      q: 'Cerca per nome o e-mail',
      role: 'Ruolo',
      active: 'Stato',
      activeYes: 'Attivi',
      activeNo: 'Disattivati',
    },
    status: {
      active: 'Attivo',
      inactive: 'Disattivato',
      locked: 'Bloccato temporaneamente',
    },
    errors: {
      emailTaken: 'Esiste già un utente con questo indirizzo e-mail.',
      rolesRequired: 'Scegli almeno un ruolo tra quelli proposti.',
      companyRequired: 'Indica la ditta per cui lavora il personale di una ditta esterna.',
      unknownOffice: 'Uno degli uffici scelti non esiste più: ricarica la pagina e riprova.',
      cannotDeactivateSelf: 'Non puoi disattivare il tuo stesso account.',
      cannotRemoveOwnAdmin: 'Non puoi togliere a te stesso il ruolo di amministratore.',
      lastAdmin: "È l'ultimo amministratore attivo del Comune: nomina prima un altro amministratore.",
    },
  },
  rolesPage: {
    title: 'Ruoli',
    intro:
      "I ruoli sono fissi; cosa può fare ciascuno lo decide la piattaforma. Un utente può avere più ruoli: vale l'unione dei loro permessi.",
    role: 'Ruolo',
    description: 'Descrizione',
    activeUsers: 'Utenti attivi',
    permissions: 'Permessi',
    allPermissions: 'Tutti i permessi',
  },
} satisfies Messages;

const en = {
  nav: { users: 'Users', roles: 'Roles', account: 'My account' },
  roles: {
    none: 'No role',
    admin: {
      label: 'Administrator',
      description: 'Configures the municipality, manages users, roles and settings; may do anything.',
    },
    urp_operator: {
      label: 'Public relations officer (URP)',
      description:
        "Receives citizens' requests, routes them to offices and answers on behalf of the municipality.",
    },
    office_operator: {
      label: 'Office operator',
      description: 'Works on the requests assigned to their offices and updates their status.',
    },
    contractor: {
      label: 'Contractor',
      description: 'Staff of an appointed company: sees and closes only the jobs assigned to it.',
    },
    editor: {
      label: 'Communications editor',
      description: "Publishes news, notices and events on the municipality's website and channels.",
    },
    executive: {
      label: 'Executive board (Giunta)',
      description: 'Mayor and councillors: read-only dashboards and statistics.',
    },
  },
  login: {
    title: 'Back office login',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    failed: 'Incorrect e-mail address or password.',
    lockoutNote:
      'After {attempts} consecutive failed attempts the account is suspended for {minutes} minutes.',
    forgotNote:
      'Forgot your password? Ask an administrator of the municipality to reset it: you will get a temporary password to change at first login.',
    loggedOut: 'You have logged out of the back office.',
    loggedOutEverywhere: 'You have logged out of the back office on every device.',
  },
  verify: {
    title: 'Two-step verification',
    intro: 'Open the authenticator app on your phone and enter the 6-digit code it shows for this account.',
    code: 'Verification code',
    codeHint: 'Six digits, no spaces. The code changes every 30 seconds.',
    codeWrong: 'The code is wrong or expired: enter the one the app shows now.',
    submit: 'Verify',
    cancel: 'Cancel and go back to the login page',
  },
  account: {
    title: 'My account',
    profile: 'Profile',
    passwordHeading: 'Password',
    passwordChangedAt: 'Password last changed: {date}.',
    passwordNeverChanged: 'You have not changed your initial password yet.',
    changePassword: 'Change password',
    passwordChanged: 'Password changed. Sessions open on other devices have been closed.',
    totpEnabled: 'Two-step verification enabled: you will be asked for a code at your next login.',
    totpDisabled: 'Two-step verification disabled.',
    sessionsHeading: 'Sessions',
    sessionsText:
      'If you used the back office on a shared computer or lost a device, close every open session, this one included.',
    logoutEverywhere: 'Log out of every device',
  },
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    confirm: 'Repeat the new password',
    hint: 'At least {min} characters. A long phrase is safer and easier to remember than a complicated word.',
    submit: 'Change password',
    mustChange:
      'You are using a temporary password: choose a new one to continue. Until then the back office is not available.',
    currentWrong: 'The current password is not correct.',
    tooShort: 'The password must be at least {limit} characters long.',
    sameAsEmail: 'The password cannot be your e-mail address.',
    sameAsCurrent: 'The new password must differ from the current one.',
    mismatch: 'The two passwords do not match.',
  },
  totp: {
    heading: 'Two-step verification',
    enabledText: 'Two-step verification is on: after your password you are asked for the code from your app.',
    disabledText:
      'Protect your account with a second factor: besides the password, you will be asked for a code from an authenticator app (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…).',
    enable: 'Enable two-step verification',
    disable: 'Disable two-step verification',
    confirmPassword: 'Current password, to confirm',
    setupTitle: 'Enable two-step verification',
    step1: 'Install an authenticator app on your phone, if you do not have one yet.',
    step2: 'Scan the QR code with the app, or type the secret key by hand.',
    step3: 'Enter below the 6-digit code the app shows, to confirm it works.',
    qrAlt: 'QR code to scan with the authenticator app',
    secretLabel: 'Secret key (for manual entry)',
    uriLabel: 'Full otpauth address',
    confirm: 'Confirm and enable',
    codeWrong:
      'The code does not match: check you scanned the QR code of this page and enter the code the app shows now.',
  },
  users: {
    title: 'Users',
    breadcrumb: 'Breadcrumb',
    new: 'New user',
    newTitle: 'New user',
    createSubmit: 'Create user',
    created: 'User created.',
    createdTitle: 'User created',
    resetTitle: 'Password reset',
    sessionsEnded: "All the user's sessions have been closed.",
    accountHeading: 'Account',
    activeLabel: 'Active account (may log in to the back office)',
    companyHint: "Only for the Contractor role: the appointed company's name.",
    noOffices: 'No offices are configured yet: you can assign them later.',
    passwordModeTemporary:
      'Generate a temporary password (shown once; the user must change it at first login)',
    passwordModeSet: 'Set the initial password now',
    passwordHint: 'Only if you choose to set the password: at least {min} characters.',
    resetPassword: 'Reset password',
    resetPasswordHint:
      'Generates a temporary password to give to the user, closes their sessions and unlocks the account if it was locked.',
    endSessions: 'Log out of every device',
    endSessionsHint: 'Immediately closes every session the user has open.',
    temporaryIntro:
      'Give {name} ({email}) the temporary password below, in person or by phone: they will choose a new one at first login.',
    temporaryPassword: 'Temporary password',
    temporaryWarning:
      'This password is shown only once and is not stored in clear: write it down now. If you lose it, reset it again.',
    goToUser: "Go to the user's page",
    neverLoggedIn: 'Never',
    fields: {
      fullName: 'Full name',
      email: 'E-mail address',
      roles: 'Roles',
      offices: 'Offices',
      company: 'Company',
      passwordMode: 'Initial password',
      password: 'Initial password',
      active: 'Status',
      status: 'Status',
      lastLogin: 'Last login',
      totp: 'Two-step verification',
      mustChange: 'Must change password',
      createdAt: 'Created',
    },
    filters: {
      q: 'Search by name or e-mail',
      role: 'Role',
      active: 'Status',
      activeYes: 'Active',
      activeNo: 'Deactivated',
    },
    status: { active: 'Active', inactive: 'Deactivated', locked: 'Temporarily locked' },
    errors: {
      emailTaken: 'A user with this e-mail address already exists.',
      rolesRequired: 'Choose at least one of the roles offered.',
      companyRequired: "Enter the company a contractor's staff member works for.",
      unknownOffice: 'One of the chosen offices no longer exists: reload the page and try again.',
      cannotDeactivateSelf: 'You cannot deactivate your own account.',
      cannotRemoveOwnAdmin: 'You cannot remove the administrator role from yourself.',
      lastAdmin: "This is the municipality's last active administrator: appoint another administrator first.",
    },
  },
  rolesPage: {
    title: 'Roles',
    intro:
      'Roles are fixed; the platform decides what each may do. A user may hold several roles and gets the union of their permissions.',
    role: 'Role',
    description: 'Description',
    activeUsers: 'Active users',
    permissions: 'Permissions',
    allPermissions: 'Every permission',
  },
} satisfies Messages;

const de = {
  nav: { users: 'Benutzer', roles: 'Rollen', account: 'Mein Konto' },
  login: {
    title: 'Anmeldung Backoffice',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    failed: 'E-Mail-Adresse oder Passwort falsch.',
    loggedOut: 'Sie haben sich abgemeldet.',
  },
  verify: {
    title: 'Zwei-Faktor-Bestätigung',
    code: 'Bestätigungscode',
    submit: 'Bestätigen',
  },
  account: { title: 'Mein Konto', logoutEverywhere: 'Auf allen Geräten abmelden' },
  password: { title: 'Passwort ändern', mismatch: 'Die beiden Passwörter stimmen nicht überein.' },
} satisfies Messages;

export const identityMessages = { it, en, de };
