import type { Role } from '../../platform/http/types.js';

/** Reading the audit log (registro delle attività): administrators, and the Giunta read-only. */
export const AUDIT_READ = 'audit.read';

export const backofficePermissions: Record<string, readonly Role[]> = {
  [AUDIT_READ]: ['admin', 'executive'],
};
