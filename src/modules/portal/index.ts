import type { CampanileModule } from '../../platform/module.js';
import { registerSectionRoutes } from './http/administration.js';
import { FEEDBACK_REPORT_PATH, registerFeedbackRoutes } from './http/feedback.js';
import { registerHomeRoutes } from './http/home.js';
import { registerInfoRoutes } from './http/info.js';
import { registerSearchRoutes } from './http/search.js';
import { registerTopicRoutes } from './http/topics.js';
import { portalMessages } from './messages.js';
import { FEEDBACK_READ, portalPermissions } from './policy.js';

export { EmptyState, LinkCard, type PortalQuery, sendPortalPage } from './http/page.js';
export { FEEDBACK_READ } from './policy.js';
export { pageFeedback } from './schema.js';
export { FEATURED_TOPICS, TOPICS, type Topic, topicBySlug } from './topics.js';
export { FeedbackForm } from './views/feedback.js';

/** The citizen portal on the Modello Comuni: home, first- and second-level pages, topics, rating. */
export const portalModule: CampanileModule = {
  name: 'portal',
  messages: portalMessages,
  permissions: portalPermissions,
  backofficeNav: [
    {
      href: FEEDBACK_REPORT_PATH,
      label: 'portal.feedback.nav',
      icon: 'it-star-outline',
      permission: FEEDBACK_READ,
      order: 800,
    },
  ],
  routes: (app, ctx) => {
    registerHomeRoutes(app, ctx);
    registerSectionRoutes(app, ctx);
    registerTopicRoutes(app, ctx);
    registerInfoRoutes(app);
    registerSearchRoutes(app, ctx);
    registerFeedbackRoutes(app, ctx);
  },
};
