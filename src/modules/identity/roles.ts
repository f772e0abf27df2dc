import { ROLES, type Role } from '../../platform/http/types.js';

export { ROLES, type Role };

/** i18n keys of a role's Italian name and its one-line description (see messages.ts). */
export const roleLabelKey = (role: Role) => `identity.roles.${role}.label`;
export const roleDescriptionKey = (role: Role) => `identity.roles.${role}.description`;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
