import { and, eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { fieldError } from '../../../platform/errors/catalogue.js';
import { officeMembers } from '../schema.js';
import { findStaffUser, lockOffice } from './members.js';

/** Assigns an active staff member of the same Comune to an office. */
export async function addOfficeMember(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  officeId: string,
  staffUserId: string,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    await lockOffice(tx, tenantId, officeId);
    const user = await findStaffUser(tx, tenantId, staffUserId);
    if (!user?.active) throw fieldError('staffUserId', 'offices.members.errors.unknown');
    const [existing] = await tx
      .select({ id: officeMembers.staffUserId })
      .from(officeMembers)
      .where(
        and(
          eq(officeMembers.tenantId, tenantId),
          eq(officeMembers.officeId, officeId),
          eq(officeMembers.staffUserId, staffUserId),
        ),
      )
      .limit(1);
    if (existing) throw fieldError('staffUserId', 'offices.members.errors.already');
    await tx.insert(officeMembers).values({ tenantId, officeId, staffUserId });
    await recordAudit(tx, tenantId, actor, {
      action: 'office.member_added',
      entity: 'office',
      entityId: officeId,
      changes: { member: [null, { id: user.id, name: user.fullName }] },
    });
  });
}
