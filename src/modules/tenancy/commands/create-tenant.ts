import type { Database } from '../../../platform/db/client.js';
import { invalidateTenantCache } from '../queries/find-tenant-by-host.js';
import { tenantHosts, tenants } from '../schema.js';

export type NewTenant = typeof tenants.$inferInsert & { hostnames: string[] };

/** Creates a Comune with its host names in one transaction (system operation: no tenant context yet). */
export async function createTenant(database: Database, input: NewTenant): Promise<string> {
  const { hostnames, ...values } = input;
  const id = await database.db.transaction(async (tx) => {
    const [row] = await tx.insert(tenants).values(values).returning({ id: tenants.id });
    if (!row) throw new Error('tenant insert returned nothing');
    if (hostnames.length) {
      await tx
        .insert(tenantHosts)
        .values(hostnames.map((hostname) => ({ hostname: hostname.toLowerCase(), tenantId: row.id })));
    }
    return row.id;
  });
  invalidateTenantCache();
  return id;
}
