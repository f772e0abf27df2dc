import type { CampanileModule } from '../../platform/module.js';
import { eventsContentSource, placesContentSource } from './content.js';
import { EVENTS_ADMIN_PATH, PLACES_ADMIN_PATH, registerPlacesBackofficeRoutes } from './http/backoffice.js';
import { registerPlacesPortalRoutes } from './http/portal.js';
import { placesMessages } from './messages.js';
import { EVENTS_MANAGE, PLACES_MANAGE, placesPermissions } from './policy.js';

export { type EventItem, upcomingEvents } from './content.js';
export { seedPlacesDemo } from './demo.js';
export { EVENTS_PUBLIC_PATH, PLACES_PUBLIC_PATH } from './http/portal.js';
export { EVENTS_MANAGE, PLACES_MANAGE } from './policy.js';
export { type EventRow, events, type PlaceRow, placeKinds, places } from './schema.js';

/** Vivere il Comune: places of the territory and the events calendar. */
export const placesModule: CampanileModule = {
  name: 'places',
  messages: placesMessages,
  permissions: placesPermissions,
  contentSources: [placesContentSource, eventsContentSource],
  backofficeNav: [
    {
      href: PLACES_ADMIN_PATH,
      label: 'places.nav.places',
      icon: 'it-map-marker',
      permission: PLACES_MANAGE,
      order: 500,
    },
    {
      href: EVENTS_ADMIN_PATH,
      label: 'places.nav.events',
      icon: 'it-calendar',
      permission: EVENTS_MANAGE,
      order: 510,
    },
  ],
  routes: (app, ctx) => {
    registerPlacesPortalRoutes(app, ctx);
    registerPlacesBackofficeRoutes(app, ctx);
  },
};
