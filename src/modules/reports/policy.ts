import type { Role } from '../../platform/http/types.js';

/** Working reports: changing status, writing updates, keying in phone and desk reports. */
export const REPORTS_MANAGE = 'reports.manage';
/** Configuring categories, statuses, routing and SLA targets. */
export const REPORTS_CONFIGURE = 'reports.configure';

export const reportsPermissions: Record<string, readonly Role[]> = {
  [REPORTS_MANAGE]: ['admin', 'urp_operator', 'office_operator', 'contractor'],
  [REPORTS_CONFIGURE]: ['admin'],
};
