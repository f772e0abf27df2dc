import { and, asc, eq, sql } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { officeMembers, offices } from '../../offices/index.js';
import type { Role } from '../roles.js';
import { staffUsers } from '../schema.js';

export interface StaffUserDetail {
  id: string;
  fullName: string;
  email: string;
  roles: Role[];
  officeIds: string[];
  company: string | null;
  active: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  lockedUntil: Date | null;
  passwordChangedAt: Date | null;
  createdAt: Date;
}

export async function getStaffUser(
  database: Database,
  tenantId: string,
  userId: string,
): Promise<StaffUserDetail | null> {
  const [row] = await withTenant(database, tenantId, (tx) =>
    tx
      .select({
        id: staffUsers.id,
        fullName: staffUsers.fullName,
        email: staffUsers.email,
        roles: staffUsers.roles,
        company: staffUsers.company,
        active: staffUsers.active,
        mustChangePassword: staffUsers.mustChangePassword,
        totpEnabled: staffUsers.totpEnabled,
        lastLoginAt: staffUsers.lastLoginAt,
        lockedUntil: staffUsers.lockedUntil,
        passwordChangedAt: staffUsers.passwordChangedAt,
        createdAt: staffUsers.createdAt,
        officeIds: sql<
          string[]
        >`coalesce((select array_agg(${officeMembers.officeId}::text) from ${officeMembers} where ${officeMembers.staffUserId} = ${staffUsers.id} and ${officeMembers.tenantId} = ${tenantId}), '{}')`,
      })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)))
      .limit(1),
  );
  return row ? { ...row, roles: row.roles as Role[] } : null;
}

/** The Comune's offices, for the checkboxes of the staff form. */
export async function listOfficeOptions(
  database: Database,
  tenantId: string,
): Promise<Array<{ id: string; name: string }>> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({ id: offices.id, name: offices.name })
      .from(offices)
      .where(eq(offices.tenantId, tenantId))
      .orderBy(asc(offices.name)),
  );
}
