import { and, eq } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { offices } from '../schema.js';
import {
  isUniqueViolation,
  normalizeOffice,
  type OfficeInput,
  officeProblems,
  officeSnapshot,
  rejectIfAny,
  slugTaken,
} from './office-fields.js';

/** An administrator edits an office's details; nothing is written (or audited) when nothing changed. */
export async function updateOffice(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  officeId: string,
  input: OfficeInput,
): Promise<{ changed: boolean }> {
  const fields = normalizeOffice(input);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      const before = await officeSnapshot(tx, tenantId, officeId);
      if (!before) throw new AppError('NOT_FOUND');
      rejectIfAny(await officeProblems(tx, tenantId, fields, officeId));
      const changes = diff({ ...before }, { ...fields });
      if (Object.keys(changes).length === 0) return { changed: false };
      await tx
        .update(offices)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(eq(offices.tenantId, tenantId), eq(offices.id, officeId)));
      await recordAudit(tx, tenantId, actor, {
        action: 'office.updated',
        entity: 'office',
        entityId: officeId,
        changes,
      });
      return { changed: true };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', [slugTaken()]);
    throw err;
  }
}
