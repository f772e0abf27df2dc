import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../db/columns.js';

/**
 * Every staff action that changes data, written in the same transaction as the change, so there is
 * no change without its record and no record of a change that rolled back.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    actorId: uuid('actor_id'),
    actorKind: text('actor_kind').notNull(),
    actorName: text('actor_name').notNull().default(''),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes'),
    ip: text('ip'),
    requestId: text('request_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_tenant_at').on(t.tenantId, t.at),
    index('audit_log_entity').on(t.tenantId, t.entity, t.entityId),
  ],
);
