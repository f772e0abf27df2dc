import { and, avg, count, countDistinct, desc, eq, ne } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { pageFeedback } from '../schema.js';

export const FEEDBACK_PAGE_SIZE = 20;

export interface FeedbackReport {
  pages: Array<{ page: string; answers: number; average: number }>;
  total: number;
  page: number;
  pageSize: number;
  latest: Array<{ page: string; rating: number; comment: string; createdAt: Date }>;
}

/** Ratings per page (most answered first, paginated) and the latest comments. */
export async function feedbackReport(
  database: Database,
  tenantId: string,
  page = 1,
  pageSize = FEEDBACK_PAGE_SIZE,
): Promise<FeedbackReport> {
  return withTenant(database, tenantId, async (tx) => {
    const mine = eq(pageFeedback.tenantId, tenantId);
    const [totalRow] = await tx
      .select({ n: countDistinct(pageFeedback.page) })
      .from(pageFeedback)
      .where(mine);
    const total = Number(totalRow?.n ?? 0);
    const current = Math.min(Math.max(1, page), Math.max(1, Math.ceil(total / pageSize)));
    const rows = await tx
      .select({ page: pageFeedback.page, answers: count(), average: avg(pageFeedback.rating) })
      .from(pageFeedback)
      .where(mine)
      .groupBy(pageFeedback.page)
      .orderBy(desc(count()), pageFeedback.page)
      .limit(pageSize)
      .offset((current - 1) * pageSize);
    const latest = await tx
      .select({
        page: pageFeedback.page,
        rating: pageFeedback.rating,
        comment: pageFeedback.comment,
        createdAt: pageFeedback.createdAt,
      })
      .from(pageFeedback)
      .where(and(mine, ne(pageFeedback.comment, '')))
      .orderBy(desc(pageFeedback.createdAt), desc(pageFeedback.id))
      .limit(10);
    return {
      pages: rows.map((r) => ({ page: r.page, answers: Number(r.answers), average: Number(r.average ?? 0) })),
      total,
      page: current,
      pageSize,
      latest,
    };
  });
}
