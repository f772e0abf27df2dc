import type { CampanileModule } from '../../platform/module.js';
import {
  registerPersonalAreaSection,
  registerPersonalDataEraser,
  registerPersonalDataExporter,
} from '../privacy/index.js';
import { registerAccountRoutes } from './http/routes.js';
import { accountMessages } from './messages.js';
import { erasePreferences, exportPreferences } from './preferences.js';
import { PREFERENCES_PATH, SECTIONS } from './sections.js';

export { CHANNELS, type Channel, type NotificationPreferences, readPreferences } from './preferences.js';
export { notificationPreferences } from './schema.js';
export {
  PREFERENCES_PATH,
  registerPersonalAreaContent,
  SECTION_KEYS,
  type SectionContent,
  type SectionKey,
} from './sections.js';

for (const section of SECTIONS)
  registerPersonalAreaSection({
    href: section.path,
    label: `account.nav.${section.key}`,
    order: section.order,
  });
registerPersonalAreaSection({ href: PREFERENCES_PATH, label: 'account.nav.notifiche', order: 700 });
registerPersonalDataExporter('notificationPreferences', exportPreferences);
registerPersonalDataEraser('notificationPreferences', erasePreferences);

/**
 * The citizen's personal area beyond privacy: the sections later capabilities fill (messages,
 * activity, applications, appointments, reports) and the notification preferences.
 */
export const accountModule: CampanileModule = {
  name: 'account',
  messages: accountMessages,
  routes: (app, ctx) => registerAccountRoutes(app, ctx),
};
