// Commands of the redattore: create and change news items (with their image and attachments), publish,
// withdraw and delete. Everything is checked first, files are stored, then the rows and the audit entry
// are written in one transaction; files of a failed or replaced change are removed afterwards.

import { and, eq, ne } from 'drizzle-orm';
import sharp from 'sharp';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type ErrorCode, type FieldError } from '../../../platform/errors/catalogue.js';
import type { Storage } from '../../../platform/storage/storage.js';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  attachmentTitle,
  checkAttachmentFile,
  isUploaded,
  safeFilename,
  type UploadedFile,
} from '../../../platform/validation/attachment.js';
import { sniffImageType } from '../../../platform/validation/image.js';
import { SLUG, SLUG_MAX_LENGTH, slugify } from '../../../platform/validation/slug.js';
import { offices } from '../../offices/schema.js';
import { topicBySlug } from '../../portal/index.js';
import {
  NEWS_KINDS,
  NEWS_STATUSES,
  type NewsImage,
  type NewsKind,
  type NewsRow,
  type NewsStatus,
  newsAttachments,
  newsItems,
} from '../schema.js';

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
/** Responsive widths of a news image (a smaller original is never enlarged). */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
const MAX_INPUT_PIXELS = 40_000_000;

export { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, safeFilename, type UploadedFile };

export interface NewsInput {
  kind: string;
  title: string;
  slug?: string | undefined;
  summary?: string | undefined;
  body?: string | undefined;
  topics?: string[] | undefined;
  officeId?: string | undefined;
  imageAlt?: string | undefined;
  removeImage?: boolean | undefined;
  status: string;
  publishDate?: string | undefined;
  publishTime?: string | undefined;
  unpublishDate?: string | undefined;
  unpublishTime?: string | undefined;
  featured?: boolean | undefined;
  image?: UploadedFile | undefined;
  attachment?: UploadedFile | undefined;
  attachmentTitle?: string | undefined;
}

const clean = (v: string | undefined) => v?.trim() ?? '';
const problem = (
  path: string,
  message: string,
  code = 'invalid',
  params?: Record<string, string | number>,
) => ({
  path,
  code,
  message,
  ...(params ? { params } : {}),
});

/** Local time in Rome ('2026-07-18', '21:00') as an instant; null when not a real date and time. */
export function romeToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const h = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !h) return null;
  const [y, mo, day, hh, mm] = [d[1], d[2], d[3], h[1], h[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || day < 1 || hh > 23 || mm > 59) return null;
  const guess = Date.UTC(y, mo - 1, day, hh, mm);
  if (new Date(guess).getUTCDate() !== day) return null;
  // Rome's offset at that moment: what Rome's clock shows at `guess`, compared with `guess` itself.
  const offsetAt = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Rome',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - instant;
  };
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}

/** An instant as Rome's local date and time, for the form fields. */
export function romeParts(date: Date): [string, string] {
  const s = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  const [day = '', time = ''] = s.split(' ');
  return [day, time.slice(0, 5)];
}

export function normalizeNews(input: NewsInput, now = new Date()) {
  const title = clean(input.title).replace(/\s+/g, ' ');
  const publishDate = clean(input.publishDate);
  const unpublishDate = clean(input.unpublishDate);
  return {
    kind: clean(input.kind),
    title,
    slug: clean(input.slug) || slugify(title, SLUG_MAX_LENGTH),
    summary: clean(input.summary).replace(/\s+/g, ' '),
    body: (input.body ?? '').replace(/\r\n?/g, '\n').trim(),
    topics: [...new Set((input.topics ?? []).map((s) => s.trim()).filter(Boolean))],
    officeId: clean(input.officeId) || null,
    imageAlt: clean(input.imageAlt).replace(/\s+/g, ' '),
    status: clean(input.status),
    featured: input.featured === true,
    publishAt: publishDate ? romeToUtc(publishDate, clean(input.publishTime) || '00:00') : now,
    publishInvalid: Boolean(publishDate) && !romeToUtc(publishDate, clean(input.publishTime) || '00:00'),
    unpublishAt: unpublishDate ? romeToUtc(unpublishDate, clean(input.unpublishTime) || '00:00') : null,
    unpublishInvalid:
      Boolean(unpublishDate) && !romeToUtc(unpublishDate, clean(input.unpublishTime) || '00:00'),
  };
}
type Normalized = ReturnType<typeof normalizeNews>;

async function fieldProblems(
  tx: Tx,
  tenantId: string,
  f: Normalized,
  exceptId?: string,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (!(NEWS_KINDS as readonly string[]).includes(f.kind)) problems.push(problem('kind', 'news.errors.kind'));
  if (!f.title) problems.push(problem('title', 'validation.required', 'required'));
  else if (f.title.length > 200)
    problems.push(problem('title', 'news.errors.tooLong', 'too_long', { max: 200 }));
  if (!SLUG.test(f.slug) || f.slug.length > SLUG_MAX_LENGTH)
    problems.push(problem('slug', 'news.errors.slug'));
  if (!f.summary) problems.push(problem('summary', 'validation.required', 'required'));
  else if (f.summary.length > 400)
    problems.push(problem('summary', 'news.errors.tooLong', 'too_long', { max: 400 }));
  if (f.body.length > 40_000)
    problems.push(problem('body', 'news.errors.tooLong', 'too_long', { max: 40000 }));
  if (f.topics.length === 0) problems.push(problem('topics', 'news.errors.topicsRequired', 'required'));
  else if (f.topics.some((t) => !topicBySlug(t)))
    problems.push(problem('topics', 'news.errors.topicUnknown'));
  if (!(NEWS_STATUSES as readonly string[]).includes(f.status))
    problems.push(problem('status', 'news.errors.status'));
  if (f.publishInvalid) problems.push(problem('publishDate', 'news.errors.date'));
  if (f.unpublishInvalid) problems.push(problem('unpublishDate', 'news.errors.date'));
  if (f.publishAt && f.unpublishAt && f.unpublishAt <= f.publishAt)
    problems.push(problem('unpublishDate', 'news.errors.unpublishBeforePublish'));
  if (f.officeId) {
    const [office] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.tenantId, tenantId), eq(offices.id, f.officeId)));
    if (!office) problems.push(problem('officeId', 'news.errors.office'));
  }
  if (SLUG.test(f.slug)) {
    const conditions = [eq(newsItems.tenantId, tenantId), eq(newsItems.slug, f.slug)];
    if (exceptId) conditions.push(ne(newsItems.id, exceptId));
    const [taken] = await tx
      .select({ id: newsItems.id })
      .from(newsItems)
      .where(and(...conditions));
    if (taken) problems.push(problem('slug', 'news.errors.slugTaken', 'taken'));
  }
  return problems;
}

const isPresent = isUploaded;

/**
 * Decodes an image and writes it again at each responsive width as WebP: orientation applied, every
 * metadata block (EXIF with GPS, XMP, comments) dropped, as sharp writes none unless asked.
 */
export async function renderImageVariants(
  data: Buffer,
): Promise<Array<{ width: number; height: number; data: Buffer }>> {
  const base = sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
  const meta = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).metadata();
  const swap = (meta.orientation ?? 1) >= 5;
  const originalWidth = (swap ? meta.height : meta.width) ?? 0;
  if (!originalWidth) throw new Error('image without a width');
  const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, originalWidth)))];
  const out = [];
  for (const width of widths) {
    const { data: webp, info } = await base
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    out.push({ width: info.width, height: info.height, data: webp });
  }
  return out;
}

/** Checks an image by its bytes and re-encodes it; a field error when it is not acceptable. */
export async function prepareImage(file: UploadedFile) {
  if (file.truncated || file.data.length > IMAGE_MAX_BYTES)
    return { error: problem('image', 'news.errors.imageTooLarge', 'PAYLOAD_TOO_LARGE', { max: 10 }) };
  if (!(await sniffImageType(file.data)))
    return { error: problem('image', 'news.errors.imageType', 'FILE_TYPE_NOT_ALLOWED') };
  try {
    return { variants: await renderImageVariants(file.data) };
  } catch {
    return { error: problem('image', 'news.errors.imageUnreadable', 'FILE_TYPE_NOT_ALLOWED') };
  }
}

/** Checks an attachment by its bytes (type and size, see the platform's attachment rules). */
export function checkAttachment(file: UploadedFile) {
  return checkAttachmentFile(file, {
    field: 'attachment',
    tooLarge: 'news.errors.attachmentTooLarge',
    type: 'news.errors.attachmentType',
  });
}

function rejection(fields: FieldError[]): AppError {
  const codes: ErrorCode[] = ['FILE_TYPE_NOT_ALLOWED', 'PAYLOAD_TOO_LARGE'];
  const code = codes.find((c) => fields.some((f) => f.code === c)) ?? 'VALIDATION_FAILED';
  return new AppError(code, fields);
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** What the audit log keeps of an item (the body only as its length: it can be long). */
function auditView(row: Partial<NewsRow>) {
  const { body, image, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...rest } = row;
  return {
    ...rest,
    bodyLength: body?.length ?? 0,
    image: image ? image.variants.map((v) => v.key) : null,
  };
}

/**
 * The redattore creates (no `id`) or changes an item. All problems are reported at once, including a
 * rejected image or attachment (the typed values are kept by the caller). An image needs its alt text.
 */
export async function saveNews(
  database: Database,
  storage: Storage,
  tenantId: string,
  actor: AuditActor,
  input: NewsInput,
  id?: string,
): Promise<{ id: string; changed: boolean }> {
  const f = normalizeNews(input);
  const problems = await withTenant(database, tenantId, async (tx) => {
    const found = await fieldProblems(tx, tenantId, f, id);
    const current = id
      ? await tx
          .select()
          .from(newsItems)
          .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id)))
      : [];
    if (id && !current[0]) throw new AppError('NOT_FOUND');
    return { found, current: current[0] ?? null };
  });
  const list = problems.found;
  const before = problems.current;
  // The form shows times to the minute: an unchanged date keeps the stored instant (no spurious change).
  const sameMinute = (stored: Date | null, date?: string, time?: string) =>
    stored !== null && romeParts(stored).join(' ') === `${clean(date)} ${clean(time) || '00:00'}`;
  if (before && sameMinute(before.publishAt, input.publishDate, input.publishTime))
    f.publishAt = before.publishAt;
  if (before && sameMinute(before.unpublishAt, input.unpublishDate, input.unpublishTime))
    f.unpublishAt = before.unpublishAt;

  let variants: Awaited<ReturnType<typeof renderImageVariants>> | undefined;
  if (isPresent(input.image)) {
    const prepared = await prepareImage(input.image);
    if (prepared.error) list.push(prepared.error);
    else variants = prepared.variants;
  }
  const willHaveImage = variants !== undefined || (before?.image != null && !input.removeImage);
  if (willHaveImage && !f.imageAlt) list.push(problem('imageAlt', 'news.errors.altRequired', 'required'));
  if (f.imageAlt.length > 300)
    list.push(problem('imageAlt', 'news.errors.tooLong', 'too_long', { max: 300 }));

  let attachment: { mime: string; extension: string; file: UploadedFile; title: string } | undefined;
  if (isPresent(input.attachment)) {
    const checked = await checkAttachment(input.attachment);
    if (checked.error) list.push(checked.error);
    else
      attachment = {
        mime: checked.mime,
        extension: checked.extension,
        file: input.attachment,
        title: attachmentTitle(input.attachmentTitle, input.attachment.filename),
      };
  }
  if (clean(input.attachmentTitle).length > 200)
    list.push(problem('attachmentTitle', 'news.errors.tooLong', 'too_long', { max: 200 }));
  if (list.length > 0) throw rejection(list);

  // Files first (outside the transaction), removed again if the transaction fails.
  const written: string[] = [];
  let image: NewsImage | null | undefined;
  let attachmentKey: string | undefined;
  try {
    if (variants) {
      image = { format: 'webp', variants: [] };
      for (const v of variants) {
        const key = await storage.put(`tenants/${tenantId}/news`, v.data, 'webp');
        written.push(key);
        image.variants.push({ width: v.width, height: v.height, key });
      }
    } else if (input.removeImage) image = null;
    if (attachment) {
      attachmentKey = await storage.put(
        `tenants/${tenantId}/news-attachments`,
        attachment.file.data,
        attachment.extension,
      );
      written.push(attachmentKey);
    }
  } catch (err) {
    for (const key of written) await storage.delete(key).catch(() => {});
    throw err;
  }

  const columns = {
    kind: f.kind as NewsKind,
    title: f.title,
    slug: f.slug,
    summary: f.summary,
    body: f.body,
    topics: f.topics,
    officeId: f.officeId,
    imageAlt: willHaveImage ? f.imageAlt : '',
    status: f.status as NewsStatus,
    publishAt: f.publishAt ?? new Date(),
    unpublishAt: f.unpublishAt,
    featured: f.featured,
    ...(image !== undefined ? { image } : {}),
  };
  const actorId = actor.kind === 'staff' ? actor.id : null;
  try {
    const result = await withTenant(database, tenantId, async (tx) => {
      let newsId: string;
      let changes: Record<string, [unknown, unknown]>;
      if (!before) {
        const [row] = await tx
          .insert(newsItems)
          .values({ ...columns, tenantId, createdBy: actorId, updatedBy: actorId })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        newsId = row.id;
        changes = diff(null, auditView(row));
        await recordAudit(tx, tenantId, actor, {
          action: 'news.created',
          entity: 'news_item',
          entityId: newsId,
          changes,
        });
      } else {
        newsId = before.id;
        changes = diff(auditView(before), auditView({ ...before, ...columns }));
        if (Object.keys(changes).length > 0) {
          await tx
            .update(newsItems)
            .set({ ...columns, updatedBy: actorId, updatedAt: new Date() })
            .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, newsId)));
          await recordAudit(tx, tenantId, actor, {
            action: 'news.updated',
            entity: 'news_item',
            entityId: newsId,
            changes,
          });
        }
      }
      if (attachment && attachmentKey) {
        const [row] = await tx
          .insert(newsAttachments)
          .values({
            tenantId,
            newsId,
            title: attachment.title,
            filename: safeFilename(attachment.file.filename, attachment.extension),
            mime: attachment.mime,
            extension: attachment.extension,
            size: attachment.file.data.length,
            storageKey: attachmentKey,
          })
          .returning({ id: newsAttachments.id });
        await recordAudit(tx, tenantId, actor, {
          action: 'news.attachment_added',
          entity: 'news_attachment',
          entityId: row?.id ?? null,
          changes: {
            newsId,
            title: attachment.title,
            mime: attachment.mime,
            size: attachment.file.data.length,
          },
        });
      }
      return { id: newsId, changed: Object.keys(changes).length > 0 || Boolean(attachment) };
    });
    // A replaced or removed image: its files go once the change is committed.
    if (before?.image && image !== undefined)
      for (const v of before.image.variants) await storage.delete(v.key).catch(() => {});
    return result;
  } catch (err) {
    for (const key of written) await storage.delete(key).catch(() => {});
    if (isUniqueViolation(err)) throw rejection([problem('slug', 'news.errors.slugTaken', 'taken')]);
    throw err;
  }
}

/** Publish (now, or at the date already set) or bring back to draft; audited. */
export async function setNewsStatus(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  id: string,
  status: NewsStatus,
): Promise<boolean> {
  return withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .select()
      .from(newsItems)
      .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id)));
    if (!before) throw new AppError('NOT_FOUND');
    if (before.status === status) return false;
    const actorId = actor.kind === 'staff' ? actor.id : null;
    const now = new Date();
    // A draft published now carries today's date; one scheduled for later keeps its date.
    const publishAt = status === 'published' && before.publishAt < now ? now : before.publishAt;
    await tx
      .update(newsItems)
      .set({ status, publishAt, updatedBy: actorId, updatedAt: now })
      .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id)));
    await recordAudit(tx, tenantId, actor, {
      action: status === 'published' ? 'news.published' : 'news.unpublished',
      entity: 'news_item',
      entityId: id,
      changes: diff({ status: before.status, publishAt: before.publishAt }, { status, publishAt }),
    });
    return true;
  });
}

/** Deletes an item with its attachments (rows at once, files after the commit); audited. */
export async function deleteNews(
  database: Database,
  storage: Storage,
  tenantId: string,
  actor: AuditActor,
  id: string,
): Promise<void> {
  const keys = await withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .select()
      .from(newsItems)
      .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id)));
    if (!before) throw new AppError('NOT_FOUND');
    const files = await tx
      .select({ key: newsAttachments.storageKey })
      .from(newsAttachments)
      .where(and(eq(newsAttachments.tenantId, tenantId), eq(newsAttachments.newsId, id)));
    await tx.delete(newsItems).where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id)));
    await recordAudit(tx, tenantId, actor, {
      action: 'news.deleted',
      entity: 'news_item',
      entityId: id,
      changes: diff(auditView(before), null),
    });
    return [...files.map((f) => f.key), ...(before.image?.variants.map((v) => v.key) ?? [])];
  });
  for (const key of keys) await storage.delete(key).catch(() => {});
}

/** Removes one attachment of an item; audited. */
export async function removeAttachment(
  database: Database,
  storage: Storage,
  tenantId: string,
  actor: AuditActor,
  newsId: string,
  attachmentId: string,
): Promise<void> {
  const key = await withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .delete(newsAttachments)
      .where(
        and(
          eq(newsAttachments.tenantId, tenantId),
          eq(newsAttachments.newsId, newsId),
          eq(newsAttachments.id, attachmentId),
        ),
      )
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, tenantId, actor, {
      action: 'news.attachment_removed',
      entity: 'news_attachment',
      entityId: attachmentId,
      changes: { newsId, title: row.title },
    });
    return row.storageKey;
  });
  await storage.delete(key).catch(() => {});
}
