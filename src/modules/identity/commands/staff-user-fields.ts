import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import type { FieldError } from '../../../platform/errors/catalogue.js';
import { officeMembers, offices } from '../../offices/index.js';
import { ROLES, type Role } from '../roles.js';
import { staffUsers } from '../schema.js';

/** What an administrator edits about a staff member (create and edit forms share it). */
export interface StaffUserFields {
  fullName: string;
  email: string;
  roles: string[];
  officeIds: string[];
  /** For contractors (ditta esterna): required with that role, dropped without it. */
  company: string;
}

export interface NormalizedStaffUser {
  fullName: string;
  email: string;
  roles: Role[];
  officeIds: string[];
  company: string | null;
}

export function normalizeStaffUser(input: StaffUserFields): NormalizedStaffUser {
  // In the catalogue's order, so the same set of roles always compares equal.
  const roles = ROLES.filter((r) => input.roles.includes(r));
  const company = input.company.trim();
  return {
    fullName: input.fullName.trim().replace(/\s+/g, ' '),
    email: input.email.trim().toLowerCase(),
    roles,
    officeIds: [...new Set(input.officeIds)].sort(),
    company: roles.includes('contractor') && company ? company : null,
  };
}

/** The checks a schema cannot make: uniqueness, the Comune's own offices, rules between fields. */
export async function staffUserProblems(
  tx: Tx,
  tenantId: string,
  input: StaffUserFields,
  normalized: NormalizedStaffUser,
  excludeUserId?: string,
): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  if (!normalized.fullName)
    fields.push({ path: 'fullName', code: 'required', message: 'validation.required' });
  if (normalized.email) {
    const [taken] = await tx
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .where(
        and(
          eq(staffUsers.tenantId, tenantId),
          sql`lower(${staffUsers.email}) = ${normalized.email}`,
          excludeUserId ? ne(staffUsers.id, excludeUserId) : undefined,
        ),
      )
      .limit(1);
    if (taken) fields.push(emailTaken());
  }
  if (normalized.roles.length === 0 || normalized.roles.length !== new Set(input.roles).size)
    fields.push({ path: 'roles', code: 'required', message: 'identity.users.errors.rolesRequired' });
  if (normalized.roles.includes('contractor') && !input.company.trim())
    fields.push({ path: 'company', code: 'required', message: 'identity.users.errors.companyRequired' });
  if (normalized.officeIds.length > 0) {
    const found = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.tenantId, tenantId), inArray(offices.id, normalized.officeIds)));
    if (found.length !== normalized.officeIds.length)
      fields.push({ path: 'officeIds', code: 'invalid', message: 'identity.users.errors.unknownOffice' });
  }
  return fields;
}

export const emailTaken = (): FieldError => ({
  path: 'email',
  code: 'duplicate',
  message: 'identity.users.errors.emailTaken',
});

/** True for PostgreSQL's unique_violation, however the driver wraps it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

export async function replaceOfficeMemberships(
  tx: Tx,
  tenantId: string,
  staffUserId: string,
  officeIds: string[],
): Promise<void> {
  await tx
    .delete(officeMembers)
    .where(and(eq(officeMembers.tenantId, tenantId), eq(officeMembers.staffUserId, staffUserId)));
  if (officeIds.length > 0)
    await tx.insert(officeMembers).values(officeIds.map((officeId) => ({ tenantId, officeId, staffUserId })));
}
