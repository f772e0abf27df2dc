import { and, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { staffUsers } from '../schema.js';
import { checkTotpCode, newTotpSecret } from '../totp.js';
import { rejectFields, type StaffAuditActor } from './shared.js';

/**
 * First step of turning TOTP on: a fresh secret is stored but not yet in force (totpEnabled stays
 * false, login ignores it) until the person proves their app reads it by typing a code.
 */
export async function startTotpSetup(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
): Promise<string> {
  const secret = newTotpSecret();
  await withTenant(database, tenantId, async (tx) => {
    const [updated] = await tx
      .update(staffUsers)
      .set({ totpSecret: secret, updatedAt: new Date() })
      .where(
        and(
          eq(staffUsers.id, actor.id),
          eq(staffUsers.tenantId, tenantId),
          eq(staffUsers.totpEnabled, false),
        ),
      )
      .returning({ id: staffUsers.id });
    if (!updated) throw new AppError('CONFLICT');
    await recordAudit(tx, tenantId, actor, {
      action: 'staff_user.totp_setup_started',
      entity: 'staff_user',
      entityId: actor.id,
      changes: diff({ totpSecret: null }, { totpSecret: 'new' }),
    });
  });
  return secret;
}

/** Second step: the code from the app matches the pending secret, so TOTP is required from now on. */
export async function enableTotp(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  input: { code: string },
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    const [user] = await tx
      .select({ totpSecret: staffUsers.totpSecret, totpEnabled: staffUsers.totpEnabled })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, actor.id), eq(staffUsers.tenantId, tenantId)))
      .for('update')
      .limit(1);
    if (!user || user.totpEnabled || !user.totpSecret) throw new AppError('CONFLICT');
    if (!(await checkTotpCode(user.totpSecret, input.code)))
      rejectFields([{ path: 'code', code: 'invalid', message: 'identity.totp.codeWrong' }]);
    await tx
      .update(staffUsers)
      .set({ totpEnabled: true, updatedAt: new Date() })
      .where(and(eq(staffUsers.id, actor.id), eq(staffUsers.tenantId, tenantId)));
    await recordAudit(tx, tenantId, actor, {
      action: 'staff_user.totp_enabled',
      entity: 'staff_user',
      entityId: actor.id,
      changes: diff({ totpEnabled: false }, { totpEnabled: true }),
    });
  });
}
