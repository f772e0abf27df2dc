/** The follow-up answers of the rating component: keys stored in page_feedback.answer. */
export const POSITIVE_ANSWERS = ['clear', 'complete', 'progress', 'no-problems', 'other-positive'] as const;
export const NEGATIVE_ANSWERS = [
  'unclear',
  'incomplete',
  'lost',
  'technical-problems',
  'other-negative',
] as const;
export const FEEDBACK_ANSWERS = [...POSITIVE_ANSWERS, ...NEGATIVE_ANSWERS] as const;
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];
