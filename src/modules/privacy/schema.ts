import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId } from '../../platform/db/columns.js';
import { citizens } from '../identity/schema.js';
import { tenants } from '../tenancy/schema.js';

/** Each published version of the privacy notice; consents point at the version the person saw. */
export const privacyNotices = pgTable(
  'privacy_notice',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('privacy_notice_version').on(t.tenantId, t.version)],
);

/** Append-only: a withdrawal is a new row with granted = false. */
export const consents = pgTable(
  'consent',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id, { onDelete: 'cascade' }),
    /** privacy_notice (acknowledgement), or a purpose such as newsletter. */
    purpose: text('purpose').notNull(),
    noticeVersion: integer('notice_version').notNull(),
    granted: boolean('granted').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_citizen').on(t.citizenId)],
);

export const erasureRequests = pgTable(
  'erasure_request',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Kept after erasure (set null) so the request itself stays as evidence, without the person. */
    citizenId: uuid('citizen_id').references(() => citizens.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('pending'),
    reason: text('reason').notNull().default(''),
    requestedAt: createdAt(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    processedBy: uuid('processed_by'),
    outcome: jsonb('outcome'),
  },
  (t) => [index('erasure_request_tenant_status').on(t.tenantId, t.status)],
);

/** How long each kind of personal data is kept, in days; the scheduler purges what is older. */
export const retentionPolicies = pgTable(
  'retention_policy',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    dataKind: text('data_kind').notNull(),
    days: integer('days').notNull(),
  },
  (t) => [uniqueIndex('retention_policy_pk').on(t.tenantId, t.dataKind)],
);
