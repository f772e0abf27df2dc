import type { CampanileModule } from '../../platform/module.js';
import { AREAS_PATH, registerTenancyBackofficeRoutes, SETTINGS_PATH } from './http/backoffice.js';
import { tenancyMessages } from './messages.js';
import { AREAS_READ, SETTINGS_MANAGE, tenancyPermissions } from './policy.js';

export { createTenant, type NewTenant } from './commands/create-tenant.js';
export { findTenantByHost, invalidateTenantCache } from './queries/find-tenant-by-host.js';
export { type AreaRow, areas, type TenantRow, tenantHosts, tenantSettings, tenants } from './schema.js';

export const tenancyModule: CampanileModule = {
  name: 'tenancy',
  messages: tenancyMessages,
  permissions: tenancyPermissions,
  backofficeNav: [
    {
      href: AREAS_PATH,
      label: 'tenancy.nav.areas',
      icon: 'it-map-marker',
      permission: AREAS_READ,
      order: 800,
    },
    {
      href: SETTINGS_PATH,
      label: 'tenancy.nav.settings',
      icon: 'it-settings',
      permission: SETTINGS_MANAGE,
      order: 950,
    },
  ],
  routes: (app, ctx) => registerTenancyBackofficeRoutes(app, ctx),
};
