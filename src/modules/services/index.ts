import type { CampanileModule } from '../../platform/module.js';
import { servicesContentSource } from './content.js';
import { registerServiceBackofficeRoutes, SERVICES_PATH } from './http/backoffice.js';
import { registerServiceEditRoutes } from './http/edit.js';
import { registerServicePortalRoutes } from './http/portal.js';
import { servicesMessages } from './messages.js';
import { SERVICES_READ, servicesPermissions } from './policy.js';

export { type ServiceCategoryLink, serviceCategoryLinks } from './content.js';
export { SERVICES_MANAGE, SERVICES_READ } from './policy.js';
export { type ServiceRow, serviceCategories, services } from './schema.js';

/** Servizi: the catalogue of schede servizio of the Modello Comuni, on the portal. */
export const servicesModule: CampanileModule = {
  name: 'services',
  messages: servicesMessages,
  permissions: servicesPermissions,
  contentSources: [servicesContentSource],
  backofficeNav: [
    { href: SERVICES_PATH, label: 'services.bo.nav', icon: 'it-list', permission: SERVICES_READ, order: 350 },
  ],
  routes: async (app, ctx) => {
    registerServicePortalRoutes(app, ctx);
    registerServiceBackofficeRoutes(app, ctx);
    registerServiceEditRoutes(app, ctx);
  },
};
