import type { Role } from '../../platform/http/types.js';

/** Writing, publishing and deleting the schede di amministrazione: administrators and editors. */
export const ADMINISTRATION_MANAGE = 'administration.manage';

export const administrationPermissions: Record<string, readonly Role[]> = {
  [ADMINISTRATION_MANAGE]: ['admin', 'editor'],
};
