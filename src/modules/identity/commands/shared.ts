import { and, eq, ne } from 'drizzle-orm';
import type { AuditActor } from '../../../platform/audit/audit.js';
import type { Tx } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { sessions } from '../schema.js';

/** The staff member acting, as commands need them: who they are for the audit log and the guards. */
export type StaffAuditActor = AuditActor & { id: string };

export function rejectFields(fields: FieldError[]): void {
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', fields);
}

/** Ends a staff member's sessions inside the caller's transaction, optionally sparing one. */
export async function deleteStaffSessions(
  tx: Tx,
  tenantId: string,
  staffUserId: string,
  exceptSessionId?: string,
): Promise<number> {
  const rows = await tx
    .delete(sessions)
    .where(
      and(
        eq(sessions.tenantId, tenantId),
        eq(sessions.staffUserId, staffUserId),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}
