import type { Role } from '../../platform/http/types.js';

/** Changing the Comune's own settings (name, codes, contacts, colours, host names, logo): administrators. */
export const SETTINGS_MANAGE = 'settings.manage';
/** Seeing the frazioni and quartieri: whoever routes or answers citizens' requests. */
export const AREAS_READ = 'areas.read';

export const tenancyPermissions: Record<string, readonly Role[]> = {
  [SETTINGS_MANAGE]: ['admin'],
  [AREAS_READ]: ['admin', 'urp_operator', 'office_operator', 'executive'],
};
