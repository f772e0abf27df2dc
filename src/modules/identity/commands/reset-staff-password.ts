import { and, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { generatePassword } from '../password-policy.js';
import { hashPassword } from '../passwords.js';
import { staffUsers } from '../schema.js';
import { deleteStaffSessions, type StaffAuditActor } from './shared.js';

/**
 * An administrator resets someone's password: a temporary one, shown once, to be changed at the next
 * login. Their sessions end and any lockout is lifted (the reset is the way back in).
 */
export async function resetStaffPassword(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  userId: string,
): Promise<{ temporaryPassword: string }> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .select({ mustChangePassword: staffUsers.mustChangePassword, lockedUntil: staffUsers.lockedUntil })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)))
      .for('update')
      .limit(1);
    if (!before) throw new AppError('NOT_FOUND');
    await tx
      .update(staffUsers)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      })
      .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)));
    const sessionsEnded = await deleteStaffSessions(tx, tenantId, userId);
    await recordAudit(tx, tenantId, actor, {
      action: 'staff_user.password_reset',
      entity: 'staff_user',
      entityId: userId,
      changes: {
        ...diff(
          {
            passwordHash: 'old',
            mustChangePassword: before.mustChangePassword,
            lockedUntil: before.lockedUntil,
          },
          { passwordHash: 'new', mustChangePassword: true, lockedUntil: null },
        ),
        sessionsEnded,
      },
    });
  });
  return { temporaryPassword };
}
