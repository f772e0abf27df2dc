import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId, updatedAt } from '../../platform/db/columns.js';
import { offices } from '../offices/schema.js';
import { tenants } from '../tenancy/schema.js';

/** Categorie dei servizi: the Modello Comuni list of service categories, per Comune. */
export const serviceCategories = pgTable(
  'service_category',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('service_category_tenant_slug').on(t.tenantId, t.slug)],
);

/**
 * Schede servizio: what a citizen or business can ask the Comune, with every section of the Modello
 * Comuni service page. Sections are plain text with light markup (paragraphs, "- " lists).
 */
export const services = pgTable(
  'service',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** Short description shown under the title and in lists. */
    summary: text('summary').notNull().default(''),
    /** active | inactive (checked by a constraint). */
    status: text('status').notNull().default('active'),
    statusReason: text('status_reason').notNull().default(''),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => serviceCategories.id, { onDelete: 'restrict' }),
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'set null' }),
    /** Labels from the national topics vocabulary. */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    audience: text('audience').notNull().default(''),
    description: text('description').notNull().default(''),
    howTo: text('how_to').notNull().default(''),
    needed: text('needed').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    times: text('times').notNull().default(''),
    cost: text('cost').notNull().default(''),
    access: text('access').notNull().default(''),
    /** Link to the online channel, when there is one. */
    onlineUrl: text('online_url').notNull().default(''),
    conditions: text('conditions').notNull().default(''),
    contacts: text('contacts').notNull().default(''),
    furtherInfo: text('further_info').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('service_tenant_slug').on(t.tenantId, t.slug),
    index('service_tenant_category').on(t.tenantId, t.categoryId),
    index('service_search').using(
      'gin',
      sql`to_tsvector('italian', immutable_unaccent(${t.title} || ' ' || ${t.summary}))`,
    ),
    index('service_title_trgm').using('gin', sql`immutable_unaccent(lower(${t.title})) gin_trgm_ops`),
    check('service_status', sql`${t.status} in ('active', 'inactive')`),
  ],
);

export type ServiceRow = typeof services.$inferSelect;
export type ServiceCategoryRow = typeof serviceCategories.$inferSelect;
