import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { offices } from '../schema.js';
import {
  isUniqueViolation,
  normalizeOffice,
  type OfficeInput,
  officeProblems,
  rejectIfAny,
  slugTaken,
} from './office-fields.js';

/** An administrator creates an office; the slug comes from the name unless given. */
export async function createOffice(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  input: OfficeInput,
): Promise<{ id: string }> {
  const fields = normalizeOffice(input);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      rejectIfAny(await officeProblems(tx, tenantId, fields));
      const [row] = await tx
        .insert(offices)
        .values({ tenantId, ...fields })
        .returning({ id: offices.id });
      if (!row) throw new Error('office insert returned nothing');
      await recordAudit(tx, tenantId, actor, {
        action: 'office.created',
        entity: 'office',
        entityId: row.id,
        changes: diff(null, { ...fields }),
      });
      return { id: row.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', [slugTaken()]);
    throw err;
  }
}
