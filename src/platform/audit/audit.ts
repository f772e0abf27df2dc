import type { FastifyRequest } from 'fastify';
import type { Executor } from '../db/client.js';
import { pagesChanged } from '../http/page-cache.js';
import type { Actor } from '../http/types.js';
import { auditLog } from './schema.js';

export interface AuditActor {
  id: string | null;
  kind: string;
  name: string;
  ip: string | null;
  requestId: string | null;
}

export function auditActorOf(request: FastifyRequest): AuditActor {
  return { ...describeActor(request.actor), ip: request.ip, requestId: request.id };
}

export function describeActor(actor: Actor): Omit<AuditActor, 'ip' | 'requestId'> {
  switch (actor.kind) {
    case 'staff':
      return { id: actor.id, kind: 'staff', name: actor.name };
    case 'citizen':
      return { id: actor.id, kind: 'citizen', name: actor.name };
    case 'system':
      return { id: null, kind: 'system', name: actor.name };
    default:
      return { id: null, kind: actor.kind, name: '' };
  }
}

/** Fields never copied into the audit log, whatever entity they belong to. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'totpSecret', 'tokenHash', 'secret', 'apiKey']);

/** Only what changed, secrets masked: { field: [before, after] }. */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const a = before?.[key];
    const b = after?.[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes[key] = SECRET_FIELDS.has(key) ? ['***', '***'] : [a ?? null, b ?? null];
  }
  return changes;
}

/** Appends to the audit log in the caller's transaction (see schema.ts for why). */
export async function recordAudit(
  tx: Executor,
  tenantId: string,
  actor: AuditActor,
  entry: { action: string; entity: string; entityId?: string | null; changes?: unknown },
): Promise<void> {
  // Every staff change is audited: the Comune's cached portal pages are stale from now on.
  pagesChanged(tenantId);
  await tx.insert(auditLog).values({
    tenantId,
    actorId: actor.id,
    actorKind: actor.kind,
    actorName: actor.name,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? null,
    ip: actor.ip,
    requestId: actor.requestId,
  });
}
