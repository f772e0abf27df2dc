import { and, asc, count, desc, eq, gt, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { ContentHit, ContentItem } from '../../platform/content/sources.js';
import type { Tx } from '../../platform/db/client.js';
import { offices } from '../offices/schema.js';
import {
  NEWS_KINDS,
  type NewsImage,
  type NewsKind,
  type NewsRow,
  newsAttachments,
  newsItems,
} from './schema.js';

export const NEWS_PUBLIC_PATH = '/novita';
/** Portal category of each kind (the Modello Comuni second-level pages of Novità). */
export const KIND_CATEGORY: Record<NewsKind, string> = {
  notizia: 'notizie',
  comunicato: 'comunicati',
  avviso: 'avvisi',
};
export const CATEGORY_KIND: Record<string, NewsKind> = Object.fromEntries(
  NEWS_KINDS.map((k) => [KIND_CATEGORY[k], k]),
) as Record<string, NewsKind>;

export const NEWS_PAGE_SIZE = 10;
export const ADMIN_PAGE_SIZE = 20;

export const newsHref = (kind: string, slug: string) =>
  `${NEWS_PUBLIC_PATH}/${KIND_CATEGORY[kind as NewsKind] ?? 'notizie'}/${slug}`;

/** Public URL of one stored width of a news image; the key's digest busts caches when it changes. */
export function newsImageUrl(id: string, width: number, key: string): string {
  const version = /([0-9a-f]{16})-/.exec(key)?.[1] ?? '';
  return `${NEWS_PUBLIC_PATH}/immagini/${id}/${width}.webp${version ? `?v=${version}` : ''}`;
}

/** The variant closest to `width` from below (or the smallest), for lists and cards. */
export function pickVariant(image: NewsImage, width: number) {
  const sorted = [...image.variants].sort((a, b) => a.width - b.width);
  return sorted.filter((v) => v.width <= width).at(-1) ?? sorted[0] ?? null;
}

export function srcset(id: string, image: NewsImage): string {
  return image.variants.map((v) => `${newsImageUrl(id, v.width, v.key)} ${v.width}w`).join(', ');
}

/** Published, its publication time come, not yet withdrawn. */
export function visible(now: Date = new Date()): SQL {
  return and(
    eq(newsItems.status, 'published'),
    lte(newsItems.publishAt, now),
    or(isNull(newsItems.unpublishAt), gt(newsItems.unpublishAt, now)),
  ) as SQL;
}

type CardRow = Pick<
  NewsRow,
  'id' | 'kind' | 'slug' | 'title' | 'summary' | 'publishAt' | 'image' | 'imageAlt'
>;

const cardColumns = {
  id: newsItems.id,
  kind: newsItems.kind,
  slug: newsItems.slug,
  title: newsItems.title,
  summary: newsItems.summary,
  publishAt: newsItems.publishAt,
  image: newsItems.image,
  imageAlt: newsItems.imageAlt,
};

export function toContentItem(row: CardRow): ContentItem {
  const variant = row.image ? pickVariant(row.image, 960) : null;
  return {
    source: 'news',
    typeLabel: `news.kinds.${row.kind}`,
    title: row.title,
    summary: row.summary,
    href: newsHref(row.kind, row.slug),
    date: row.publishAt,
    image: variant ? { url: newsImageUrl(row.id, variant.width, variant.key), alt: row.imageAlt } : null,
  };
}

/** The newest visible items of every kind, newest first (home page "Ultime notizie"). */
export async function latestNews(tx: Tx, tenantId: string, limit: number): Promise<ContentItem[]> {
  const rows = await tx
    .select(cardColumns)
    .from(newsItems)
    .where(and(eq(newsItems.tenantId, tenantId), visible()))
    .orderBy(desc(newsItems.publishAt), asc(newsItems.title))
    .limit(limit);
  return rows.map(toContentItem);
}

/** The newest visible items as the portal's cards draw them (image, topics). */
export async function listLatestCards(tx: Tx, tenantId: string, limit: number) {
  return tx
    .select({ ...cardColumns, topics: newsItems.topics })
    .from(newsItems)
    .where(and(eq(newsItems.tenantId, tenantId), visible()))
    .orderBy(desc(newsItems.publishAt), asc(newsItems.title))
    .limit(limit);
}

/** Visible items marked "in evidenza", newest first (home page featured block). */
export async function featuredNews(tx: Tx, tenantId: string, limit: number): Promise<ContentItem[]> {
  const rows = await tx
    .select(cardColumns)
    .from(newsItems)
    .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.featured, true), visible()))
    .orderBy(desc(newsItems.publishAt), asc(newsItems.title))
    .limit(limit);
  return rows.map(toContentItem);
}

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One portal category: visible items of a kind, newest first. */
export async function listPublicNews(
  tx: Tx,
  tenantId: string,
  kind: NewsKind,
  page: number,
  pageSize = NEWS_PAGE_SIZE,
): Promise<Paged<CardRow & { topics: string[] }>> {
  const where = and(eq(newsItems.tenantId, tenantId), eq(newsItems.kind, kind), visible());
  const [rows, [total]] = await Promise.all([
    tx
      .select({ ...cardColumns, topics: newsItems.topics })
      .from(newsItems)
      .where(where)
      .orderBy(desc(newsItems.publishAt), asc(newsItems.title))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(newsItems).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0), page, pageSize };
}

/**
 * A news page: the item of that kind and slug, when visible (or, with `preview`, whatever its status:
 * staff looking at a draft), with its office and attachments.
 */
export async function getNewsPage(
  tx: Tx,
  tenantId: string,
  kind: NewsKind,
  slug: string,
  options: { preview?: boolean } = {},
) {
  const conditions = [eq(newsItems.tenantId, tenantId), eq(newsItems.kind, kind), eq(newsItems.slug, slug)];
  if (!options.preview) conditions.push(visible());
  const [row] = await tx
    .select({
      item: newsItems,
      officeName: offices.name,
      officeAddress: offices.address,
      officePhone: offices.phone,
      officeEmail: offices.email,
    })
    .from(newsItems)
    .leftJoin(offices, eq(offices.id, newsItems.officeId))
    .where(and(...conditions))
    .limit(1);
  if (!row) return null;
  const attachments = await listAttachments(tx, tenantId, row.item.id);
  return { ...row, attachments };
}

export async function listAttachments(tx: Tx, tenantId: string, newsId: string) {
  return tx
    .select()
    .from(newsAttachments)
    .where(and(eq(newsAttachments.tenantId, tenantId), eq(newsAttachments.newsId, newsId)))
    .orderBy(asc(newsAttachments.createdAt), asc(newsAttachments.title));
}

/** An item by id, for the back office and the media routes. */
export async function getNewsById(tx: Tx, tenantId: string, id: string): Promise<NewsRow | null> {
  const [row] = await tx
    .select()
    .from(newsItems)
    .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id)))
    .limit(1);
  return row ?? null;
}

export async function isVisible(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: newsItems.id })
    .from(newsItems)
    .where(and(eq(newsItems.tenantId, tenantId), eq(newsItems.id, id), visible()))
    .limit(1);
  return Boolean(row);
}

const matches = (q: string) =>
  sql`(to_tsvector('italian', immutable_unaccent(${newsItems.title} || ' ' || ${newsItems.summary})) @@ plainto_tsquery('italian', immutable_unaccent(${q}))
    or word_similarity(immutable_unaccent(lower(${q})), immutable_unaccent(lower(${newsItems.title} || ' ' || ${newsItems.summary}))) > 0.45)`;

/** Site search: visible items matching the words, forgiving accents and typos. */
export async function searchNews(
  tx: Tx,
  tenantId: string,
  query: string,
  limit: number,
): Promise<ContentHit[]> {
  const q = query.trim();
  if (!q) return [];
  const rank = sql<number>`greatest(
      ts_rank(to_tsvector('italian', immutable_unaccent(${newsItems.title} || ' ' || ${newsItems.summary})), plainto_tsquery('italian', immutable_unaccent(${q}))),
      word_similarity(immutable_unaccent(lower(${q})), immutable_unaccent(lower(${newsItems.title} || ' ' || ${newsItems.summary}))))`;
  const rows = await tx
    .select({ ...cardColumns, rank })
    .from(newsItems)
    .where(and(eq(newsItems.tenantId, tenantId), visible(), matches(q)))
    .orderBy(desc(rank), desc(newsItems.publishAt))
    .limit(limit);
  return rows.map((r) => ({ ...toContentItem(r), rank: Math.min(1, Math.max(0, Number(r.rank))) }));
}

/** Topic pages: visible items tagged with the topic, newest first. */
export async function newsByTopic(
  tx: Tx,
  tenantId: string,
  topicSlug: string,
  limit: number,
): Promise<ContentItem[]> {
  const rows = await tx
    .select(cardColumns)
    .from(newsItems)
    .where(
      and(
        eq(newsItems.tenantId, tenantId),
        visible(),
        sql`${newsItems.topics} @> array[${topicSlug}]::text[]`,
      ),
    )
    .orderBy(desc(newsItems.publishAt))
    .limit(limit);
  return rows.map(toContentItem);
}

export const ADMIN_SORTS = ['title', 'publishAt', 'updatedAt', 'kind', 'status'] as const;
export type AdminSort = (typeof ADMIN_SORTS)[number];

export interface AdminFilter {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  topic?: string | undefined;
  /** A column of ADMIN_SORTS, "-" first for descending. */
  sort?: string | undefined;
}

/** "scheduled": published with a future date; "expired": withdrawn by its unpublish date. */
export type AdminState = 'draft' | 'scheduled' | 'published' | 'expired';

export function stateOf(
  row: Pick<NewsRow, 'status' | 'publishAt' | 'unpublishAt'>,
  now = new Date(),
): AdminState {
  if (row.status !== 'published') return 'draft';
  if (row.publishAt > now) return 'scheduled';
  if (row.unpublishAt && row.unpublishAt <= now) return 'expired';
  return 'published';
}

/** The redattore's list: every item of the Comune, filtered, sorted and paged. */
export async function listNewsAdmin(
  tx: Tx,
  tenantId: string,
  filter: AdminFilter,
  page: number,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<Paged<NewsRow>> {
  const conditions: SQL[] = [eq(newsItems.tenantId, tenantId)];
  if (filter.kind) conditions.push(eq(newsItems.kind, filter.kind));
  const now = new Date();
  if (filter.status === 'draft') conditions.push(eq(newsItems.status, 'draft'));
  if (filter.status === 'published') conditions.push(visible(now));
  if (filter.status === 'scheduled')
    conditions.push(and(eq(newsItems.status, 'published'), gt(newsItems.publishAt, now)) as SQL);
  if (filter.status === 'expired')
    conditions.push(and(eq(newsItems.status, 'published'), lte(newsItems.unpublishAt, now)) as SQL);
  if (filter.topic) conditions.push(sql`${newsItems.topics} @> array[${filter.topic}]::text[]`);
  const q = filter.q?.trim();
  if (q) conditions.push(matches(q));
  const descending = filter.sort?.startsWith('-') ?? false;
  const column = (filter.sort ?? '').replace(/^-/, '') as AdminSort;
  const columns = {
    title: newsItems.title,
    publishAt: newsItems.publishAt,
    updatedAt: newsItems.updatedAt,
    kind: newsItems.kind,
    status: newsItems.status,
  };
  const order = ADMIN_SORTS.includes(column)
    ? [descending ? desc(columns[column]) : asc(columns[column]), asc(newsItems.title)]
    : [desc(newsItems.publishAt), asc(newsItems.title)];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    tx
      .select()
      .from(newsItems)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(newsItems).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0), page, pageSize };
}
