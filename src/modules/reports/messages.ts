import type { Messages } from '../../platform/i18n/index.js';

const it = {
  type: { report: 'Segnalazione', suggestion: 'Suggerimento', complaint: 'Reclamo' },
  channel: {
    web: 'Sito web',
    phone: 'Telefono',
    desk: 'Sportello',
    email: 'E-mail',
    telegram: 'Telegram',
    open311: 'App (Open311)',
  },
  priority: { low: 'Bassa', normal: 'Normale', high: 'Alta', urgent: 'Urgente' },
  errors: {
    categoryUnknown: 'Scegli una categoria dall’elenco.',
    locationRequired: 'Indica il luogo sulla mappa o scrivi un indirizzo.',
    answerRequired: 'Rispondi a questa domanda.',
    answerChoice: 'Scegli una delle risposte proposte.',
    answerUnknown: 'Domanda non prevista per questa categoria.',
    statusUnknown: 'Scegli uno stato dall’elenco.',
    nothingToChange: 'Scegli un nuovo stato o scrivi un aggiornamento.',
    followerRequired: 'Accedi o indica un indirizzo e-mail per seguire la segnalazione.',
    mergeSelf: 'Una segnalazione non può essere unita a sé stessa.',
    mergeMerged: 'Una delle due segnalazioni è già stata unita a un’altra.',
  },
  retention: {
    contacts: {
      label: 'Recapiti di chi ha segnalato (segnalazioni chiuse)',
      description:
        'Nome, e-mail e telefono di chi ha inviato una segnalazione, e gli indirizzi di chi la segue, cancellati questo numero di giorni dopo la chiusura; la segnalazione resta, senza dati personali.',
    },
  },
} satisfies Messages;

const en: Messages = {
  type: { report: 'Report', suggestion: 'Suggestion', complaint: 'Complaint' },
  channel: {
    web: 'Website',
    phone: 'Phone',
    desk: 'Front desk',
    email: 'E-mail',
    telegram: 'Telegram',
    open311: 'App (Open311)',
  },
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  errors: {
    categoryUnknown: 'Choose a category from the list.',
    locationRequired: 'Mark the place on the map or type an address.',
    answerRequired: 'Answer this question.',
    answerChoice: 'Choose one of the answers offered.',
    answerUnknown: 'This category has no such question.',
    statusUnknown: 'Choose a status from the list.',
    nothingToChange: 'Choose a new status or write an update.',
    followerRequired: 'Log in or give an e-mail address to follow the report.',
    mergeSelf: 'A report cannot be merged into itself.',
    mergeMerged: 'One of the two reports has already been merged into another.',
  },
  retention: {
    contacts: {
      label: 'Contact details of reporters (closed reports)',
      description:
        'Name, e-mail and phone of whoever sent a report, and the addresses of its followers, deleted this many days after it was closed; the report stays, without personal data.',
    },
  },
};

const de: Messages = {
  type: { report: 'Meldung', suggestion: 'Vorschlag', complaint: 'Beschwerde' },
  channel: {
    web: 'Website',
    phone: 'Telefon',
    desk: 'Schalter',
    email: 'E-Mail',
    telegram: 'Telegram',
    open311: 'App (Open311)',
  },
  priority: { low: 'Niedrig', normal: 'Normal', high: 'Hoch', urgent: 'Dringend' },
  errors: {
    categoryUnknown: 'Bitte eine Kategorie aus der Liste wählen.',
    locationRequired: 'Den Ort auf der Karte markieren oder eine Adresse eingeben.',
    answerRequired: 'Bitte diese Frage beantworten.',
    answerChoice: 'Bitte eine der angebotenen Antworten wählen.',
    answerUnknown: 'Diese Kategorie hat keine solche Frage.',
    statusUnknown: 'Bitte einen Status aus der Liste wählen.',
    nothingToChange: 'Einen neuen Status wählen oder eine Mitteilung schreiben.',
    followerRequired: 'Anmelden oder eine E-Mail-Adresse angeben, um der Meldung zu folgen.',
    mergeSelf: 'Eine Meldung kann nicht mit sich selbst zusammengeführt werden.',
    mergeMerged: 'Eine der beiden Meldungen wurde bereits mit einer anderen zusammengeführt.',
  },
  retention: {
    contacts: {
      label: 'Kontaktdaten der Meldenden (abgeschlossene Meldungen)',
      description:
        'Name, E-Mail und Telefon der meldenden Person sowie die Adressen der Folgenden werden so viele Tage nach dem Abschluss gelöscht; die Meldung bleibt ohne personenbezogene Daten erhalten.',
    },
  },
};

export const reportsMessages = { it, en, de };
