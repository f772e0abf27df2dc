import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId, updatedAt } from '../../platform/db/columns.js';
import { staffUsers } from '../identity/schema.js';
import { offices } from '../offices/schema.js';
import { tenants } from '../tenancy/schema.js';

export const NEWS_KINDS = ['notizia', 'comunicato', 'avviso'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];
export const NEWS_STATUSES = ['draft', 'published'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** One re-encoded size of a news image, as stored. */
export interface NewsImageVariant {
  width: number;
  height: number;
  key: string;
}

/** The image of a news item: re-encoded (metadata dropped) at a few responsive widths. */
export interface NewsImage {
  format: 'webp';
  variants: NewsImageVariant[];
}

/**
 * Novità: notizie, comunicati stampa and avvisi of the Comune. Visible on the portal when published,
 * once `publish_at` has come and until `unpublish_at` (if any).
 */
export const newsItems = pgTable(
  'news_item',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    /** notizia | comunicato | avviso (checked by a constraint). */
    kind: text('kind').notNull().default('notizia'),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Plain text: paragraphs separated by blank lines, "- " lists, "## " subheadings. */
    body: text('body').notNull().default(''),
    /** Slugs from the national topics vocabulary (at least one, checked in code). */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    officeId: uuid('office_id').references(() => offices.id, { onDelete: 'set null' }),
    image: jsonb('image').$type<NewsImage>(),
    imageAlt: text('image_alt').notNull().default(''),
    /** draft | published (checked by a constraint). */
    status: text('status').notNull().default('draft'),
    publishAt: timestamp('publish_at', { withTimezone: true }).notNull().defaultNow(),
    unpublishAt: timestamp('unpublish_at', { withTimezone: true }),
    /** "In evidenza": shown on the home page. */
    featured: boolean('featured').notNull().default(false),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('news_item_tenant_slug').on(t.tenantId, t.slug),
    index('news_item_tenant_kind_publish').on(t.tenantId, t.kind, t.publishAt),
    index('news_item_tenant_publish').on(t.tenantId, t.publishAt),
    index('news_item_search').using(
      'gin',
      sql`to_tsvector('italian', immutable_unaccent(${t.title} || ' ' || ${t.summary}))`,
    ),
    index('news_item_title_trgm').using('gin', sql`immutable_unaccent(lower(${t.title})) gin_trgm_ops`),
    index('news_item_topics').using('gin', t.topics),
    check('news_item_kind', sql`${t.kind} in ('notizia', 'comunicato', 'avviso')`),
    check('news_item_status', sql`${t.status} in ('draft', 'published')`),
  ],
);

/** Allegati of a news item: files checked by their content, stored as uploaded. */
export const newsAttachments = pgTable(
  'news_attachment',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    newsId: uuid('news_id')
      .notNull()
      .references(() => newsItems.id, { onDelete: 'cascade' }),
    /** Title shown as the link text. */
    title: text('title').notNull(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    extension: text('extension').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('news_attachment_news').on(t.tenantId, t.newsId)],
);

export type NewsRow = typeof newsItems.$inferSelect;
export type NewsAttachmentRow = typeof newsAttachments.$inferSelect;
