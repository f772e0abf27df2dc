export const NOTICE_PATH = '/privacy';
export const NOTICE_VERSIONS_PATH = '/privacy/versioni';

export const AREA_PATH = '/area-personale';
export const AREA_CONTACTS_PATH = '/area-personale/contatti';
export const AREA_NOTICE_PATH = '/area-personale/privacy';
export const AREA_CONSENTS_PATH = '/area-personale/consensi';
export const AREA_EXPORT_PATH = '/area-personale/dati.json';
export const AREA_ERASURE_PATH = '/area-personale/cancellazione';
export const LOGOUT_PATH = '/esci';

export const BO_PRIVACY_PATH = '/backoffice/privacy';
export const BO_NEW_NOTICE_PATH = '/backoffice/privacy/nuova-versione';
export const BO_REQUESTS_PATH = '/backoffice/privacy/richieste';
export const BO_RETENTION_PATH = '/backoffice/privacy/conservazione';

/**
 * Personal-area pages a citizen may open before acknowledging the notice: the notice itself, and the
 * exercise of their rights (access and erasure are not conditional on reading a notice).
 */
export const GATE_EXEMPT = new Set([AREA_NOTICE_PATH, AREA_EXPORT_PATH, AREA_ERASURE_PATH]);

/** A page of the personal area to go back to after acknowledging the notice, or null. */
export function personalAreaNext(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 500) return null;
  if (!/^\/area-personale(?:[/?]|$)/.test(value)) return null;
  if (/[\\\s]|\/\/|\/\.\.?(?:\/|$)/.test(value)) return null;
  if (value.split('?')[0] === AREA_NOTICE_PATH) return null;
  return value;
}
