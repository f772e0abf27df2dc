// Commands of the redazione on the services catalogue: create, change and delete a scheda servizio.
// Everything is checked first (all problems at once, with Italian messages), then the row and its
// audit entry are written in one transaction; recording the audit entry also makes the portal's
// cached pages of the Comune stale, so the change shows at once.

import { and, eq, ne } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { SLUG, SLUG_MAX_LENGTH, slugify } from '../../../platform/validation/slug.js';
import { offices } from '../../offices/schema.js';
import { TOPICS } from '../../portal/index.js';
import { type ServiceRow, serviceCategories, services } from '../schema.js';

/** The sections of a scheda servizio, in page order; `required` ones are checked by the national checker. */
export const SERVICE_TEXTS = [
  ['audience', true],
  ['description', false],
  ['howTo', true],
  ['needed', true],
  ['outcome', true],
  ['times', true],
  ['cost', false],
  ['access', true],
  ['conditions', false],
  ['contacts', false],
  ['furtherInfo', false],
] as const;
export type ServiceText = (typeof SERVICE_TEXTS)[number][0];

export const TEXT_MAX = 20_000;
export const SUMMARY_MAX = 400;

export type ServiceInput = {
  title: string;
  slug?: string | undefined;
  summary?: string | undefined;
  categoryId?: string | undefined;
  officeId?: string | undefined;
  topics?: string[] | undefined;
  status?: string | undefined;
  statusReason?: string | undefined;
  onlineUrl?: string | undefined;
} & Partial<Record<ServiceText, string | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const line = (v: string | undefined) => (v ?? '').trim().replace(/\s+/g, ' ');
const block = (v: string | undefined) => (v ?? '').replace(/\r\n?/g, '\n').trim();
const problem = (path: string, message: string, params?: Record<string, string | number>): FieldError => ({
  path,
  code: 'invalid',
  message,
  ...(params ? { params } : {}),
});

/** The values as they will be stored: trimmed, slug derived from the title when empty. */
export function normalizeService(input: ServiceInput) {
  const title = line(input.title);
  const texts = Object.fromEntries(SERVICE_TEXTS.map(([name]) => [name, block(input[name])])) as Record<
    ServiceText,
    string
  >;
  return {
    title,
    slug: line(input.slug) || slugify(title, SLUG_MAX_LENGTH),
    summary: line(input.summary),
    categoryId: line(input.categoryId),
    officeId: line(input.officeId) || null,
    topics: [...new Set((input.topics ?? []).map((t) => t.trim()).filter(Boolean))],
    status: line(input.status),
    statusReason: line(input.statusReason),
    onlineUrl: line(input.onlineUrl),
    ...texts,
  };
}
type Normalized = ReturnType<typeof normalizeService>;

/** An online channel: an https/http address, or a path of this site (never protocol-relative). */
function isChannelUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !/\s/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

async function problemsOf(tx: Tx, tenantId: string, f: Normalized, exceptId?: string): Promise<FieldError[]> {
  const list: FieldError[] = [];
  if (f.title.length < 3) list.push(problem('title', 'services.errors.required'));
  else if (f.title.length > 200) list.push(problem('title', 'services.errors.titleLong'));
  if (!SLUG.test(f.slug) || f.slug.length > SLUG_MAX_LENGTH)
    list.push(problem('slug', 'services.errors.slug'));
  if (f.summary.length < 3) list.push(problem('summary', 'services.errors.required'));
  else if (f.summary.length > SUMMARY_MAX)
    list.push(problem('summary', 'services.errors.tooLong', { max: SUMMARY_MAX }));
  const [category] = UUID.test(f.categoryId)
    ? await tx
        .select({ id: serviceCategories.id })
        .from(serviceCategories)
        .where(and(eq(serviceCategories.tenantId, tenantId), eq(serviceCategories.id, f.categoryId)))
    : [];
  if (!category) list.push(problem('categoryId', 'services.errors.category'));
  if (f.officeId) {
    const [office] = UUID.test(f.officeId)
      ? await tx
          .select({ id: offices.id })
          .from(offices)
          .where(and(eq(offices.tenantId, tenantId), eq(offices.id, f.officeId)))
      : [];
    if (!office) list.push(problem('officeId', 'services.errors.office'));
  }
  if (f.topics.length === 0) list.push(problem('topics', 'services.errors.topicsRequired'));
  else if (f.topics.some((label) => !TOPICS.some((t) => t.label === label)))
    list.push(problem('topics', 'services.errors.topicUnknown'));
  if (f.status !== 'active' && f.status !== 'inactive')
    list.push(problem('status', 'services.errors.status'));
  if (f.status === 'inactive' && f.statusReason.length < 3)
    list.push(problem('statusReason', 'services.errors.reason'));
  if (f.statusReason.length > 400)
    list.push(problem('statusReason', 'services.errors.tooLong', { max: 400 }));
  for (const [name, required] of SERVICE_TEXTS) {
    if (required && f[name].length < 3) list.push(problem(name, 'services.errors.required'));
    else if (f[name].length > TEXT_MAX)
      list.push(problem(name, 'services.errors.tooLong', { max: TEXT_MAX }));
  }
  if (f.onlineUrl && (f.onlineUrl.length > 500 || !isChannelUrl(f.onlineUrl)))
    list.push(problem('onlineUrl', 'services.errors.url'));
  if (SLUG.test(f.slug)) {
    const conditions = [eq(services.tenantId, tenantId), eq(services.slug, f.slug)];
    if (exceptId) conditions.push(ne(services.id, exceptId));
    const [taken] = await tx
      .select({ id: services.id })
      .from(services)
      .where(and(...conditions));
    if (taken) list.push(problem('slug', 'services.errors.slugTaken'));
  }
  return list;
}

/** What the audit log keeps of a service: every field but the timestamps. */
function auditView(row: Partial<ServiceRow>) {
  const { createdAt: _c, updatedAt: _u, tenantId: _t, ...rest } = row;
  return rest;
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '23505') return true;
  return false;
}

/**
 * Creates (no `id`) or changes a scheda servizio. Throws VALIDATION_FAILED with every problem, or
 * NOT_FOUND; returns the id, the slug and whether anything changed.
 */
export async function saveService(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  input: ServiceInput,
  id?: string,
): Promise<{ id: string; slug: string; changed: boolean }> {
  const f = normalizeService(input);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      const [before] = id
        ? await tx
            .select()
            .from(services)
            .where(and(eq(services.tenantId, tenantId), eq(services.id, id)))
        : [];
      if (id && !before) throw new AppError('NOT_FOUND');
      const problems = await problemsOf(tx, tenantId, f, id);
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems);
      const columns = { ...f, status: f.status as 'active' | 'inactive' };
      if (!before) {
        const [row] = await tx
          .insert(services)
          .values({ ...columns, tenantId })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, tenantId, actor, {
          action: 'service.created',
          entity: 'service',
          entityId: row.id,
          changes: diff(null, auditView(row)),
        });
        return { id: row.id, slug: row.slug, changed: true };
      }
      const changes = diff(auditView(before), auditView({ ...before, ...columns }));
      if (Object.keys(changes).length === 0) return { id: before.id, slug: before.slug, changed: false };
      await tx
        .update(services)
        .set({ ...columns, updatedAt: new Date() })
        .where(and(eq(services.tenantId, tenantId), eq(services.id, before.id)));
      await recordAudit(tx, tenantId, actor, {
        action: 'service.updated',
        entity: 'service',
        entityId: before.id,
        changes,
      });
      return { id: before.id, slug: f.slug, changed: true };
    });
  } catch (err) {
    // Two editors saving the same new slug at once: the unique index decides, the form says why.
    if (isUniqueViolation(err))
      throw new AppError('VALIDATION_FAILED', [problem('slug', 'services.errors.slugTaken')]);
    throw err;
  }
}

/** Deletes a scheda servizio; the audit entry keeps every field it had. */
export async function deleteService(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  id: string,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .delete(services)
      .where(and(eq(services.tenantId, tenantId), eq(services.id, id)))
      .returning();
    if (!before) throw new AppError('NOT_FOUND');
    await recordAudit(tx, tenantId, actor, {
      action: 'service.deleted',
      entity: 'service',
      entityId: id,
      changes: diff(auditView(before), null),
    });
  });
}
