import type { CampanileModule } from '../../platform/module.js';

export { createTenant, type NewTenant } from './commands/create-tenant.js';
export { findTenantByHost, invalidateTenantCache } from './queries/find-tenant-by-host.js';
export { type AreaRow, areas, type TenantRow, tenantHosts, tenantSettings, tenants } from './schema.js';

export const tenancyModule: CampanileModule = {
  name: 'tenancy',
};
