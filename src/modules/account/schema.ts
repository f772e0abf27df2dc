import { jsonb, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantId } from '../../platform/db/columns.js';
import { citizens } from '../identity/schema.js';
import { tenants } from '../tenancy/schema.js';

/**
 * How a citizen wants to be told about news and their own procedures: the channels they accept and the
 * topics (slugs of the national vocabulary) they follow. One row per citizen, written when they save.
 */
export const notificationPreferences = pgTable(
  'notification_preference',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id, { onDelete: 'cascade' }),
    channels: jsonb('channels').$type<string[]>().notNull().default([]),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('notification_preference_citizen').on(t.tenantId, t.citizenId)],
);

export type NotificationPreferenceRow = typeof notificationPreferences.$inferSelect;
