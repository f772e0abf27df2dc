import { sql } from 'drizzle-orm';
import { type Database, queryRows, withTenant } from '../../../platform/db/client.js';

/** How many active staff members hold each role, for the roles page. */
export async function countStaffByRole(database: Database, tenantId: string): Promise<Map<string, number>> {
  const rows = await withTenant(database, tenantId, (tx) =>
    queryRows<{ role: string; n: number | string }>(
      tx,
      sql`select r.role, count(*) as n from staff_user, unnest(roles) as r(role)
          where tenant_id = ${tenantId} and active group by r.role`,
    ),
  );
  return new Map(rows.map((r) => [r.role, Number(r.n)]));
}
