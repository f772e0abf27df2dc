import { eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client.js';
import type { TenantContext } from '../../../platform/http/types.js';
import { tenantHosts, tenants } from '../schema.js';

const TTL_MS = 30_000;
const cache = new Map<string, { tenant: TenantContext | null; until: number }>();

/** Forgets cached look-ups, e.g. after a Comune's settings or host names change. */
export function invalidateTenantCache(): void {
  cache.clear();
}

/**
 * The Comune answering on a host name. Runs on every request, so answers are cached for 30 s
 * (including "none", so a scan of random hosts does not reach the database each time).
 */
export async function findTenantByHost(database: Database, hostname: string): Promise<TenantContext | null> {
  const now = Date.now();
  const hit = cache.get(hostname);
  if (hit && hit.until > now) return hit.tenant;
  const [row] = await database.db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      shortName: tenants.shortName,
      primaryColor: tenants.primaryColor,
      region: tenants.region,
      province: tenants.province,
      address: tenants.address,
      phone: tenants.phone,
      email: tenants.email,
      pec: tenants.pec,
      fiscalCode: tenants.fiscalCode,
      logoKey: tenants.logoKey,
      accessibilityUrl: tenants.accessibilityUrl,
    })
    .from(tenantHosts)
    .innerJoin(tenants, eq(tenants.id, tenantHosts.tenantId))
    .where(eq(tenantHosts.hostname, hostname))
    .limit(1);
  const tenant = row ?? null;
  if (cache.size > 10_000) cache.clear();
  cache.set(hostname, { tenant, until: now + TTL_MS });
  return tenant;
}
