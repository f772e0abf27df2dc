import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema.js';
import { type Database, queryRows, withTenant } from '../../../platform/db/client.js';
import { citizens, staffUsers } from '../../identity/index.js';
import { offices } from '../../offices/index.js';
import { areas } from '../../tenancy/index.js';
import { type AuditEvent, auditColumns } from './list-audit-events.js';

export interface DashboardFigures {
  staffUsers: number;
  offices: number;
  areas: number;
  citizens: number;
  myOffices: Array<{ id: string; name: string }>;
  /** The newest audit events, when asked for (only for those who may read the log). */
  latestEvents: AuditEvent[];
}

/** The figures and the person's own offices shown on the back-office home page. */
export async function dashboardFigures(
  database: Database,
  tenantId: string,
  officeIds: string[],
  latestEventCount = 0,
): Promise<DashboardFigures> {
  // One transaction for the whole page: each extra one costs three round trips.
  return withTenant(database, tenantId, async (tx) => {
    // The four figures in one round trip.
    const [figures] = await queryRows<{ staff: number; offices: number; areas: number; citizens: number }>(
      tx,
      sql`select
        (select count(*)::int from ${staffUsers} where ${staffUsers.tenantId} = ${tenantId} and ${staffUsers.active}) as staff,
        (select count(*)::int from ${offices} where ${offices.tenantId} = ${tenantId}) as offices,
        (select count(*)::int from ${areas} where ${areas.tenantId} = ${tenantId}) as areas,
        (select count(*)::int from ${citizens} where ${citizens.tenantId} = ${tenantId}) as citizens`,
    );
    const myOffices = officeIds.length
      ? await tx
          .select({ id: offices.id, name: offices.name })
          .from(offices)
          .where(and(eq(offices.tenantId, tenantId), inArray(offices.id, officeIds)))
          .orderBy(asc(offices.name))
      : [];
    const latestEvents = latestEventCount
      ? await tx
          .select(auditColumns)
          .from(auditLog)
          .where(eq(auditLog.tenantId, tenantId))
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(latestEventCount)
      : [];
    return {
      latestEvents,
      staffUsers: Number(figures?.staff ?? 0),
      offices: Number(figures?.offices ?? 0),
      areas: Number(figures?.areas ?? 0),
      citizens: Number(figures?.citizens ?? 0),
      myOffices,
    };
  });
}
