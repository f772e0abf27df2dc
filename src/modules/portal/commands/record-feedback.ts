import { type Database, withTenant } from '../../../platform/db/client.js';
import type { FeedbackAnswer } from '../feedback-answers.js';
import { pageFeedback } from '../schema.js';

export interface FeedbackInput {
  page: string;
  rating: number;
  answer: FeedbackAnswer | null;
  comment: string;
}

/** Stores one anonymous answer to the rating component (no person, no address). */
export async function recordFeedback(
  database: Database,
  tenantId: string,
  input: FeedbackInput,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    await tx.insert(pageFeedback).values({
      tenantId,
      page: input.page,
      rating: input.rating,
      answer: input.answer,
      comment: input.comment.trim().slice(0, 200),
    });
  });
}
