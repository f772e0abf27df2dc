import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import type { FieldError } from '../../../platform/errors/catalogue.js';
import { erasureRequests } from '../schema.js';
import { lockPendingRequest } from './process-erasure.js';
import { type IdentifiedActor, rejectFields } from './shared.js';

export const REJECT_REASON_MAX = 2000;

/**
 * An administrator declines an erasure request, giving the reason the citizen will read (e.g. an
 * application still open that the law requires to keep). Nothing is erased.
 */
export async function rejectErasure(
  database: Database,
  tenantId: string,
  staff: IdentifiedActor,
  requestId: string,
  input: { reason: string },
): Promise<void> {
  const reason = input.reason.trim();
  const fields: FieldError[] = [];
  if (!reason) fields.push({ path: 'reason', code: 'required', message: 'validation.required' });
  if (reason.length > REJECT_REASON_MAX)
    fields.push({
      path: 'reason',
      code: 'maxLength',
      message: 'validation.maxLength',
      params: { limit: REJECT_REASON_MAX },
    });
  rejectFields(fields);
  await withTenant(database, tenantId, async (tx) => {
    await lockPendingRequest(tx, tenantId, requestId);
    await tx
      .update(erasureRequests)
      .set({ status: 'rejected', reason, processedAt: new Date(), processedBy: staff.id })
      .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.id, requestId)));
    await recordAudit(tx, tenantId, staff, {
      action: 'erasure_request.rejected',
      entity: 'erasure_request',
      entityId: requestId,
      changes: { reason },
    });
  });
}
