import type { Role } from '../../platform/http/types.js';

/** Writing, publishing and deleting notizie, comunicati and avvisi (and previewing drafts). */
export const NEWS_MANAGE = 'news.manage';

export const newsPermissions: Record<string, readonly Role[]> = {
  [NEWS_MANAGE]: ['admin', 'editor'],
};
