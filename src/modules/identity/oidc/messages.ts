import type { Locale, Messages } from '../../../platform/i18n/index.js';

/**
 * Texts of the citizens' SPID/CIE login, under `identity.citizenLogin.*`. The identity module merges
 * them into its own messages with `withCitizenLoginMessages`.
 */
export const citizenLoginMessages = {
  it: {
    citizenLogin: {
      title: "Accedi all'area personale",
      intro:
        "Per accedere ai servizi online del Comune usa la tua identità digitale: SPID o la Carta d'Identità Elettronica (CIE).",
      spidButton: 'Entra con SPID',
      spidText: 'SPID, il Sistema Pubblico di Identità Digitale, è la chiave unica per i servizi online.',
      cieButton: 'Entra con CIE',
      cieText: "Con la Carta d'Identità Elettronica e l'app CieID, dal telefono o dal computer.",
      privacyNote:
        'Dal gestore della tua identità il Comune riceve soltanto codice fiscale, nome, cognome e indirizzo e-mail.',
      notConfiguredTitle: 'Accesso non ancora disponibile',
      notConfigured:
        "L'accesso con SPID e CIE non è ancora attivo per questo Comune: il servizio di identità digitale non è stato configurato. Per informazioni contatta il Comune.",
      alreadySignedIn: "Hai già effettuato l'accesso come {name}.",
      continue: "Vai all'area personale",
      continueTo: 'Continua',
      logout: 'Esci',
      errorTitle: 'Accesso non riuscito',
      errorCode: 'Codice errore: {code} · richiesta {id}',
      retry: 'Riprova',
      reasons: {
        denied:
          "Hai annullato l'accesso presso il gestore dell'identità digitale: nessun dato è stato trasmesso.",
        state:
          "La richiesta di accesso è scaduta o non è valida. Succede se sono passati più di 10 minuti o se l'accesso è stato avviato in un'altra scheda: riprova.",
        unavailable:
          'Il servizio di identità digitale non risponde in questo momento: riprova tra qualche minuto.',
        claims:
          "Il gestore dell'identità digitale non ha trasmesso i dati necessari (codice fiscale valido, nome e cognome).",
        provider:
          "Il gestore dell'identità digitale ha rifiutato o interrotto la richiesta di accesso: riprova.",
        notConfigured: "L'accesso con SPID e CIE non è attivo per questo Comune.",
      },
    },
  },
  en: {
    citizenLogin: {
      title: 'Log in to your personal area',
      intro:
        "To use the municipality's online services, log in with your digital identity: SPID or the electronic identity card (CIE).",
      spidButton: 'Log in with SPID',
      spidText: 'SPID, the Public Digital Identity System, is one key for all online public services.',
      cieButton: 'Log in with CIE',
      cieText: 'With the electronic identity card and the CieID app, from your phone or computer.',
      privacyNote:
        'From your identity provider the municipality receives only your fiscal code, name, surname and e-mail address.',
      notConfiguredTitle: 'Login not available yet',
      notConfigured:
        'Login with SPID and CIE is not active for this municipality yet: the digital identity service has not been configured. Please contact the municipality.',
      alreadySignedIn: 'You are logged in as {name}.',
      continue: 'Go to your personal area',
      continueTo: 'Continue',
      logout: 'Log out',
      errorTitle: 'Login failed',
      errorCode: 'Error code: {code} · request {id}',
      retry: 'Try again',
      reasons: {
        denied: 'You cancelled the login at your identity provider: no data was sent.',
        state:
          'The login request has expired or is not valid. This happens after more than 10 minutes or when the login was started in another tab: please try again.',
        unavailable:
          'The digital identity service is not answering right now: please try again in a few minutes.',
        claims:
          'Your identity provider did not send the required data (a valid fiscal code, name and surname).',
        provider: 'Your identity provider refused or interrupted the login request: please try again.',
        notConfigured: 'Login with SPID and CIE is not active for this municipality.',
      },
    },
  },
} satisfies Partial<Record<Locale, Messages>>;

/** The identity module's messages with the citizen-login texts merged in, per locale. */
export function withCitizenLoginMessages(
  base: Partial<Record<Locale, Messages>> = {},
): Partial<Record<Locale, Messages>> {
  const merged: Partial<Record<Locale, Messages>> = { ...base };
  for (const [locale, messages] of Object.entries(citizenLoginMessages) as [Locale, Messages][]) {
    merged[locale] = { ...(base[locale] ?? {}), ...messages };
  }
  return merged;
}
