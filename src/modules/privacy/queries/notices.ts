import { and, desc, eq } from 'drizzle-orm';
import { type Database, type Executor, withTenant } from '../../../platform/db/client.js';
import { privacyNotices } from '../schema.js';

export interface NoticeRow {
  version: number;
  title: string;
  body: string;
  publishedAt: Date;
}

export interface NoticeSummary {
  version: number;
  title: string;
  publishedAt: Date;
}

const full = {
  version: privacyNotices.version,
  title: privacyNotices.title,
  body: privacyNotices.body,
  publishedAt: privacyNotices.publishedAt,
};

/** The notice in force: the highest published version, or null when the Comune has none yet. */
export async function currentNotice(executor: Executor, tenantId: string): Promise<NoticeRow | null> {
  const [row] = await executor
    .select(full)
    .from(privacyNotices)
    .where(eq(privacyNotices.tenantId, tenantId))
    .orderBy(desc(privacyNotices.version))
    .limit(1);
  return row ?? null;
}

export async function currentNoticeVersion(executor: Executor, tenantId: string): Promise<number | null> {
  const [row] = await executor
    .select({ version: privacyNotices.version })
    .from(privacyNotices)
    .where(eq(privacyNotices.tenantId, tenantId))
    .orderBy(desc(privacyNotices.version))
    .limit(1);
  return row?.version ?? null;
}

export async function noticeByVersion(
  database: Database,
  tenantId: string,
  version: number,
): Promise<NoticeRow | null> {
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .select(full)
      .from(privacyNotices)
      .where(and(eq(privacyNotices.tenantId, tenantId), eq(privacyNotices.version, version)))
      .limit(1);
    return row ?? null;
  });
}

/** Every published version, newest first (titles and dates only). */
export async function listNotices(database: Database, tenantId: string): Promise<NoticeSummary[]> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({
        version: privacyNotices.version,
        title: privacyNotices.title,
        publishedAt: privacyNotices.publishedAt,
      })
      .from(privacyNotices)
      .where(eq(privacyNotices.tenantId, tenantId))
      .orderBy(desc(privacyNotices.version)),
  );
}

/** The public page's content: the notice in force and the list of every version. */
export async function publicNotice(
  database: Database,
  tenantId: string,
): Promise<{ current: NoticeRow | null; versions: NoticeSummary[] }> {
  return withTenant(database, tenantId, async (tx) => {
    const current = await currentNotice(tx, tenantId);
    const versions = current
      ? await tx
          .select({
            version: privacyNotices.version,
            title: privacyNotices.title,
            publishedAt: privacyNotices.publishedAt,
          })
          .from(privacyNotices)
          .where(eq(privacyNotices.tenantId, tenantId))
          .orderBy(desc(privacyNotices.version))
      : [];
    return { current, versions };
  });
}
