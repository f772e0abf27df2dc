import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId, updatedAt } from '../../platform/db/columns.js';
import { staffUsers } from '../identity/schema.js';
import { offices } from '../offices/schema.js';
import { tenants } from '../tenancy/schema.js';

/**
 * Categories of "Amministrazione" this module fills, with the slugs of the Modello Comuni second-level
 * pages (Uffici belongs to the offices module).
 */
export const ADMINISTRATION_CATEGORIES = [
  'organi-di-governo',
  'aree-amministrative',
  'enti-e-fondazioni',
  'politici',
  'personale-amministrativo',
  'documenti-e-dati',
] as const;
export type AdministrationCategory = (typeof ADMINISTRATION_CATEGORIES)[number];

export const ADMINISTRATION_STATUSES = ['draft', 'published'] as const;
export type AdministrationStatus = (typeof ADMINISTRATION_STATUSES)[number];

/**
 * Schede di amministrazione: organi di governo, aree, enti, politici, personale and documents of the
 * Comune, one row each, shown on the portal when published. Contacts are the institutional ones only.
 */
export const administrationItems = pgTable(
  'administration_item',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    /** One of ADMINISTRATION_CATEGORIES (checked by a constraint). */
    category: text('category').notNull().default('organi-di-governo'),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Plain text: paragraphs separated by blank lines. */
    body: text('body').notNull().default(''),
    /** Role or position ("Sindaca", "Assessore al bilancio", "Segretario generale"). */
    role: text('role').notNull().default(''),
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'set null' }),
    /** Institutional contacts only. */
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    /** Slugs from the national topics vocabulary (optional). */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    sortOrder: integer('sort_order').notNull().default(0),
    /** draft | published (checked by a constraint). */
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('administration_item_tenant_category_slug').on(t.tenantId, t.category, t.slug),
    index('administration_item_tenant_category_order').on(t.tenantId, t.category, t.sortOrder),
    index('administration_item_title_trgm').using(
      'gin',
      sql`immutable_unaccent(lower(${t.title})) gin_trgm_ops`,
    ),
    index('administration_item_topics').using('gin', t.topics),
    check(
      'administration_item_category',
      sql`${t.category} in ('organi-di-governo', 'aree-amministrative', 'enti-e-fondazioni', 'politici', 'personale-amministrativo', 'documenti-e-dati')`,
    ),
    check('administration_item_status', sql`${t.status} in ('draft', 'published')`),
  ],
);

export type AdministrationRow = typeof administrationItems.$inferSelect;

/**
 * Allegati of a scheda (statuto, regolamenti, bilancio): files checked by their content, stored as
 * uploaded. No personal data: documents of the Comune only.
 */
export const administrationAttachments = pgTable(
  'administration_attachment',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => administrationItems.id, { onDelete: 'cascade' }),
    /** Title shown as the link text. */
    title: text('title').notNull(),
    /** The original file name, sanitised, with the extension of its real type. */
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    extension: text('extension').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('administration_attachment_item').on(t.tenantId, t.itemId, t.position)],
);

export type AdministrationAttachmentRow = typeof administrationAttachments.$inferSelect;
