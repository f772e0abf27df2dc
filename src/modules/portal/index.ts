import type { CampanileModule } from '../../platform/module.js';
import { registerHomeRoutes } from './http/home.js';
import { portalMessages } from './messages.js';

export const portalModule: CampanileModule = {
  name: 'portal',
  messages: portalMessages,
  routes: (app) => registerHomeRoutes(app),
};
