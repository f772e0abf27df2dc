import type { Role } from '../../platform/http/types.js';

/** Seeing the offices, their hours and their people: every role that deals with citizens' requests. */
export const OFFICES_READ = 'offices.read';
/** Creating, changing and deleting offices, their hours and their members: administrators. */
export const OFFICES_MANAGE = 'offices.manage';

export const officesPermissions: Record<string, readonly Role[]> = {
  [OFFICES_READ]: ['admin', 'urp_operator', 'office_operator', 'executive'],
  [OFFICES_MANAGE]: ['admin'],
};
