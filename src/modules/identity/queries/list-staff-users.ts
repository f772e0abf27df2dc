import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import type { Role } from '../roles.js';
import { staffUsers } from '../schema.js';

export const STAFF_SORTS = ['name', '-name', 'email', '-email', 'lastLogin', '-lastLogin'] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];
export const STAFF_PAGE_SIZE = 25;

export interface StaffListFilter {
  /** Free text on name and e-mail. */
  q?: string | undefined;
  role?: Role | undefined;
  active?: 'yes' | 'no' | undefined;
  sort?: StaffSort | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface StaffListRow {
  id: string;
  fullName: string;
  email: string;
  roles: Role[];
  company: string | null;
  active: boolean;
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  locked: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The back office's list of staff accounts: filtered, sorted and one page at a time. */
export async function listStaffUsers(
  database: Database,
  tenantId: string,
  filter: StaffListFilter,
): Promise<{ rows: StaffListRow[]; total: number; page: number; pageSize: number }> {
  const pageSize = filter.pageSize ?? STAFF_PAGE_SIZE;
  const page = Math.max(1, filter.page ?? 1);
  const conditions: (SQL | undefined)[] = [eq(staffUsers.tenantId, tenantId)];
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(staffUsers.fullName, pattern), ilike(staffUsers.email, pattern)));
  }
  if (filter.role) conditions.push(sql`${filter.role} = any(${staffUsers.roles})`);
  if (filter.active) conditions.push(eq(staffUsers.active, filter.active === 'yes'));
  const where = and(...conditions);

  const sort = filter.sort ?? 'name';
  const direction = sort.startsWith('-') ? desc : asc;
  const column = sort.replace(/^-/, '');
  const order: SQL[] =
    column === 'email'
      ? [direction(sql`lower(${staffUsers.email})`)]
      : column === 'lastLogin'
        ? [sql`${staffUsers.lastLoginAt} ${sql.raw(sort.startsWith('-') ? 'desc' : 'asc')} nulls last`]
        : [direction(sql`lower(${staffUsers.fullName})`)];
  order.push(asc(staffUsers.id));

  return withTenant(database, tenantId, async (tx) => {
    const [totalRow] = await tx.select({ n: count() }).from(staffUsers).where(where);
    const rows = await tx
      .select({
        id: staffUsers.id,
        fullName: staffUsers.fullName,
        email: staffUsers.email,
        roles: staffUsers.roles,
        company: staffUsers.company,
        active: staffUsers.active,
        totpEnabled: staffUsers.totpEnabled,
        lastLoginAt: staffUsers.lastLoginAt,
        locked: sql<boolean>`coalesce(${staffUsers.lockedUntil} > now(), false)`,
      })
      .from(staffUsers)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return { rows: rows as StaffListRow[], total: Number(totalRow?.n ?? 0), page, pageSize };
  });
}
