import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { registerNoticeBackofficeRoutes } from './backoffice-notice.js';
import { registerRequestsBackofficeRoutes } from './backoffice-requests.js';
import { registerRetentionBackofficeRoutes } from './backoffice-retention.js';
import { registerConsentRoutes } from './consents.js';
import { registerErasureRoutes } from './erasure.js';
import { registerPersonalAreaRoutes } from './personal-area.js';
import { registerPublicNoticeRoutes } from './public.js';

export function registerPrivacyRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerPublicNoticeRoutes(app, ctx);
  registerPersonalAreaRoutes(app, ctx);
  registerConsentRoutes(app, ctx);
  registerErasureRoutes(app, ctx);
  registerNoticeBackofficeRoutes(app, ctx);
  registerRequestsBackofficeRoutes(app, ctx);
  registerRetentionBackofficeRoutes(app, ctx);
}
