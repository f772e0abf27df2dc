import type { CampanileModule } from '../../platform/module.js';
import { newsContentSource } from './content.js';
import { NEWS_ADMIN_PATH, registerNewsBackofficeRoutes } from './http/backoffice.js';
import { registerNewsPortalRoutes } from './http/portal.js';
import { newsMessages } from './messages.js';
import { NEWS_MANAGE, newsPermissions } from './policy.js';

export { newsContentSource } from './content.js';
export { seedNewsDemo } from './demo.js';
export { NEWS_ADMIN_PATH } from './http/backoffice.js';
export { latestNewsBlock } from './http/portal.js';
export { NEWS_MANAGE } from './policy.js';
export { featuredNews, latestNews, NEWS_PUBLIC_PATH, newsHref } from './queries.js';
export { NEWS_KINDS, type NewsKind, newsAttachments, newsItems } from './schema.js';

/** Novità: notizie, comunicati stampa and avvisi, written in the back office and read on the portal. */
export const newsModule: CampanileModule = {
  name: 'news',
  messages: newsMessages,
  permissions: newsPermissions,
  backofficeNav: [
    { href: NEWS_ADMIN_PATH, label: 'news.nav.news', icon: 'it-horn', permission: NEWS_MANAGE, order: 450 },
  ],
  contentSources: [newsContentSource],
  routes: (app, ctx) => {
    registerNewsPortalRoutes(app, ctx);
    registerNewsBackofficeRoutes(app, ctx);
  },
};
