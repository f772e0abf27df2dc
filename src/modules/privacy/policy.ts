import type { Role } from '../../platform/http/types.js';

/** Publishing the privacy notice, handling erasure requests, setting retention: administrators. */
export const PRIVACY_MANAGE = 'privacy.manage';

export const privacyPermissions: Record<string, readonly Role[]> = {
  [PRIVACY_MANAGE]: ['admin'],
};
