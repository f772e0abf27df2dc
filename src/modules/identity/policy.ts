import type { Role } from '../../platform/http/types.js';

/** Managing staff accounts and their roles: administrators only. */
export const USERS_MANAGE = 'users.manage';

/**
 * What the identity module lets staff do, and which roles may. The administrator holds every
 * permission anyway (see platform/auth/policy.ts); listing it keeps the table readable.
 */
export const identityPermissions: Record<string, readonly Role[]> = {
  [USERS_MANAGE]: ['admin'],
};
