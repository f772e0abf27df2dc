import { and, eq, ne, sql } from 'drizzle-orm';
import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { officeMembers } from '../../offices/index.js';
import { staffUsers } from '../schema.js';
import { deleteStaffSessions, rejectFields, type StaffAuditActor } from './shared.js';
import {
  emailTaken,
  isUniqueViolation,
  normalizeStaffUser,
  replaceOfficeMemberships,
  type StaffUserFields,
  staffUserProblems,
} from './staff-user-fields.js';

export interface UpdateStaffUserInput extends StaffUserFields {
  active: boolean;
}

/**
 * An administrator edits a staff member. Guards: nobody deactivates themselves or drops their own
 * administrator role, and the Comune never loses its last active administrator. Deactivating someone
 * ends their sessions at once.
 */
export async function updateStaffUser(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  userId: string,
  input: UpdateStaffUserInput,
): Promise<{ changed: boolean }> {
  const next = normalizeStaffUser(input);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      const before = await snapshot(tx, tenantId, userId);
      if (!before) throw new AppError('NOT_FOUND');
      const fields: FieldError[] = await staffUserProblems(tx, tenantId, input, next, userId);
      fields.push(...(await adminGuards(tx, tenantId, actor, userId, before, next.roles, input.active)));
      rejectFields(fields);

      const after = { ...next, active: input.active };
      const changes = diff(before, after);
      if (Object.keys(changes).length === 0) return { changed: false };
      await tx
        .update(staffUsers)
        .set({
          fullName: next.fullName,
          email: next.email,
          roles: next.roles,
          company: next.company,
          active: input.active,
          updatedAt: new Date(),
        })
        .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)));
      if (changes.officeIds) await replaceOfficeMemberships(tx, tenantId, userId, next.officeIds);
      const sessionsEnded =
        before.active && !input.active ? await deleteStaffSessions(tx, tenantId, userId) : 0;
      await recordAudit(tx, tenantId, actor, {
        action: 'staff_user.updated',
        entity: 'staff_user',
        entityId: userId,
        changes: sessionsEnded ? { ...changes, sessionsEnded } : changes,
      });
      return { changed: true };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', [emailTaken()]);
    throw err;
  }
}

async function snapshot(tx: Tx, tenantId: string, userId: string) {
  const [row] = await tx
    .select({
      fullName: staffUsers.fullName,
      email: staffUsers.email,
      roles: staffUsers.roles,
      company: staffUsers.company,
      active: staffUsers.active,
      officeIds: sql<
        string[]
      >`coalesce((select array_agg(${officeMembers.officeId}::text order by ${officeMembers.officeId}) from ${officeMembers} where ${officeMembers.staffUserId} = ${staffUsers.id} and ${officeMembers.tenantId} = ${tenantId}), '{}')`,
    })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)))
    .for('update', { of: staffUsers })
    .limit(1);
  if (!row) return null;
  // Same field order as normalizeStaffUser, so diff() compares like with like.
  return {
    fullName: row.fullName,
    email: row.email,
    roles: row.roles,
    officeIds: [...row.officeIds].sort(),
    company: row.company,
    active: row.active,
  };
}

async function adminGuards(
  tx: Tx,
  tenantId: string,
  actor: StaffAuditActor,
  userId: string,
  before: { roles: string[]; active: boolean },
  roles: string[],
  active: boolean,
): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  const self = actor.id === userId;
  if (self && !active)
    fields.push({ path: 'active', code: 'invalid', message: 'identity.users.errors.cannotDeactivateSelf' });
  const wasAdmin = before.active && before.roles.includes('admin');
  const staysAdmin = active && roles.includes('admin');
  if (!wasAdmin || staysAdmin) return fields;
  if (self && !roles.includes('admin')) {
    fields.push({ path: 'roles', code: 'invalid', message: 'identity.users.errors.cannotRemoveOwnAdmin' });
    return fields;
  }
  if (self) return fields;
  // Locking every active administrator serialises concurrent demotions: two of them can never
  // each believe the other admin is still there.
  const others = await tx
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(
      and(
        eq(staffUsers.tenantId, tenantId),
        eq(staffUsers.active, true),
        sql`'admin' = any(${staffUsers.roles})`,
        ne(staffUsers.id, userId),
      ),
    )
    .for('update');
  if (others.length === 0)
    fields.push({
      path: roles.includes('admin') ? 'active' : 'roles',
      code: 'invalid',
      message: 'identity.users.errors.lastAdmin',
    });
  return fields;
}
