import { and, eq } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { staffUsers } from '../schema.js';
import { checkTotpCode } from '../totp.js';
import { isLocked, loginAttemptActor, recordFailedLogin, recordSuccessfulLogin } from './login-attempts.js';

export type SecondFactorResult =
  | { ok: true; mustChangePassword: boolean }
  /** `ended`: the half-done login cannot go on (account locked, deactivated or TOTP turned off). */
  | { ok: false; ended: boolean };

/**
 * Second step of a staff login: the 6-digit TOTP code (one step of clock drift either way). Wrong
 * codes count towards the same lockout as wrong passwords.
 */
export async function verifySecondFactor(
  database: Database,
  tenantId: string,
  input: { userId: string; code: string; ip: string | null; requestId: string | null },
): Promise<SecondFactorResult> {
  const [user] = await withTenant(database, tenantId, (tx) =>
    tx
      .select({
        id: staffUsers.id,
        fullName: staffUsers.fullName,
        active: staffUsers.active,
        lockedUntil: staffUsers.lockedUntil,
        totpEnabled: staffUsers.totpEnabled,
        totpSecret: staffUsers.totpSecret,
        mustChangePassword: staffUsers.mustChangePassword,
      })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, input.userId), eq(staffUsers.tenantId, tenantId)))
      .limit(1),
  );
  if (!user?.active || !user.totpEnabled || isLocked(user)) return { ok: false, ended: true };
  if (!(await checkTotpCode(user.totpSecret, input.code))) {
    const locked = await withTenant(database, tenantId, (tx) =>
      recordFailedLogin(tx, tenantId, user.id, loginAttemptActor(input.ip, input.requestId), 'second-factor'),
    );
    return { ok: false, ended: locked };
  }
  await withTenant(database, tenantId, (tx) =>
    recordSuccessfulLogin(tx, tenantId, user, input.ip, input.requestId, 'password+totp'),
  );
  return { ok: true, mustChangePassword: user.mustChangePassword };
}
