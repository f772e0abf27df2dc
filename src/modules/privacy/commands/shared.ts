import type { AuditActor } from '../../../platform/audit/audit.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';

/** Who acts, as commands need them: known by id, described for the audit log. */
export type IdentifiedActor = AuditActor & { id: string };

export function rejectFields(fields: FieldError[]): void {
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', fields);
}

export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
