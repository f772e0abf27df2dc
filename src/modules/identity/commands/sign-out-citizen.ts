import { and, eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { sessions } from '../schema.js';

/** A citizen leaves the portal ("Esci"): their session ends, on this device only. */
export async function signOutCitizen(
  database: Database,
  tenantId: string,
  actor: AuditActor & { id: string },
  sessionId: string,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    await tx
      .delete(sessions)
      .where(
        and(eq(sessions.id, sessionId), eq(sessions.tenantId, tenantId), eq(sessions.citizenId, actor.id)),
      );
    await recordAudit(tx, tenantId, actor, {
      action: 'citizen.logout',
      entity: 'citizen',
      entityId: actor.id,
    });
  });
}
