import { and, eq } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { officeMembers, offices } from '../schema.js';
import { lockOffice } from './members.js';
import { officeSnapshot } from './office-fields.js';
import { readOpeningHours } from './set-office-hours.js';

/**
 * Deletes an office with its hours and memberships (the foreign keys cascade). The audit entry keeps
 * everything that was deleted, so the record can be rebuilt by hand if needed.
 */
export async function deleteOffice(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  officeId: string,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    await lockOffice(tx, tenantId, officeId);
    const before = await officeSnapshot(tx, tenantId, officeId);
    if (!before) throw new AppError('NOT_FOUND');
    const hours = await readOpeningHours(tx, tenantId, officeId);
    const members = await tx
      .select({ id: officeMembers.staffUserId })
      .from(officeMembers)
      .where(and(eq(officeMembers.tenantId, tenantId), eq(officeMembers.officeId, officeId)));
    await tx.delete(offices).where(and(eq(offices.tenantId, tenantId), eq(offices.id, officeId)));
    await recordAudit(tx, tenantId, actor, {
      action: 'office.deleted',
      entity: 'office',
      entityId: officeId,
      changes: diff({ ...before, hours, memberIds: members.map((m) => m.id) }, null),
    });
  });
}
