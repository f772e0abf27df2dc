import type { Role } from '../../platform/http/types.js';

/** Reading the page ratings left by visitors: administrators, editors and executives. */
export const FEEDBACK_READ = 'feedback.read';

export const portalPermissions: Record<string, readonly Role[]> = {
  [FEEDBACK_READ]: ['admin', 'editor', 'executive'],
};
