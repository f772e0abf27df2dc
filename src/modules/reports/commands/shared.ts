// Pieces the report commands share: TypeBox validation into the error catalogue's field format, the
// default statuses of a Comune, and the territory check.

import type { Static, TSchema } from '@sinclair/typebox';
import { ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/client.js';
import type { LonLat } from '../../../platform/db/columns.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { type ReportStatusRow, reportStatuses } from '../schema.js';

/** A UUID as text (TypeBox formats need a registry; a pattern does not). */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
/** Deliberately loose: one @, a dot in the domain, no spaces (the mailbox itself is the real test). */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

function fieldErrorOf(error: { type: ValueErrorType; path: string; schema: TSchema }): FieldError {
  const path = error.path.replace(/^\//, '');
  const schema = error.schema as Record<string, unknown>;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { path, code: 'required', message: 'validation.required' };
    case ValueErrorType.ObjectAdditionalProperties:
      return { path, code: 'additionalProperties', message: 'validation.unknownField' };
    case ValueErrorType.StringMinLength:
      return Number(schema.minLength) === 1
        ? { path, code: 'required', message: 'validation.required' }
        : {
            path,
            code: 'minLength',
            message: 'validation.minLength',
            params: { limit: Number(schema.minLength) },
          };
    case ValueErrorType.StringMaxLength:
      return {
        path,
        code: 'maxLength',
        message: 'validation.maxLength',
        params: { limit: Number(schema.maxLength) },
      };
    case ValueErrorType.NumberMinimum:
      return {
        path,
        code: 'minimum',
        message: 'validation.minimum',
        params: { limit: Number(schema.minimum) },
      };
    case ValueErrorType.NumberMaximum:
      return {
        path,
        code: 'maximum',
        message: 'validation.maximum',
        params: { limit: Number(schema.maximum) },
      };
    case ValueErrorType.StringPattern:
      return schema.pattern === EMAIL_PATTERN
        ? { path, code: 'format', message: 'validation.email' }
        : schema.pattern === UUID_PATTERN
          ? { path, code: 'format', message: 'validation.uuid' }
          : { path, code: 'pattern', message: 'validation.pattern' };
    case ValueErrorType.Union:
    case ValueErrorType.Literal:
      return { path, code: 'enum', message: 'validation.enum' };
    default:
      return { path, code: 'type', message: 'validation.type' };
  }
}

/** `input` checked against `schema`; VALIDATION_FAILED with one error per field otherwise. */
export function validated<T extends TSchema>(schema: T, input: unknown): Static<T> {
  if (Value.Check(schema, input)) return input;
  const fields: FieldError[] = [];
  for (const error of Value.Errors(schema, input)) {
    const field = fieldErrorOf(error);
    // A union reports each branch's complaint too; the first one per field is the useful one.
    if (!fields.some((f) => f.path === field.path)) fields.push(field);
  }
  throw new AppError('VALIDATION_FAILED', fields);
}

/** The statuses a Comune starts with (it renames, adds and reorders them later). */
export const DEFAULT_STATUSES: ReadonlyArray<{
  slug: string;
  name: string;
  closed: boolean;
  initial: boolean;
}> = [
  { slug: 'nuova', name: 'Nuova', closed: false, initial: true },
  { slug: 'in-programmazione', name: 'In programmazione', closed: false, initial: false },
  { slug: 'in-lavorazione', name: 'In lavorazione', closed: false, initial: false },
  { slug: 'chiusa', name: 'Chiusa', closed: true, initial: false },
  { slug: 'respinta', name: 'Respinta', closed: true, initial: false },
];

/** The Comune's statuses, writing the defaults first when it has none yet. */
export async function ensureStatuses(tx: Tx, tenantId: string): Promise<ReportStatusRow[]> {
  const existing = await tx
    .select()
    .from(reportStatuses)
    .where(eq(reportStatuses.tenantId, tenantId))
    .orderBy(asc(reportStatuses.sort));
  if (existing.length) return existing;
  await tx
    .insert(reportStatuses)
    .values(DEFAULT_STATUSES.map((s, i) => ({ tenantId, ...s, sort: (i + 1) * 10 })))
    .onConflictDoNothing();
  return tx
    .select()
    .from(reportStatuses)
    .where(eq(reportStatuses.tenantId, tenantId))
    .orderBy(asc(reportStatuses.sort));
}

export async function findStatus(
  tx: Tx,
  tenantId: string,
  statusId: string,
): Promise<ReportStatusRow | null> {
  const [row] = await tx
    .select()
    .from(reportStatuses)
    .where(and(eq(reportStatuses.tenantId, tenantId), eq(reportStatuses.id, statusId)));
  return row ?? null;
}

/**
 * Where a point falls in the Comune: the area (frazione, quartiere) whose polygon contains it, or
 * `outside`. The areas are the Comune's territory (tenancy has no separate boundary); a Comune that
 * has drawn no area at all cannot be checked, and every point is accepted without an area.
 */
export async function locate(
  tx: Tx,
  tenantId: string,
  [lon, lat]: LonLat,
): Promise<{ inside: true; areaId: string | null } | { inside: false }> {
  const [row] = await queryRows<{ area_id: string | null; areas: number | string }>(
    tx,
    sql`select (select id from area where tenant_id = ${tenantId} and boundary @> point(${lon}, ${lat})
                 order by residents desc limit 1) as area_id,
               (select count(*) from area where tenant_id = ${tenantId}) as areas`,
  );
  if (row?.area_id) return { inside: true, areaId: row.area_id };
  if (Number(row?.areas ?? 0) === 0) return { inside: true, areaId: null };
  return { inside: false };
}

export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
