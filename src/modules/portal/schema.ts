import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId } from '../../platform/db/columns.js';
import { tenants } from '../tenancy/schema.js';

/**
 * Answers to the Modello Comuni rating component ("Quanto sono chiare le informazioni su questa
 * pagina?"). Anonymous by design: no person, no IP address, no session; only the page and the answer.
 */
export const pageFeedback = pgTable(
  'page_feedback',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    /** The path of the rated page, without query string (e.g. /amministrazione). */
    page: text('page').notNull(),
    /** 1 to 5 stars. */
    rating: integer('rating').notNull(),
    /** The follow-up choice (a key of FEEDBACK_ANSWERS), or null when none was given. */
    answer: text('answer'),
    /** Free text, at most 200 characters. */
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('page_feedback_tenant_page').on(t.tenantId, t.page),
    index('page_feedback_tenant_created').on(t.tenantId, t.createdAt),
    check('page_feedback_rating', sql`${t.rating} between 1 and 5`),
    check('page_feedback_comment', sql`char_length(${t.comment}) <= 200`),
  ],
);

export type PageFeedbackRow = typeof pageFeedback.$inferSelect;
