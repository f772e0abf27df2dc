import { and, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { verifyPassword } from '../passwords.js';
import { staffUsers } from '../schema.js';
import { rejectFields, type StaffAuditActor } from './shared.js';

/** Turns TOTP off for oneself; the password confirms it is really the owner at the keyboard. */
export async function disableTotp(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  input: { password: string },
): Promise<void> {
  const [user] = await withTenant(database, tenantId, (tx) =>
    tx
      .select({ passwordHash: staffUsers.passwordHash, totpEnabled: staffUsers.totpEnabled })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, actor.id), eq(staffUsers.tenantId, tenantId)))
      .limit(1),
  );
  if (!user) throw new AppError('NOT_FOUND');
  if (!(await verifyPassword(user.passwordHash, input.password)))
    rejectFields([{ path: 'password', code: 'invalid', message: 'identity.password.currentWrong' }]);
  if (!user.totpEnabled) throw new AppError('CONFLICT');
  await withTenant(database, tenantId, async (tx) => {
    await tx
      .update(staffUsers)
      .set({ totpEnabled: false, totpSecret: null, updatedAt: new Date() })
      .where(and(eq(staffUsers.id, actor.id), eq(staffUsers.tenantId, tenantId)));
    await recordAudit(tx, tenantId, actor, {
      action: 'staff_user.totp_disabled',
      entity: 'staff_user',
      entityId: actor.id,
      changes: diff({ totpEnabled: true, totpSecret: 'old' }, { totpEnabled: false, totpSecret: null }),
    });
  });
}
