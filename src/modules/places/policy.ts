import type { Role } from '../../platform/http/types.js';

/** Creating and changing the places of the Comune: administrators and editors. */
export const PLACES_MANAGE = 'places.manage';
/** Creating, publishing and cancelling events: administrators and editors. */
export const EVENTS_MANAGE = 'events.manage';

export const placesPermissions: Record<string, readonly Role[]> = {
  [PLACES_MANAGE]: ['admin', 'editor'],
  [EVENTS_MANAGE]: ['admin', 'editor'],
};
