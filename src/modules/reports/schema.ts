import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, point, tenantId, updatedAt } from '../../platform/db/columns.js';
import { citizens, staffUsers } from '../identity/schema.js';
import { offices } from '../offices/schema.js';
import { areas, tenants } from '../tenancy/schema.js';
import type { ExtraQuestion } from './model.js';

// Segnalazioni (issue 5). The whole capability's model lives here: categories with extra questions
// and routing, per-Comune statuses mapped to open/closed, reports from every channel, their public
// and internal history, followers and photos. Commands and queries built later (citizen flow, back
// office, public map, Open311) add no tables for the core.

/** Categories: a per-Comune tree ("Strade e marciapiedi" › "Buca"), each an Open311 service. */
export const reportCategories = pgTable(
  'report_category',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => reportCategories.id, { onDelete: 'set null' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Open311 service_code: stable once published (clients store it). */
    serviceCode: text('service_code').notNull(),
    description: text('description').notNull().default(''),
    /** Extra questions (Open311 service definition attributes), validated by ExtraQuestionsSchema. */
    questions: jsonb('questions').$type<ExtraQuestion[]>().notNull().default(sql`'[]'::jsonb`),
    /** The office new reports of this category go to unless a routing rule says otherwise. */
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'set null' }),
    /** SLA target: hours from submission to closure; null means no target (no overdue flag). */
    slaHours: integer('sla_hours'),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('report_category_tenant_slug').on(t.tenantId, t.slug),
    uniqueIndex('report_category_tenant_code').on(t.tenantId, t.serviceCode),
    index('report_category_parent').on(t.parentId),
    check('report_category_sla', sql`${t.slaHours} is null or ${t.slaHours} > 0`),
  ],
);

/** Statuses a Comune names itself ("in programmazione"…), each mapped to open or closed. */
export const reportStatuses = pgTable(
  'report_status',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Closed statuses stop the SLA clock, set closed_at and drop out of duplicate checks. */
    closed: boolean('closed').notNull().default(false),
    /** The status of a new report (exactly one per Comune, enforced by a partial unique index). */
    initial: boolean('initial').notNull().default(false),
    sort: integer('sort').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('report_status_tenant_slug').on(t.tenantId, t.slug),
    uniqueIndex('report_status_tenant_initial').on(t.tenantId).where(sql`${t.initial}`),
  ],
);

export const REPORT_TYPES = ['report', 'suggestion', 'complaint'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];
export const REPORT_CHANNELS = ['web', 'phone', 'desk', 'email', 'telegram', 'open311'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];
export const REPORT_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type ReportPriority = (typeof REPORT_PRIORITIES)[number];

const inList = (column: AnyPgColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/**
 * A segnalazione, suggerimento or reclamo. The reporter is a logged-in citizen or bare contact data
 * (both optional for staff intake); contact data is the only personal data and is erased or expired
 * without losing the report. lat/lon are generated from `location` so plain btree indexes answer
 * bounding boxes: under row-level security the point operators' GiST index would not be used.
 */
export const reports = pgTable(
  'report',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Public number, per Comune, from 1 (Open311 service_request_id). */
    number: integer('number').notNull(),
    type: text('type').$type<ReportType>().notNull().default('report'),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => reportCategories.id, { onDelete: 'restrict' }),
    statusId: uuid('status_id')
      .notNull()
      .references(() => reportStatuses.id, { onDelete: 'restrict' }),
    /** Copy of the status's open/closed mapping, kept in sync by the commands (hot query filter). */
    open: boolean('open').notNull().default(true),
    priority: text('priority').$type<ReportPriority>().notNull().default('normal'),
    channel: text('channel').$type<ReportChannel>().notNull().default('web'),
    /** (x = lon, y = lat), WGS84 degrees; null for a suggestion about no place. */
    location: point('location'),
    lat: doublePrecision('lat').generatedAlwaysAs(sql`(location[1])`),
    lon: doublePrecision('lon').generatedAlwaysAs(sql`(location[0])`),
    address: text('address').notNull().default(''),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    /** Answers to the category's extra questions, keyed by question code. */
    answers: jsonb('answers').$type<Record<string, string | string[]>>().notNull().default(sql`'{}'::jsonb`),
    /** The public map and page never name the reporter; this hides even the initials. */
    anonymousPublic: boolean('anonymous_public').notNull().default(true),
    citizenId: uuid('citizen_id').references(() => citizens.id, { onDelete: 'set null' }),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** When the contact data went (erasure or retention); the report itself stays. */
    contactErasedAt: timestamp('contact_erased_at', { withTimezone: true }),
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'set null' }),
    assigneeId: uuid('assignee_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** The operator who keyed in a phone or desk report. */
    submittedById: uuid('submitted_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** Client-chosen key: a retried submission returns the report it already created. */
    idempotencyKey: text('idempotency_key'),
    /** Message-Id of an e-mail, Telegram message id, Open311 client reference. */
    externalRef: text('external_ref'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => reports.id, { onDelete: 'set null' }),
    /** 1–5 from the question asked on closing. */
    satisfaction: smallint('satisfaction'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('report_tenant_number').on(t.tenantId, t.number),
    uniqueIndex('report_tenant_idempotency').on(t.tenantId, t.idempotencyKey),
    // Duplicates nearby: equality on tenant, category and open, then a latitude range; longitude is
    // checked from the index entry too. All btree operators here are leakproof, so RLS keeps it.
    index('report_nearby').on(t.tenantId, t.categoryId, t.open, t.lat, t.lon),
    // Viewport listing of the public map: covering (created_at, merged_into_id, id in the key), so
    // the newest matches in a box are found by an index-only scan, then only those rows are read.
    index('report_map').on(t.tenantId, t.open, t.lat, t.lon, t.createdAt, t.mergedIntoId, t.id),
    index('report_tenant_created').on(t.tenantId, t.createdAt),
    index('report_tenant_status').on(t.tenantId, t.statusId),
    index('report_citizen').on(t.citizenId),
    index('report_merged_into').on(t.mergedIntoId),
    check('report_type', inList(t.type, REPORT_TYPES)),
    check('report_channel', inList(t.channel, REPORT_CHANNELS)),
    check('report_priority', inList(t.priority, REPORT_PRIORITIES)),
    check('report_satisfaction', sql`${t.satisfaction} is null or ${t.satisfaction} between 1 and 5`),
  ],
);

/** The history of a report: public updates the reporter and followers see, internal notes, status changes. */
export const reportUpdates = pgTable(
  'report_update',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    public: boolean('public').notNull().default(true),
    fromStatusId: uuid('from_status_id').references(() => reportStatuses.id, { onDelete: 'set null' }),
    toStatusId: uuid('to_status_id').references(() => reportStatuses.id, { onDelete: 'set null' }),
    authorStaffId: uuid('author_staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    text: text('text').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('report_update_report').on(t.reportId, t.createdAt)],
);

/** People told about every public update: a citizen account or a bare e-mail address. */
export const reportFollowers = pgTable(
  'report_follower',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    citizenId: uuid('citizen_id').references(() => citizens.id, { onDelete: 'cascade' }),
    email: text('email'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('report_follower_citizen').on(t.reportId, t.citizenId),
    uniqueIndex('report_follower_email').on(t.reportId, t.email),
    index('report_follower_citizen_id').on(t.citizenId),
    check('report_follower_who', sql`${t.citizenId} is not null or ${t.email} is not null`),
  ],
);

/** Photos of the problem (from the reporter) and of the fix (from staff); files live in storage. */
export const reportPhotos = pgTable(
  'report_photo',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** The update that added it (photos of the fix), else null (the report's own photos). */
    updateId: uuid('update_id').references(() => reportUpdates.id, { onDelete: 'set null' }),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    public: boolean('public').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('report_photo_report').on(t.reportId, t.sort)],
);

/**
 * Routing: where a new report goes by category and area (frazione). The most specific active rule
 * wins (category and area, then category, then area, then neither; `sort` breaks ties); without a
 * rule the category's own office. An assignee is typically an external contractor's account.
 */
export const reportRoutingRules = pgTable(
  'report_routing_rule',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    /** null: any category. */
    categoryId: uuid('category_id').references(() => reportCategories.id, { onDelete: 'cascade' }),
    /** null: anywhere in the Comune. */
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'cascade' }),
    assigneeId: uuid('assignee_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('report_routing_rule_tenant').on(t.tenantId, t.categoryId)],
);

/** Reply templates for public updates ("Intervento eseguito…"), optionally suggesting a status. */
export const reportReplyTemplates = pgTable(
  'report_reply_template',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    text: text('text').notNull(),
    statusId: uuid('status_id').references(() => reportStatuses.id, { onDelete: 'set null' }),
    /** null: offered for every category. */
    categoryId: uuid('category_id').references(() => reportCategories.id, { onDelete: 'cascade' }),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('report_reply_template_tenant_name').on(t.tenantId, t.name)],
);

/**
 * Open311 GeoReport v2 API keys (POST requests). Only the SHA-256 of a key is stored; the prefix lets
 * staff recognise a key in the list. A key belongs to one Comune, looked up after the tenant is known.
 */
export const open311ApiKeys = pgTable(
  'open311_api_key',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    keyPrefix: text('key_prefix').notNull(),
    contactEmail: text('contact_email').notNull().default(''),
    createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('open311_api_key_tenant_hash').on(t.tenantId, t.keyHash)],
);

export type ReportCategoryRow = typeof reportCategories.$inferSelect;
export type ReportStatusRow = typeof reportStatuses.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ReportUpdateRow = typeof reportUpdates.$inferSelect;
