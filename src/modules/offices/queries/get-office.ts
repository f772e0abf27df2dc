import { and, asc, eq, notInArray } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { staffUsers } from '../../identity/index.js';
import { areas } from '../../tenancy/index.js';
import { type OpeningSlot, readOpeningHours } from '../commands/set-office-hours.js';
import { officeMembers, offices } from '../schema.js';

export interface OfficeDetail {
  id: string;
  name: string;
  slug: string;
  description: string;
  email: string;
  phone: string;
  address: string;
  areaId: string | null;
  areaName: string | null;
  hours: OpeningSlot[];
  members: Array<{ id: string; fullName: string; email: string; active: boolean }>;
}

/** One office with its area, weekly hours and people; null when the Comune has no such office. */
export async function getOffice(
  database: Database,
  tenantId: string,
  officeId: string,
): Promise<OfficeDetail | null> {
  return withTenant(database, tenantId, async (tx) => {
    const [office] = await tx
      .select({
        id: offices.id,
        name: offices.name,
        slug: offices.slug,
        description: offices.description,
        email: offices.email,
        phone: offices.phone,
        address: offices.address,
        areaId: offices.areaId,
        areaName: areas.name,
      })
      .from(offices)
      .leftJoin(areas, and(eq(areas.id, offices.areaId), eq(areas.tenantId, tenantId)))
      .where(and(eq(offices.tenantId, tenantId), eq(offices.id, officeId)))
      .limit(1);
    if (!office) return null;
    const hours = await readOpeningHours(tx, tenantId, officeId);
    const members = await tx
      .select({
        id: staffUsers.id,
        fullName: staffUsers.fullName,
        email: staffUsers.email,
        active: staffUsers.active,
      })
      .from(officeMembers)
      .innerJoin(
        staffUsers,
        and(eq(staffUsers.id, officeMembers.staffUserId), eq(staffUsers.tenantId, tenantId)),
      )
      .where(and(eq(officeMembers.tenantId, tenantId), eq(officeMembers.officeId, officeId)))
      .orderBy(asc(staffUsers.fullName));
    return { ...office, hours, members };
  });
}

/** Frazioni and quartieri for the office form's drop-down. */
export async function listAreaOptions(
  database: Database,
  tenantId: string,
): Promise<Array<{ id: string; name: string }>> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({ id: areas.id, name: areas.name })
      .from(areas)
      .where(eq(areas.tenantId, tenantId))
      .orderBy(asc(areas.name)),
  );
}

/** Active staff who are not yet members of the office, for the "add a person" drop-down. */
export async function listStaffOptions(
  database: Database,
  tenantId: string,
  excludeIds: string[],
): Promise<Array<{ id: string; fullName: string; email: string }>> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({ id: staffUsers.id, fullName: staffUsers.fullName, email: staffUsers.email })
      .from(staffUsers)
      .where(
        and(
          eq(staffUsers.tenantId, tenantId),
          eq(staffUsers.active, true),
          excludeIds.length ? notInArray(staffUsers.id, excludeIds) : undefined,
        ),
      )
      .orderBy(asc(staffUsers.fullName))
      .limit(1000),
  );
}
