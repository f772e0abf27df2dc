import type { CampanileModule } from '../../platform/module.js';
import { registerOfficeRoutes } from './http/backoffice.js';
import { OFFICES_PATH } from './http/views.js';
import { officesMessages } from './messages.js';
import { OFFICES_READ, officesPermissions } from './policy.js';

export { OFFICES_MANAGE, OFFICES_READ } from './policy.js';
export { listPublicOffices, type PublicOffice } from './queries/public-offices.js';
export { type OfficeRow, officeHours, officeMembers, offices } from './schema.js';
export { OFFICES_PATH };

/** Uffici: the offices of the Comune, their opening hours and their people. */
export const officesModule: CampanileModule = {
  name: 'offices',
  messages: officesMessages,
  permissions: officesPermissions,
  backofficeNav: [
    { href: OFFICES_PATH, label: 'offices.nav.offices', icon: 'it-pa', permission: OFFICES_READ, order: 300 },
  ],
  routes: (app, ctx) => registerOfficeRoutes(app, ctx),
};
