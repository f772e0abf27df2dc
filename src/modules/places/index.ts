import type { CampanileModule } from '../../platform/module.js';
import { registerPlacesPortalRoutes } from './http/portal.js';
import { placesMessages } from './messages.js';
import { placesPermissions } from './policy.js';

export { seedPlacesDemo } from './demo.js';
export { EVENTS_PUBLIC_PATH, PLACES_PUBLIC_PATH } from './http/portal.js';
export { EVENTS_MANAGE, PLACES_MANAGE } from './policy.js';
export { type EventRow, events, type PlaceRow, placeKinds, places } from './schema.js';

/** Vivere il Comune: places of the territory and the events calendar. */
export const placesModule: CampanileModule = {
  name: 'places',
  messages: placesMessages,
  permissions: placesPermissions,
  routes: (app, ctx) => registerPlacesPortalRoutes(app, ctx),
};
