import type { CampanileModule } from '../../platform/module.js';
import { administrationContentSource } from './content.js';
import { ADMINISTRATION_ADMIN_PATH, registerAdministrationBackofficeRoutes } from './http/backoffice.js';
import { registerAdministrationPortalRoutes } from './http/portal.js';
import { administrationMessages } from './messages.js';
import { ADMINISTRATION_MANAGE, administrationPermissions } from './policy.js';

export { administrationContentSource } from './content.js';
export { seedAdministrationDemo } from './demo.js';
export { ADMINISTRATION_ADMIN_PATH } from './http/backoffice.js';
export { administrationCategoryBody } from './http/portal.js';
export { ADMINISTRATION_MANAGE } from './policy.js';
export { ADMINISTRATION_PUBLIC_PATH, administrationHref } from './queries.js';
export { ADMINISTRATION_CATEGORIES, administrationItems } from './schema.js';

/**
 * Amministrazione: organi di governo, aree amministrative, enti e fondazioni, politici, personale
 * amministrativo and documenti e dati, written in the back office and read on the portal.
 */
export const administrationModule: CampanileModule = {
  name: 'administration',
  messages: administrationMessages,
  permissions: administrationPermissions,
  backofficeNav: [
    {
      href: ADMINISTRATION_ADMIN_PATH,
      label: 'administration.nav.administration',
      icon: 'it-folder',
      permission: ADMINISTRATION_MANAGE,
      order: 440,
    },
  ],
  contentSources: [administrationContentSource],
  routes: (app, ctx) => {
    registerAdministrationPortalRoutes(app, ctx);
    registerAdministrationBackofficeRoutes(app, ctx);
  },
};
