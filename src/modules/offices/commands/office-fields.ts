import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { SLUG, SLUG_MAX_LENGTH, slugify } from '../../../platform/validation/slug.js';
import { areas } from '../../tenancy/index.js';
import { offices } from '../schema.js';

/** What a person types in the office form (route schemas check shapes and lengths). */
export interface OfficeInput {
  name: string;
  slug?: string | undefined;
  description?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  address?: string | undefined;
  /** '' or absent: the whole territory. */
  areaId?: string | null | undefined;
}

export interface OfficeFields {
  name: string;
  slug: string;
  description: string;
  email: string;
  phone: string;
  address: string;
  areaId: string | null;
}

/** Trimmed values; an empty slug is derived from the name. */
export function normalizeOffice(input: OfficeInput): OfficeFields {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const slug = input.slug?.trim() || slugify(name, SLUG_MAX_LENGTH);
  return {
    name,
    slug,
    description: input.description?.trim() ?? '',
    email: input.email?.trim().toLowerCase() ?? '',
    phone: input.phone?.trim() ?? '',
    address: input.address?.trim() ?? '',
    areaId: input.areaId?.trim() || null,
  };
}

export const slugTaken = (): FieldError => ({
  path: 'slug',
  code: 'taken',
  message: 'offices.errors.slugTaken',
});

/** Rules the schema cannot check: a usable slug, unique in the Comune, and an area of this Comune. */
export async function officeProblems(
  tx: Tx,
  tenantId: string,
  fields: OfficeFields,
  exceptOfficeId?: string,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (!fields.name) problems.push({ path: 'name', code: 'required', message: 'validation.required' });
  if (!fields.slug) problems.push({ path: 'slug', code: 'required', message: 'offices.errors.slugEmpty' });
  else if (!SLUG.test(fields.slug) || fields.slug.length > SLUG_MAX_LENGTH)
    problems.push({ path: 'slug', code: 'pattern', message: 'offices.errors.slugFormat' });
  else {
    const [clash] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(
        and(
          eq(offices.tenantId, tenantId),
          eq(offices.slug, fields.slug),
          exceptOfficeId ? ne(offices.id, exceptOfficeId) : undefined,
        ),
      )
      .limit(1);
    if (clash) problems.push(slugTaken());
  }
  if (fields.areaId) {
    const [area] = await tx
      .select({ id: areas.id })
      .from(areas)
      .where(and(eq(areas.tenantId, tenantId), eq(areas.id, fields.areaId)))
      .limit(1);
    if (!area) problems.push({ path: 'areaId', code: 'unknown', message: 'offices.errors.areaUnknown' });
  }
  return problems;
}

export function rejectIfAny(fields: FieldError[]): void {
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', fields);
}

/** PostgreSQL's unique_violation, however deep the driver wrapped it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** The office as the audit log and the forms see it. */
export async function officeSnapshot(
  tx: Tx,
  tenantId: string,
  officeId: string,
): Promise<OfficeFields | null> {
  const [row] = await tx
    .select({
      name: offices.name,
      slug: offices.slug,
      description: offices.description,
      email: offices.email,
      phone: offices.phone,
      address: offices.address,
      areaId: offices.areaId,
    })
    .from(offices)
    .where(and(eq(offices.tenantId, tenantId), eq(offices.id, officeId)))
    .limit(1);
  return row ?? null;
}
