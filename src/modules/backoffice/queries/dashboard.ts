import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { citizens, staffUsers } from '../../identity/index.js';
import { offices } from '../../offices/index.js';
import { areas } from '../../tenancy/index.js';

export interface DashboardFigures {
  staffUsers: number;
  offices: number;
  areas: number;
  citizens: number;
  myOffices: Array<{ id: string; name: string }>;
}

/** The figures and the person's own offices shown on the back-office home page. */
export async function dashboardFigures(
  database: Database,
  tenantId: string,
  officeIds: string[],
): Promise<DashboardFigures> {
  return withTenant(database, tenantId, async (tx) => {
    const [staff] = await tx
      .select({ n: count() })
      .from(staffUsers)
      .where(and(eq(staffUsers.tenantId, tenantId), eq(staffUsers.active, true)));
    const [officeCount] = await tx.select({ n: count() }).from(offices).where(eq(offices.tenantId, tenantId));
    const [areaCount] = await tx.select({ n: count() }).from(areas).where(eq(areas.tenantId, tenantId));
    const [citizenCount] = await tx
      .select({ n: count() })
      .from(citizens)
      .where(eq(citizens.tenantId, tenantId));
    const myOffices = officeIds.length
      ? await tx
          .select({ id: offices.id, name: offices.name })
          .from(offices)
          .where(and(eq(offices.tenantId, tenantId), inArray(offices.id, officeIds)))
          .orderBy(asc(offices.name))
      : [];
    return {
      staffUsers: Number(staff?.n ?? 0),
      offices: Number(officeCount?.n ?? 0),
      areas: Number(areaCount?.n ?? 0),
      citizens: Number(citizenCount?.n ?? 0),
      myOffices,
    };
  });
}
