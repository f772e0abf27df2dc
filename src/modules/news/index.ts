import type { CampanileModule } from '../../platform/module.js';
import { newsContentSource } from './content.js';
import { newsMessages } from './messages.js';
import { newsPermissions } from './policy.js';

export { newsContentSource } from './content.js';
export { NEWS_MANAGE } from './policy.js';
export { featuredNews, latestNews, NEWS_PUBLIC_PATH, newsHref } from './queries.js';
export { NEWS_KINDS, type NewsKind, newsAttachments, newsItems } from './schema.js';

/** Novità: notizie, comunicati stampa and avvisi, written in the back office and read on the portal. */
export const newsModule: CampanileModule = {
  name: 'news',
  messages: newsMessages,
  permissions: newsPermissions,
  contentSources: [newsContentSource],
};
