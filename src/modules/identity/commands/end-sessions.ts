import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sessions, staffUsers } from '../schema.js';
import { deleteStaffSessions, type StaffAuditActor } from './shared.js';

/** Logout: ends one session (the caller's). */
export async function endSession(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  sessionId: string,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    await tx.delete(sessions).where(and(eq(sessions.id, sessionId), eq(sessions.tenantId, tenantId)));
    await recordAudit(tx, tenantId, actor, { action: 'logout', entity: 'staff_user', entityId: actor.id });
  });
}

/**
 * "Disconnetti da tutti i dispositivi": every session of a staff member ends, on every device. Used by
 * the person for themselves and by an administrator for someone else.
 */
export async function endAllStaffSessions(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor,
  staffUserId: string,
): Promise<number> {
  return withTenant(database, tenantId, async (tx) => {
    const [user] = await tx
      .select({ id: staffUsers.id })
      .from(staffUsers)
      .where(and(eq(staffUsers.id, staffUserId), eq(staffUsers.tenantId, tenantId)))
      .limit(1);
    if (!user) throw new AppError('NOT_FOUND');
    const ended = await deleteStaffSessions(tx, tenantId, staffUserId);
    await recordAudit(tx, tenantId, actor, {
      action: 'staff_user.sessions_ended',
      entity: 'staff_user',
      entityId: staffUserId,
      changes: { sessionsEnded: ended },
    });
    return ended;
  });
}
