import { and, eq, sql } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { verifyPassword } from '../passwords.js';
import { staffUsers } from '../schema.js';
import { isLocked, loginAttemptActor, recordFailedLogin, recordSuccessfulLogin } from './login-attempts.js';

export interface LoginAttempt {
  email: string;
  password: string;
  ip: string | null;
  requestId: string | null;
}

export type AuthenticationResult =
  | {
      ok: true;
      userId: string;
      /** Password accepted but a TOTP code is still due: the session must stay pending. */
      needsSecondFactor: boolean;
      mustChangePassword: boolean;
    }
  /**
   * Every refusal looks the same to the person (unknown e-mail, wrong password, locked or inactive
   * account): the reason is for logs and tests, never for the page.
   */
  | { ok: false; reason: 'invalid' | 'locked' | 'inactive'; lockedNow?: boolean };

/**
 * Checks a staff member's e-mail and password for one Comune. The password hash is verified even
 * when the account does not exist, so response times do not tell which addresses have accounts.
 */
export async function authenticateStaff(
  database: Database,
  tenantId: string,
  attempt: LoginAttempt,
): Promise<AuthenticationResult> {
  const email = attempt.email.trim();
  const [user] = await withTenant(database, tenantId, (tx) =>
    tx
      .select({
        id: staffUsers.id,
        fullName: staffUsers.fullName,
        passwordHash: staffUsers.passwordHash,
        active: staffUsers.active,
        lockedUntil: staffUsers.lockedUntil,
        totpEnabled: staffUsers.totpEnabled,
        mustChangePassword: staffUsers.mustChangePassword,
      })
      .from(staffUsers)
      .where(and(eq(staffUsers.tenantId, tenantId), sql`lower(${staffUsers.email}) = lower(${email})`))
      .limit(1),
  );
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, attempt.password);
  if (!user) return { ok: false, reason: 'invalid' };
  // A locked account refuses even the right password, and further attempts do not extend the lock.
  if (isLocked(user)) return { ok: false, reason: 'locked' };
  if (!user.active) return { ok: false, reason: 'inactive' };
  const actor = loginAttemptActor(attempt.ip, attempt.requestId);
  if (!passwordOk) {
    const lockedNow = await withTenant(database, tenantId, (tx) =>
      recordFailedLogin(tx, tenantId, user.id, actor, 'password'),
    );
    return { ok: false, reason: 'invalid', lockedNow };
  }
  if (!user.totpEnabled) {
    await withTenant(database, tenantId, (tx) =>
      recordSuccessfulLogin(tx, tenantId, user, attempt.ip, attempt.requestId, 'password'),
    );
  }
  return {
    ok: true,
    userId: user.id,
    needsSecondFactor: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
  };
}
