import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError, fieldError } from '../../../platform/errors/catalogue.js';
import { citizens } from '../../identity/index.js';
import { erasureRequests } from '../schema.js';
import type { IdentifiedActor } from './shared.js';

/**
 * The citizen asks for their data to be erased (GDPR art. 17). One pending request at a time; an
 * administrator handles it from the back office.
 */
export async function requestErasure(
  database: Database,
  tenantId: string,
  citizen: IdentifiedActor,
  input: { confirmed: boolean },
): Promise<{ id: string; created: boolean }> {
  if (!input.confirmed) throw fieldError('confirm', 'privacy.erasure.errors.confirm');
  return withTenant(database, tenantId, async (tx) => {
    // Locks the citizen row so two submissions at once cannot both find no pending request.
    const [exists] = await tx
      .select({ id: citizens.id })
      .from(citizens)
      .where(and(eq(citizens.id, citizen.id), eq(citizens.tenantId, tenantId)))
      .for('update')
      .limit(1);
    if (!exists) throw new AppError('NOT_FOUND');
    const [pending] = await tx
      .select({ id: erasureRequests.id })
      .from(erasureRequests)
      .where(
        and(
          eq(erasureRequests.tenantId, tenantId),
          eq(erasureRequests.citizenId, citizen.id),
          eq(erasureRequests.status, 'pending'),
        ),
      )
      .limit(1);
    if (pending) return { id: pending.id, created: false };
    const [row] = await tx
      .insert(erasureRequests)
      .values({ tenantId, citizenId: citizen.id, status: 'pending' })
      .returning({ id: erasureRequests.id });
    if (!row) throw new Error('erasure request not created');
    await recordAudit(tx, tenantId, citizen, {
      action: 'erasure_request.created',
      entity: 'erasure_request',
      entityId: row.id,
    });
    return { id: row.id, created: true };
  });
}
