// Commands of the redattore on the schede di amministrazione: create, change, publish, withdraw and
// delete. Every change writes its audit entry in the same transaction (which also tells the page cache
// that the Comune's portal pages changed, so the portal shows the change at once).

import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import type { Storage } from '../../../platform/storage/storage.js';
import {
  attachmentTitle,
  checkAttachmentFile,
  isUploaded,
  safeFilename,
  type UploadedFile,
} from '../../../platform/validation/attachment.js';
import { SLUG, SLUG_MAX_LENGTH, slugify } from '../../../platform/validation/slug.js';
import { offices } from '../../offices/index.js';
import { topicBySlug } from '../../portal/index.js';
import {
  ADMINISTRATION_CATEGORIES,
  ADMINISTRATION_STATUSES,
  type AdministrationRow,
  type AdministrationStatus,
  administrationAttachments,
  administrationItems,
} from '../schema.js';

export interface AdministrationInput {
  category: string;
  title: string;
  slug?: string | undefined;
  summary?: string | undefined;
  body?: string | undefined;
  role?: string | undefined;
  officeId?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  topics?: string[] | undefined;
  sortOrder?: string | undefined;
  status: string;
  /** A new allegato (documenti e dati): checked by its bytes, stored with the scheda. */
  attachment?: UploadedFile | undefined;
  attachmentTitle?: string | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ./-]{4,24}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const clean = (v: string | undefined) => v?.trim() ?? '';
const oneLine = (v: string | undefined) => clean(v).replace(/\s+/g, ' ');
const problem = (
  path: string,
  message: string,
  code = 'invalid',
  params?: Record<string, string | number>,
): FieldError => ({ path, code, message, ...(params ? { params } : {}) });

export function normalizeAdministration(input: AdministrationInput) {
  const title = oneLine(input.title);
  const sortOrder = clean(input.sortOrder);
  return {
    category: clean(input.category),
    title,
    slug: clean(input.slug) || slugify(title, SLUG_MAX_LENGTH),
    summary: oneLine(input.summary),
    body: (input.body ?? '').replace(/\r\n?/g, '\n').trim(),
    role: oneLine(input.role),
    officeId: clean(input.officeId) || null,
    email: clean(input.email).toLowerCase(),
    phone: oneLine(input.phone),
    topics: [...new Set((input.topics ?? []).map((s) => s.trim()).filter(Boolean))],
    sortOrder: sortOrder === '' ? 0 : /^-?\d{1,4}$/.test(sortOrder) ? Number(sortOrder) : Number.NaN,
    status: clean(input.status),
  };
}
type Normalized = ReturnType<typeof normalizeAdministration>;

async function fieldProblems(tx: Tx, tenantId: string, f: Normalized, exceptId?: string) {
  const problems: FieldError[] = [];
  const tooLong = (path: string, value: string, max: number) => {
    if (value.length > max)
      problems.push(problem(path, 'administration.errors.tooLong', 'too_long', { max }));
  };
  if (!(ADMINISTRATION_CATEGORIES as readonly string[]).includes(f.category))
    problems.push(problem('category', 'administration.errors.category'));
  if (!f.title) problems.push(problem('title', 'validation.required', 'required'));
  tooLong('title', f.title, 200);
  if (!SLUG.test(f.slug) || f.slug.length > SLUG_MAX_LENGTH)
    problems.push(problem('slug', 'administration.errors.slug'));
  if (!f.summary) problems.push(problem('summary', 'validation.required', 'required'));
  tooLong('summary', f.summary, 400);
  tooLong('body', f.body, 40_000);
  tooLong('role', f.role, 200);
  if (f.category === 'politici' && !f.role)
    problems.push(problem('role', 'administration.errors.roleRequired', 'required'));
  if (f.email && (!EMAIL.test(f.email) || f.email.length > 200))
    problems.push(problem('email', 'administration.errors.email'));
  if (f.phone && !PHONE.test(f.phone)) problems.push(problem('phone', 'administration.errors.phone'));
  if (f.topics.some((t) => !topicBySlug(t)))
    problems.push(problem('topics', 'administration.errors.topicUnknown'));
  if (!Number.isInteger(f.sortOrder)) problems.push(problem('sortOrder', 'administration.errors.sortOrder'));
  if (!(ADMINISTRATION_STATUSES as readonly string[]).includes(f.status))
    problems.push(problem('status', 'administration.errors.status'));
  if (f.officeId) {
    const office = UUID.test(f.officeId)
      ? await tx
          .select({ id: offices.id })
          .from(offices)
          .where(and(eq(offices.tenantId, tenantId), eq(offices.id, f.officeId)))
      : [];
    if (!office[0]) problems.push(problem('officeId', 'administration.errors.office'));
  }
  if (SLUG.test(f.slug) && problems.every((p) => p.path !== 'category')) {
    const conditions = [
      eq(administrationItems.tenantId, tenantId),
      eq(administrationItems.category, f.category),
      eq(administrationItems.slug, f.slug),
    ];
    if (exceptId) conditions.push(ne(administrationItems.id, exceptId));
    const [taken] = await tx
      .select({ id: administrationItems.id })
      .from(administrationItems)
      .where(and(...conditions));
    if (taken) problems.push(problem('slug', 'administration.errors.slugTaken', 'taken'));
  }
  return problems;
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** What the audit log keeps of a scheda (the body only as its length). */
function auditView(row: Partial<AdministrationRow>) {
  const { body, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...rest } = row;
  return { ...rest, bodyLength: body?.length ?? 0 };
}

async function findRow(tx: Tx, tenantId: string, id: string) {
  if (!UUID.test(id)) return null;
  const [row] = await tx
    .select()
    .from(administrationItems)
    .where(and(eq(administrationItems.tenantId, tenantId), eq(administrationItems.id, id)));
  return row ?? null;
}

/** The attachment of a form: checked by its bytes; a field error when refused. */
export function checkAdministrationAttachment(file: UploadedFile) {
  return checkAttachmentFile(file, {
    field: 'attachment',
    tooLarge: 'administration.errors.attachmentTooLarge',
    type: 'administration.errors.attachmentType',
  });
}

/**
 * Creates (no `id`) or changes a scheda, with a new attachment if one is given; every problem (the
 * attachment's too) is reported at once. The file is stored first and removed again if the change fails.
 */
export async function saveAdministrationItem(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  input: AdministrationInput,
  id?: string,
  storage?: Storage,
): Promise<{ id: string; changed: boolean }> {
  const f = normalizeAdministration(input);
  const actorId = actor.kind === 'staff' ? actor.id : null;
  const fileProblems: FieldError[] = [];
  let attachment: { mime: string; extension: string; file: UploadedFile; title: string } | undefined;
  if (isUploaded(input.attachment)) {
    const checked = await checkAdministrationAttachment(input.attachment);
    if (checked.error) fileProblems.push(checked.error);
    else if (!storage) throw new Error('an attachment needs the storage');
    else
      attachment = {
        mime: checked.mime,
        extension: checked.extension,
        file: input.attachment,
        title: attachmentTitle(input.attachmentTitle, input.attachment.filename),
      };
  }
  if (oneLine(input.attachmentTitle).length > 200)
    fileProblems.push(problem('attachmentTitle', 'administration.errors.tooLong', 'too_long', { max: 200 }));
  let storageKey: string | undefined;
  try {
    return await withTenant(database, tenantId, async (tx) => {
      const before = id ? await findRow(tx, tenantId, id) : null;
      if (id && !before) throw new AppError('NOT_FOUND');
      const problems = [...(await fieldProblems(tx, tenantId, f, id)), ...fileProblems];
      if (problems.length > 0) {
        const code = problems.some((p) => p.code === 'FILE_TYPE_NOT_ALLOWED')
          ? 'FILE_TYPE_NOT_ALLOWED'
          : problems.some((p) => p.code === 'PAYLOAD_TOO_LARGE')
            ? 'PAYLOAD_TOO_LARGE'
            : 'VALIDATION_FAILED';
        throw new AppError(code, problems);
      }
      const columns = {
        category: f.category,
        title: f.title,
        slug: f.slug,
        summary: f.summary,
        body: f.body,
        role: f.role,
        officeId: f.officeId,
        email: f.email,
        phone: f.phone,
        topics: f.topics,
        sortOrder: f.sortOrder,
        status: f.status as AdministrationStatus,
      };
      let itemId: string;
      let changed: boolean;
      if (!before) {
        const [row] = await tx
          .insert(administrationItems)
          .values({ ...columns, tenantId, createdBy: actorId, updatedBy: actorId })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, tenantId, actor, {
          action: 'administration.created',
          entity: 'administration_item',
          entityId: row.id,
          changes: diff(null, auditView(row)),
        });
        itemId = row.id;
        changed = true;
      } else {
        itemId = before.id;
        const changes = diff(auditView(before), auditView({ ...before, ...columns }));
        changed = Object.keys(changes).length > 0;
        if (changed) {
          await tx
            .update(administrationItems)
            .set({ ...columns, updatedBy: actorId, updatedAt: new Date() })
            .where(and(eq(administrationItems.tenantId, tenantId), eq(administrationItems.id, before.id)));
          await recordAudit(tx, tenantId, actor, {
            action: 'administration.updated',
            entity: 'administration_item',
            entityId: before.id,
            changes,
          });
        }
      }
      if (attachment && storage) {
        storageKey = await storage.put(
          `tenants/${tenantId}/administration-attachments`,
          attachment.file.data,
          attachment.extension,
        );
        await addAttachmentRow(tx, tenantId, actor, itemId, {
          title: attachment.title,
          filename: safeFilename(attachment.file.filename, attachment.extension),
          mime: attachment.mime,
          extension: attachment.extension,
          size: attachment.file.data.length,
          storageKey,
        });
        changed = true;
      }
      return { id: itemId, changed };
    });
  } catch (err) {
    if (storageKey && storage) await storage.delete(storageKey).catch(() => {});
    if (isUniqueViolation(err))
      throw new AppError('VALIDATION_FAILED', [problem('slug', 'administration.errors.slugTaken', 'taken')]);
    throw err;
  }
}

/** Writes the row of a stored attachment, last of the scheda's list; audited (no file content). */
export async function addAttachmentRow(
  tx: Tx,
  tenantId: string,
  actor: AuditActor,
  itemId: string,
  file: {
    title: string;
    filename: string;
    mime: string;
    extension: string;
    size: number;
    storageKey: string;
  },
): Promise<string> {
  const [last] = await tx
    .select({ position: sql<number>`coalesce(max(${administrationAttachments.position}), -1)` })
    .from(administrationAttachments)
    .where(
      and(eq(administrationAttachments.tenantId, tenantId), eq(administrationAttachments.itemId, itemId)),
    );
  const [row] = await tx
    .insert(administrationAttachments)
    .values({ tenantId, itemId, ...file, position: Number(last?.position ?? -1) + 1 })
    .returning({ id: administrationAttachments.id });
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, tenantId, actor, {
    action: 'administration.attachment_added',
    entity: 'administration_attachment',
    entityId: row.id,
    changes: { itemId, title: file.title, filename: file.filename, mime: file.mime, size: file.size },
  });
  return row.id;
}

/** The attachments of a scheda, in their order. */
export function listAttachmentsOf(tx: Tx, tenantId: string, itemId: string) {
  return tx
    .select()
    .from(administrationAttachments)
    .where(
      and(eq(administrationAttachments.tenantId, tenantId), eq(administrationAttachments.itemId, itemId)),
    )
    .orderBy(asc(administrationAttachments.position), asc(administrationAttachments.createdAt));
}

/** Removes one attachment of a scheda (the row now, the file after the commit); audited. */
export async function removeAdministrationAttachment(
  database: Database,
  storage: Storage,
  tenantId: string,
  actor: AuditActor,
  itemId: string,
  attachmentId: string,
): Promise<void> {
  if (!UUID.test(attachmentId)) throw new AppError('NOT_FOUND');
  const key = await withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .delete(administrationAttachments)
      .where(
        and(
          eq(administrationAttachments.tenantId, tenantId),
          eq(administrationAttachments.itemId, itemId),
          eq(administrationAttachments.id, attachmentId),
        ),
      )
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, tenantId, actor, {
      action: 'administration.attachment_removed',
      entity: 'administration_attachment',
      entityId: attachmentId,
      changes: { itemId, title: row.title, filename: row.filename },
    });
    return row.storageKey;
  });
  await storage.delete(key).catch(() => {});
}

/** Publishes a scheda or brings it back to draft; audited. False when it already had that status. */
export async function setAdministrationStatus(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  id: string,
  status: AdministrationStatus,
): Promise<boolean> {
  return withTenant(database, tenantId, async (tx) => {
    const before = await findRow(tx, tenantId, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.status === status) return false;
    await tx
      .update(administrationItems)
      .set({ status, updatedBy: actor.kind === 'staff' ? actor.id : null, updatedAt: new Date() })
      .where(and(eq(administrationItems.tenantId, tenantId), eq(administrationItems.id, id)));
    await recordAudit(tx, tenantId, actor, {
      action: status === 'published' ? 'administration.published' : 'administration.unpublished',
      entity: 'administration_item',
      entityId: id,
      changes: diff({ status: before.status }, { status }),
    });
    return true;
  });
}

/** Deletes a scheda with its attachments (rows at once, files after the commit); audited. */
export async function deleteAdministrationItem(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  id: string,
  storage?: Storage,
): Promise<void> {
  const keys = await withTenant(database, tenantId, async (tx) => {
    const before = await findRow(tx, tenantId, id);
    if (!before) throw new AppError('NOT_FOUND');
    const files = await listAttachmentsOf(tx, tenantId, id);
    await tx
      .delete(administrationItems)
      .where(and(eq(administrationItems.tenantId, tenantId), eq(administrationItems.id, id)));
    await recordAudit(tx, tenantId, actor, {
      action: 'administration.deleted',
      entity: 'administration_item',
      entityId: id,
      changes: { ...diff(auditView(before), null), attachments: [files.length, 0] },
    });
    return files.map((f) => f.storageKey);
  });
  if (storage) for (const key of keys) await storage.delete(key).catch(() => {});
}
