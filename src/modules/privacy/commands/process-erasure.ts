import { and, count, eq, or, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { citizens, sessions } from '../../identity/index.js';
import { personalDataErasers } from '../registries.js';
import { consents, erasureRequests } from '../schema.js';
import type { IdentifiedActor } from './shared.js';

export interface ErasureOutcome {
  /** Each registered eraser's summary, by name. */
  erasers: Record<string, unknown>;
  sessionsDeleted: number;
  consentsDeleted: number;
  auditEntriesPseudonymised: number;
  citizenDeleted: boolean;
}

/** Locks a request still waiting for a decision; anything else is NOT_FOUND or CONFLICT. */
export async function lockPendingRequest(tx: Tx, tenantId: string, requestId: string) {
  const [request] = await tx
    .select({ id: erasureRequests.id, status: erasureRequests.status, citizenId: erasureRequests.citizenId })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.id, requestId)))
    .for('update')
    .limit(1);
  if (!request) throw new AppError('NOT_FOUND');
  if (request.status !== 'pending') throw new AppError('CONFLICT');
  return request;
}

async function countWhere(tx: Tx, table: typeof sessions | typeof consents, where: SQL | undefined) {
  const [row] = await tx.select({ n: count() }).from(table).where(where);
  return Number(row?.n ?? 0);
}

/**
 * Carries out an erasure request, all or nothing in one transaction: every registered eraser runs,
 * the citizen's own entries in the audit log lose name, address and details (the action and its
 * time stay, as accountability requires), then the citizen row goes (sessions and consents with it:
 * their logins stop working at once) and the request is completed with a summary of what was done.
 * If any step fails nothing is erased and the request stays pending.
 */
export async function processErasure(
  database: Database,
  tenantId: string,
  staff: IdentifiedActor,
  requestId: string,
): Promise<ErasureOutcome> {
  return withTenant(database, tenantId, async (tx) => {
    const request = await lockPendingRequest(tx, tenantId, requestId);
    const citizenId = request.citizenId;
    const outcome: ErasureOutcome = {
      erasers: {},
      sessionsDeleted: 0,
      consentsDeleted: 0,
      auditEntriesPseudonymised: 0,
      citizenDeleted: false,
    };
    if (citizenId) {
      for (const [name, eraser] of personalDataErasers()) {
        outcome.erasers[name] = (await eraser(tx, tenantId, citizenId)) ?? null;
      }
      outcome.sessionsDeleted = await countWhere(
        tx,
        sessions,
        and(eq(sessions.tenantId, tenantId), eq(sessions.citizenId, citizenId)),
      );
      outcome.consentsDeleted = await countWhere(
        tx,
        consents,
        and(eq(consents.tenantId, tenantId), eq(consents.citizenId, citizenId)),
      );
      const pseudonymised = await tx
        .update(auditLog)
        .set({ actorName: '', ip: null, changes: null })
        .where(
          and(
            eq(auditLog.tenantId, tenantId),
            or(
              and(eq(auditLog.actorKind, 'citizen'), eq(auditLog.actorId, citizenId)),
              and(eq(auditLog.entity, 'citizen'), eq(auditLog.entityId, citizenId)),
            ),
          ),
        )
        .returning({ id: auditLog.id });
      outcome.auditEntriesPseudonymised = pseudonymised.length;
      const deleted = await tx
        .delete(citizens)
        .where(and(eq(citizens.id, citizenId), eq(citizens.tenantId, tenantId)))
        .returning({ id: citizens.id });
      outcome.citizenDeleted = deleted.length > 0;
    }
    await tx
      .update(erasureRequests)
      .set({ status: 'completed', processedAt: new Date(), processedBy: staff.id, outcome })
      .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.id, requestId)));
    await recordAudit(tx, tenantId, staff, {
      action: 'erasure_request.completed',
      entity: 'erasure_request',
      entityId: requestId,
      changes: outcome,
    });
    return outcome;
  });
}
