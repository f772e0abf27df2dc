import type { Messages } from '../../platform/i18n/index.js';

const it: Messages = {
  nav: {
    messaggi: 'Messaggi',
    attivita: 'Attività',
    pratiche: 'Pratiche',
    appuntamenti: 'Appuntamenti',
    segnalazioni: 'Segnalazioni',
    notifiche: 'Notifiche',
  },
  sections: {
    messaggi: {
      title: 'Messaggi',
      intro: 'Le comunicazioni che il Comune ti invia, per esempio sullo stato delle tue richieste.',
      empty: 'Non hai ancora messaggi. Quando il Comune ti scriverà, troverai qui i suoi messaggi.',
      action: 'Scegli come ricevere le notifiche',
    },
    attivita: {
      title: 'Attività',
      intro: 'La cronologia di quello che fai con il Comune: richieste, appuntamenti, pagamenti.',
      empty: 'Non ci sono ancora attività. Quando userai un servizio online la troverai qui.',
      action: 'Esplora i servizi',
    },
    pratiche: {
      title: 'Pratiche',
      intro: 'Le domande e le istanze che hai presentato, con il loro stato.',
      empty:
        'Non hai ancora pratiche. Quando presenterai una domanda online la troverai qui con il suo stato.',
      action: 'Vai ai servizi online',
    },
    appuntamenti: {
      title: 'Appuntamenti',
      intro: 'Gli appuntamenti che hai prenotato presso gli uffici comunali.',
      empty: 'Non hai ancora appuntamenti. Quando prenoterai un appuntamento lo troverai qui.',
      action: 'Trova l’ufficio con cui prendere appuntamento',
    },
    segnalazioni: {
      title: 'Segnalazioni',
      intro: 'Le segnalazioni di disservizi e problemi che hai inviato al Comune.',
      empty: 'Non hai ancora inviato segnalazioni. Quando ne invierai una la troverai qui con il suo stato.',
      action: 'Segnala un disservizio',
    },
  },
  preferences: {
    title: 'Preferenze di notifica',
    intro:
      'Scegli su quali canali vuoi ricevere le notifiche del Comune e su quali argomenti. Puoi cambiarle quando vuoi; senza canali non ricevi notifiche.',
    channelsLegend: 'Canali',
    topicsLegend: 'Argomenti che ti interessano',
    topicsHint: 'Ricevi le novità del Comune sugli argomenti scelti.',
    channels: {
      email: 'E-mail',
      io: 'App IO',
      push: 'Notifiche push sul browser',
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
    },
    save: 'Salva le preferenze',
    saved: 'Preferenze di notifica salvate.',
    unchanged: 'Nessuna modifica alle preferenze.',
    lastChange: 'Ultima modifica: {date}.',
    neverSaved: 'Non hai ancora scelto le tue preferenze: per ora non ricevi notifiche.',
    contactsLink: 'Modifica i tuoi contatti',
    errors: {
      channel: 'Scegli i canali tra quelli proposti.',
      topic: 'Scegli gli argomenti tra quelli proposti.',
      noChannel: 'Per seguire degli argomenti scegli almeno un canale.',
      noEmail: 'Per ricevere notifiche via e-mail indica prima il tuo indirizzo nei contatti.',
      noPhone: 'Per ricevere notifiche su WhatsApp indica prima il tuo numero di telefono nei contatti.',
    },
  },
};

const en: Messages = {
  nav: {
    messaggi: 'Messages',
    attivita: 'Activity',
    pratiche: 'Applications',
    appuntamenti: 'Appointments',
    segnalazioni: 'Reports',
    notifiche: 'Notifications',
  },
  sections: {
    messaggi: {
      title: 'Messages',
      intro: 'What the municipality sends you, for example on the progress of your requests.',
      empty:
        'You have no messages yet. When the municipality writes to you, you will find its messages here.',
      action: 'Choose how to receive notifications',
    },
    attivita: {
      title: 'Activity',
      intro: 'A history of what you do with the municipality: requests, appointments, payments.',
      empty: 'There is no activity yet. When you use an online service you will find it here.',
      action: 'Explore the services',
    },
    pratiche: {
      title: 'Applications',
      intro: 'The applications and requests you have submitted, with their status.',
      empty:
        'You have no applications yet. When you submit one online you will find it here with its status.',
      action: 'Go to the online services',
    },
    appuntamenti: {
      title: 'Appointments',
      intro: 'The appointments you have booked at the municipal offices.',
      empty: 'You have no appointments yet. When you book an appointment you will find it here.',
      action: 'Find the office to book an appointment with',
    },
    segnalazioni: {
      title: 'Reports',
      intro: 'The reports of problems and service failures you have sent to the municipality.',
      empty: 'You have not sent any report yet. When you send one you will find it here with its status.',
      action: 'Report a service failure',
    },
  },
  preferences: {
    title: 'Notification preferences',
    intro:
      'Choose the channels on which you want to receive notifications from the municipality and the topics. You can change them at any time; without channels you receive no notifications.',
    channelsLegend: 'Channels',
    topicsLegend: 'Topics you are interested in',
    topicsHint: 'Receive the municipality’s news on the topics you choose.',
    channels: {
      email: 'E-mail',
      io: 'IO app',
      push: 'Browser push notifications',
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
    },
    save: 'Save preferences',
    saved: 'Notification preferences saved.',
    unchanged: 'No change to your preferences.',
    lastChange: 'Last changed: {date}.',
    neverSaved: 'You have not chosen your preferences yet: for now you receive no notifications.',
    contactsLink: 'Edit your contact details',
    errors: {
      channel: 'Choose among the channels offered.',
      topic: 'Choose among the topics offered.',
      noChannel: 'To follow topics choose at least one channel.',
      noEmail: 'To receive e-mail notifications first add your address to your contact details.',
      noPhone: 'To receive WhatsApp notifications first add your phone number to your contact details.',
    },
  },
};

const de: Messages = {
  nav: {
    messaggi: 'Nachrichten',
    attivita: 'Aktivitäten',
    pratiche: 'Anträge',
    appuntamenti: 'Termine',
    segnalazioni: 'Meldungen',
    notifiche: 'Benachrichtigungen',
  },
  sections: {
    messaggi: {
      title: 'Nachrichten',
      intro: 'Mitteilungen der Gemeinde an Sie, zum Beispiel zum Stand Ihrer Anträge.',
      empty:
        'Sie haben noch keine Nachrichten. Wenn die Gemeinde Ihnen schreibt, finden Sie die Nachrichten hier.',
      action: 'Wählen Sie, wie Sie benachrichtigt werden',
    },
    attivita: {
      title: 'Aktivitäten',
      intro: 'Der Verlauf Ihrer Vorgänge mit der Gemeinde: Anträge, Termine, Zahlungen.',
      empty: 'Es gibt noch keine Aktivitäten. Wenn Sie einen Online-Dienst nutzen, finden Sie ihn hier.',
      action: 'Dienste entdecken',
    },
    pratiche: {
      title: 'Anträge',
      intro: 'Die Anträge und Gesuche, die Sie eingereicht haben, mit ihrem Stand.',
      empty:
        'Sie haben noch keine Anträge. Wenn Sie online einen Antrag stellen, finden Sie ihn hier mit seinem Stand.',
      action: 'Zu den Online-Diensten',
    },
    appuntamenti: {
      title: 'Termine',
      intro: 'Die Termine, die Sie bei den Ämtern der Gemeinde gebucht haben.',
      empty: 'Sie haben noch keine Termine. Wenn Sie einen Termin buchen, finden Sie ihn hier.',
      action: 'Das Amt für einen Termin finden',
    },
    segnalazioni: {
      title: 'Meldungen',
      intro: 'Die Meldungen von Störungen und Problemen, die Sie an die Gemeinde gesendet haben.',
      empty:
        'Sie haben noch keine Meldung gesendet. Wenn Sie eine senden, finden Sie sie hier mit ihrem Stand.',
      action: 'Eine Störung melden',
    },
  },
  preferences: {
    title: 'Benachrichtigungseinstellungen',
    intro:
      'Wählen Sie, über welche Kanäle und zu welchen Themen Sie Benachrichtigungen der Gemeinde erhalten möchten. Sie können sie jederzeit ändern; ohne Kanal erhalten Sie keine Benachrichtigungen.',
    channelsLegend: 'Kanäle',
    topicsLegend: 'Themen, die Sie interessieren',
    topicsHint: 'Erhalten Sie Neuigkeiten der Gemeinde zu den gewählten Themen.',
    channels: {
      email: 'E-Mail',
      io: 'App IO',
      push: 'Push-Benachrichtigungen im Browser',
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
    },
    save: 'Einstellungen speichern',
    saved: 'Benachrichtigungseinstellungen gespeichert.',
    unchanged: 'Keine Änderung an den Einstellungen.',
    lastChange: 'Zuletzt geändert: {date}.',
    neverSaved:
      'Sie haben Ihre Einstellungen noch nicht gewählt: Derzeit erhalten Sie keine Benachrichtigungen.',
    contactsLink: 'Kontaktdaten bearbeiten',
    errors: {
      channel: 'Wählen Sie unter den angebotenen Kanälen.',
      topic: 'Wählen Sie unter den angebotenen Themen.',
      noChannel: 'Um Themen zu folgen, wählen Sie mindestens einen Kanal.',
      noEmail: 'Für Benachrichtigungen per E-Mail geben Sie zuerst Ihre Adresse in den Kontaktdaten an.',
      noPhone:
        'Für Benachrichtigungen über WhatsApp geben Sie zuerst Ihre Telefonnummer in den Kontaktdaten an.',
    },
  },
};

export const accountMessages = { it, en, de };
