import { and, asc, eq } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { officeHours, offices } from '../schema.js';

export interface PublicOffice {
  slug: string;
  name: string;
  description: string;
  email: string;
  phone: string;
  address: string;
  /** Opening hours, by ISO weekday then time. */
  hours: Array<{ weekday: number; opens: string; closes: string }>;
}

/** Every office of the Comune with its opening hours, for the public "Uffici" page (no people). */
export async function listPublicOffices(database: Database, tenantId: string): Promise<PublicOffice[]> {
  return withTenant(database, tenantId, async (tx) => {
    const rows = await tx
      .select({
        id: offices.id,
        slug: offices.slug,
        name: offices.name,
        description: offices.description,
        email: offices.email,
        phone: offices.phone,
        address: offices.address,
      })
      .from(offices)
      .where(eq(offices.tenantId, tenantId))
      .orderBy(asc(offices.name), asc(offices.id));
    const hours = await tx
      .select({
        officeId: officeHours.officeId,
        weekday: officeHours.weekday,
        opens: officeHours.opens,
        closes: officeHours.closes,
      })
      .from(officeHours)
      .innerJoin(offices, and(eq(offices.id, officeHours.officeId), eq(offices.tenantId, tenantId)))
      .where(eq(officeHours.tenantId, tenantId))
      .orderBy(asc(officeHours.weekday), asc(officeHours.opens));
    return rows.map(({ id, ...office }) => ({
      ...office,
      hours: hours
        .filter((h) => h.officeId === id)
        .map((h) => ({ weekday: h.weekday, opens: h.opens.slice(0, 5), closes: h.closes.slice(0, 5) })),
    }));
  });
}
