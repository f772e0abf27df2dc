import { and, eq } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { staffUsers } from '../schema.js';

/** The secret waiting for confirmation (TOTP set up but not yet enabled), or null. */
export async function getPendingTotpSecret(
  database: Database,
  tenantId: string,
  userId: string,
): Promise<{ secret: string; email: string } | null> {
  const [row] = await withTenant(database, tenantId, (tx) =>
    tx
      .select({ secret: staffUsers.totpSecret, enabled: staffUsers.totpEnabled, email: staffUsers.email })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)))
      .limit(1),
  );
  if (!row || row.enabled || !row.secret) return null;
  return { secret: row.secret, email: row.email };
}
