import type { CampanileModule } from '../../platform/module.js';
import { registerIdentityBackoffice } from './http/backoffice.js';
import { identityMessages } from './messages.js';
import { registerCitizenLoginRoutes, withCitizenLoginMessages } from './oidc/index.js';
import { identityPermissions, USERS_MANAGE } from './policy.js';

export { createStaffUser } from './commands/create-staff-user.js';
export { type CitizenLoginSettings, configureCitizenLogin } from './oidc/index.js';
export { USERS_MANAGE } from './policy.js';
export { ROLES, type Role, roleLabelKey } from './roles.js';
export { type CitizenRow, citizens, type StaffUserRow, sessions, staffUsers } from './schema.js';
export {
  actorLoader,
  createSession,
  destroyAllSessions,
  destroySession,
  SESSION_COOKIE,
  setSessionCookie,
} from './sessions.js';

export const identityModule: CampanileModule = {
  name: 'identity',
  messages: withCitizenLoginMessages(identityMessages),
  permissions: identityPermissions,
  routes: (app, ctx) => {
    registerIdentityBackoffice(app, ctx);
    registerCitizenLoginRoutes(app, ctx);
  },
  backofficeNav: [
    {
      href: '/backoffice/utenti',
      label: 'identity.nav.users',
      icon: 'it-user',
      permission: USERS_MANAGE,
      order: 900,
    },
    {
      href: '/backoffice/ruoli',
      label: 'identity.nav.roles',
      icon: 'it-key',
      permission: USERS_MANAGE,
      order: 910,
    },
    {
      href: '/backoffice/account',
      label: 'identity.nav.account',
      icon: 'it-settings',
      permission: null,
      order: 990,
    },
  ],
};
