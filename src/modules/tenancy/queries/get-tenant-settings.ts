import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.js';
import { tenantHosts, tenants } from '../schema.js';

/** What the settings form edits, with the host names in a stable order. */
export interface TenantSettings {
  name: string;
  shortName: string;
  istatCode: string;
  fiscalCode: string;
  address: string;
  postalCode: string;
  province: string;
  region: string;
  phone: string;
  email: string;
  pec: string;
  website: string;
  /** The accessibility declaration on form.agid.gov.it, '' when not yet published. */
  accessibilityUrl: string;
  primaryColor: string;
  secondaryColor: string;
  hostnames: string[];
  logoKey: string | null;
}

/** Reads the Comune's settings with the caller's executor (inside withTenant for a request). */
export async function readTenantSettings(tx: Executor, tenantId: string): Promise<TenantSettings | null> {
  const [row] = await tx
    .select({
      name: tenants.name,
      shortName: tenants.shortName,
      istatCode: tenants.istatCode,
      fiscalCode: tenants.fiscalCode,
      address: tenants.address,
      postalCode: tenants.postalCode,
      province: tenants.province,
      region: tenants.region,
      phone: tenants.phone,
      email: tenants.email,
      pec: tenants.pec,
      website: tenants.website,
      accessibilityUrl: tenants.accessibilityUrl,
      primaryColor: tenants.primaryColor,
      secondaryColor: tenants.secondaryColor,
      logoKey: tenants.logoKey,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1);
  if (!row) return null;
  const hosts = await tx
    .select({ hostname: tenantHosts.hostname })
    .from(tenantHosts)
    .where(eq(tenantHosts.tenantId, tenantId))
    .orderBy(asc(tenantHosts.hostname));
  return { ...row, hostnames: hosts.map((h) => h.hostname) };
}
