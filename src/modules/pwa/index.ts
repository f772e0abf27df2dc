import type { CampanileModule } from '../../platform/module.js';
import { registerPwaRoutes } from './http/routes.js';
import { pwaMessages } from './messages.js';

export { MANIFEST_PATH, OFFLINE_PATH, SERVICE_WORKER_PATH } from './http/routes.js';
export { type IconName, iconUrl } from './icons.js';

/**
 * The portal as an installable web app: per-Comune manifest and icons, a service worker that keeps
 * versioned assets and shows an offline page, never storing personal or back-office pages.
 */
export const pwaModule: CampanileModule = {
  name: 'pwa',
  messages: pwaMessages,
  routes: (app, ctx) => registerPwaRoutes(app, ctx),
};
