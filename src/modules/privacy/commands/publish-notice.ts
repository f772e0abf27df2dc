import { sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { currentNoticeVersion } from '../queries/notices.js';
import { privacyNotices } from '../schema.js';
import { type IdentifiedActor, isUniqueViolation, rejectFields } from './shared.js';

export interface NewNotice {
  title: string;
  body: string;
}

export const NOTICE_TITLE_MAX = 200;
export const NOTICE_BODY_MAX = 100_000;

/**
 * Publishes a new version of the privacy notice: the next number, never a change to a published one.
 * Citizens are asked to acknowledge it at their next visit to the personal area.
 */
export async function publishNotice(
  database: Database,
  tenantId: string,
  actor: IdentifiedActor,
  input: NewNotice,
): Promise<{ version: number }> {
  const title = input.title.trim();
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  const fields: FieldError[] = [];
  if (!title) fields.push({ path: 'title', code: 'required', message: 'validation.required' });
  if (title.length > NOTICE_TITLE_MAX)
    fields.push({
      path: 'title',
      code: 'maxLength',
      message: 'validation.maxLength',
      params: { limit: NOTICE_TITLE_MAX },
    });
  if (!body) fields.push({ path: 'body', code: 'required', message: 'validation.required' });
  if (body.length > NOTICE_BODY_MAX)
    fields.push({
      path: 'body',
      code: 'maxLength',
      message: 'validation.maxLength',
      params: { limit: NOTICE_BODY_MAX },
    });
  rejectFields(fields);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      // Two administrators publishing at once take turns; the unique index is the last line of defence.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`privacy_notice:${tenantId}`}))`);
      const version = ((await currentNoticeVersion(tx, tenantId)) ?? 0) + 1;
      await tx.insert(privacyNotices).values({ tenantId, version, title, body });
      await recordAudit(tx, tenantId, actor, {
        action: 'privacy_notice.published',
        entity: 'privacy_notice',
        entityId: String(version),
        changes: { version, title },
      });
      return { version };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT');
    throw err;
  }
}
