import type { CampanileModule } from '../../platform/module.js';
import { registerAuditLogRoutes } from './http/audit-log.js';
import { registerDashboardRoutes } from './http/dashboard.js';
import { AUDIT_PATH, DASHBOARD_PATH } from './http/paths.js';
import { backofficeMessages } from './messages.js';
import { AUDIT_READ, backofficePermissions } from './policy.js';

export { toCsv } from './csv.js';
export { AUDIT_PATH, DASHBOARD_PATH };

/** The back office's own pages: the home (scrivania) and the audit log viewer. */
export const backofficeModule: CampanileModule = {
  name: 'backoffice',
  messages: backofficeMessages,
  permissions: backofficePermissions,
  backofficeNav: [
    {
      href: DASHBOARD_PATH,
      label: 'backoffice.nav.dashboard',
      icon: 'it-presentation',
      permission: null,
      order: 0,
    },
    {
      href: AUDIT_PATH,
      label: 'backoffice.nav.auditLog',
      icon: 'it-files',
      permission: AUDIT_READ,
      order: 900,
    },
  ],
  routes: (app, ctx) => {
    registerDashboardRoutes(app, ctx);
    registerAuditLogRoutes(app, ctx);
  },
};
