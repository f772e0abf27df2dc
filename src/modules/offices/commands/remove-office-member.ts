import { and, eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { officeMembers } from '../schema.js';
import { findStaffUser, lockOffice } from './members.js';

/** Takes a staff member off an office; removing someone who is not a member changes nothing. */
export async function removeOfficeMember(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  officeId: string,
  staffUserId: string,
): Promise<{ changed: boolean }> {
  return withTenant(database, tenantId, async (tx) => {
    await lockOffice(tx, tenantId, officeId);
    const removed = await tx
      .delete(officeMembers)
      .where(
        and(
          eq(officeMembers.tenantId, tenantId),
          eq(officeMembers.officeId, officeId),
          eq(officeMembers.staffUserId, staffUserId),
        ),
      )
      .returning({ id: officeMembers.staffUserId });
    if (removed.length === 0) return { changed: false };
    const user = await findStaffUser(tx, tenantId, staffUserId);
    await recordAudit(tx, tenantId, actor, {
      action: 'office.member_removed',
      entity: 'office',
      entityId: officeId,
      changes: { member: [{ id: staffUserId, name: user?.fullName ?? '' }, null] },
    });
    return { changed: true };
  });
}
