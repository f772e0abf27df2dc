import type { CampanileModule } from '../../platform/module.js';
import { registerServicePortalRoutes } from './http/portal.js';
import { servicesMessages } from './messages.js';
import { servicesPermissions } from './policy.js';

export { SERVICES_MANAGE, SERVICES_READ } from './policy.js';
export { type ServiceRow, serviceCategories, services } from './schema.js';

/** Servizi: the catalogue of schede servizio of the Modello Comuni, on the portal. */
export const servicesModule: CampanileModule = {
  name: 'services',
  messages: servicesMessages,
  permissions: servicesPermissions,
  routes: (app, ctx) => registerServicePortalRoutes(app, ctx),
};
