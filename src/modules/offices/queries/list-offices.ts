import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { areas } from '../../tenancy/index.js';
import { officeMembers, offices } from '../schema.js';

export const OFFICE_SORTS = ['name', '-name'] as const;
export type OfficeSort = (typeof OFFICE_SORTS)[number];
export const OFFICE_PAGE_SIZE = 20;

export interface OfficeFilter {
  /** Words of the name, description or e-mail; accents and case do not matter. */
  q?: string | undefined;
  areaId?: string | undefined;
  sort?: OfficeSort | undefined;
}

export interface OfficeListRow {
  id: string;
  name: string;
  slug: string;
  email: string;
  phone: string;
  areaName: string | null;
  members: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listOffices(
  database: Database,
  tenantId: string,
  filter: OfficeFilter,
  page = 1,
  pageSize = OFFICE_PAGE_SIZE,
): Promise<{ rows: OfficeListRow[]; total: number; page: number; pageSize: number }> {
  const q = filter.q?.trim();
  const like = q ? `%${escapeLike(q)}%` : '';
  const textMatch: SQL | undefined = q
    ? sql`(immutable_unaccent(${offices.name}) ilike immutable_unaccent(${like})
          or immutable_unaccent(${offices.description}) ilike immutable_unaccent(${like})
          or ${offices.email} ilike ${like})`
    : undefined;
  const where = and(
    eq(offices.tenantId, tenantId),
    filter.areaId ? eq(offices.areaId, filter.areaId) : undefined,
    textMatch,
  );
  return withTenant(database, tenantId, async (tx) => {
    const [totalRow] = await tx.select({ n: count() }).from(offices).where(where);
    const total = Number(totalRow?.n ?? 0);
    const current = Math.min(Math.max(1, page), Math.max(1, Math.ceil(total / pageSize)));
    const rows = await tx
      .select({
        id: offices.id,
        name: offices.name,
        slug: offices.slug,
        email: offices.email,
        phone: offices.phone,
        areaName: areas.name,
        members: sql<number>`(select count(*)::int from ${officeMembers}
          where ${officeMembers.officeId} = ${offices.id} and ${officeMembers.tenantId} = ${tenantId})`,
      })
      .from(offices)
      .leftJoin(areas, and(eq(areas.id, offices.areaId), eq(areas.tenantId, tenantId)))
      .where(where)
      .orderBy(filter.sort === '-name' ? desc(offices.name) : asc(offices.name), asc(offices.id))
      .limit(pageSize)
      .offset((current - 1) * pageSize);
    return { rows: rows.map((r) => ({ ...r, members: Number(r.members) })), total, page: current, pageSize };
  });
}
