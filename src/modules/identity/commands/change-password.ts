import { and, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { passwordProblems } from '../password-policy.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { staffUsers } from '../schema.js';
import { deleteStaffSessions, rejectFields, type StaffAuditActor } from './shared.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  /** The session the change is made from stays open; every other one of the person ends. */
  keepSessionId: string;
}

/**
 * A staff member chooses a new password (also the way out of a temporary one): the current password
 * proves it is them, the new one follows the policy and differs from the old one.
 */
export async function changePassword(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  input: ChangePasswordInput,
): Promise<void> {
  const [user] = await withTenant(database, tenantId, (tx) =>
    tx
      .select({
        email: staffUsers.email,
        passwordHash: staffUsers.passwordHash,
        mustChangePassword: staffUsers.mustChangePassword,
      })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, actor.id), eq(staffUsers.tenantId, tenantId)))
      .limit(1),
  );
  if (!user) throw new AppError('NOT_FOUND');
  const fields: FieldError[] = [];
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    fields.push({ path: 'currentPassword', code: 'invalid', message: 'identity.password.currentWrong' });
  const problems = passwordProblems(input.newPassword, user.email, 'newPassword');
  fields.push(...problems);
  if (problems.length === 0 && input.newPassword === input.currentPassword)
    fields.push({ path: 'newPassword', code: 'invalid', message: 'identity.password.sameAsCurrent' });
  if (input.confirmPassword !== input.newPassword)
    fields.push({ path: 'confirmPassword', code: 'invalid', message: 'identity.password.mismatch' });
  rejectFields(fields);

  const passwordHash = await hashPassword(input.newPassword);
  await withTenant(database, tenantId, async (tx) => {
    const now = new Date();
    await tx
      .update(staffUsers)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where(and(eq(staffUsers.id, actor.id), eq(staffUsers.tenantId, tenantId)));
    const ended = await deleteStaffSessions(tx, tenantId, actor.id, input.keepSessionId);
    await recordAudit(tx, tenantId, actor, {
      action: 'staff_user.password_changed',
      entity: 'staff_user',
      entityId: actor.id,
      changes: {
        ...diff(
          { passwordHash: 'old', mustChangePassword: user.mustChangePassword },
          { passwordHash: 'new', mustChangePassword: false },
        ),
        otherSessionsEnded: ended,
      },
    });
  });
}
