import type { Role } from '../../platform/http/types.js';

/** Reading the catalogue in the back office: every role that answers citizens. */
export const SERVICES_READ = 'services.read';
/** Creating and changing the schede servizio: administrators and editors. */
export const SERVICES_MANAGE = 'services.manage';

export const servicesPermissions: Record<string, readonly Role[]> = {
  [SERVICES_READ]: ['admin', 'editor', 'urp_operator', 'office_operator', 'executive'],
  [SERVICES_MANAGE]: ['admin', 'editor'],
};
