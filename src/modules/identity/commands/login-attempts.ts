import { and, eq, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/client.js';
import { staffUsers } from '../schema.js';

/** Consecutive failures (password or TOTP code) that lock an account… */
export const MAX_FAILED_LOGINS = 5;
/** …and for how long. */
export const LOCKOUT_MS = 15 * 60_000;

/** Who is trying to log in, as the audit log records them: not yet anyone, but from somewhere. */
export function loginAttemptActor(ip: string | null, requestId: string | null): AuditActor {
  return { id: null, kind: 'anonymous', name: '', ip, requestId };
}

export function isLocked(user: { lockedUntil: Date | null }, now = new Date()): boolean {
  return user.lockedUntil !== null && user.lockedUntil.getTime() > now.getTime();
}

/**
 * Counts one more consecutive failure; the fifth locks the account for 15 minutes and starts the
 * count again. Returns true when this failure locked it.
 */
export async function recordFailedLogin(
  tx: Tx,
  tenantId: string,
  userId: string,
  actor: AuditActor,
  step: 'password' | 'second-factor',
): Promise<boolean> {
  const [row] = await tx
    .update(staffUsers)
    .set({ failedLogins: sql`${staffUsers.failedLogins} + 1` })
    .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)))
    .returning({ failedLogins: staffUsers.failedLogins });
  await recordAudit(tx, tenantId, actor, {
    action: 'login.failed',
    entity: 'staff_user',
    entityId: userId,
    changes: { step, failedLogins: row?.failedLogins ?? null },
  });
  if (!row || row.failedLogins < MAX_FAILED_LOGINS) return false;
  const lockedUntil = new Date(Date.now() + LOCKOUT_MS);
  await tx
    .update(staffUsers)
    .set({ failedLogins: 0, lockedUntil })
    .where(and(eq(staffUsers.id, userId), eq(staffUsers.tenantId, tenantId)));
  await recordAudit(tx, tenantId, actor, {
    action: 'login.locked',
    entity: 'staff_user',
    entityId: userId,
    changes: { lockedUntil: [null, lockedUntil.toISOString()] },
  });
  return true;
}

/** A login that went all the way: the failure count starts again and the audit log has it. */
export async function recordSuccessfulLogin(
  tx: Tx,
  tenantId: string,
  user: { id: string; fullName: string },
  ip: string | null,
  requestId: string | null,
  method: 'password' | 'password+totp',
): Promise<void> {
  await tx
    .update(staffUsers)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(and(eq(staffUsers.id, user.id), eq(staffUsers.tenantId, tenantId)));
  await recordAudit(
    tx,
    tenantId,
    { id: user.id, kind: 'staff', name: user.fullName, ip, requestId },
    { action: 'login', entity: 'staff_user', entityId: user.id, changes: { method } },
  );
}
