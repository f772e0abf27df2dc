import { sql } from 'drizzle-orm';
import type { ContentHit, ContentItem, ContentSource } from '../../platform/content/sources.js';
import { queryRows, type Tx } from '../../platform/db/client.js';
import { administrationHref } from './queries.js';

/** Same scale as the other sources (see services/content.ts): comparable ranks 0..1. */
const TRIGRAM_MIN = 0.45;

interface HitRow {
  category: string;
  slug: string;
  title: string;
  summary: string;
  role: string;
  rank: number | string;
}

export const ADMINISTRATION_TYPE_LABEL = 'administration.typeLabel';

function item(r: Omit<HitRow, 'rank'>): ContentItem {
  return {
    source: 'administration',
    typeLabel: ADMINISTRATION_TYPE_LABEL,
    title: r.title,
    summary: r.role ? `${r.role}. ${r.summary}` : r.summary,
    href: administrationHref(r.category, r.slug),
  };
}

/** Published schede di amministrazione, found by title, role, summary and body, forgiving accents and typos. */
export const administrationContentSource: ContentSource = {
  name: 'administration',
  typeLabel: ADMINISTRATION_TYPE_LABEL,

  async search(tx: Tx, tenantId: string, query: string, limit: number): Promise<ContentHit[]> {
    if (!query.trim()) return [];
    const rows = await queryRows<HitRow>(
      tx,
      sql`with p as (
            select immutable_unaccent(lower(${query})) as uq,
                   plainto_tsquery('italian', immutable_unaccent(${query})) as tsq,
                   char_length(${query}) >= 3 as tri)
          select category, slug, title, summary, role, rank from (
            select a.category, a.slug, a.title, a.summary, a.role, greatest(
                case when to_tsvector('italian', immutable_unaccent(a.title || ' ' || a.role)) @@ p.tsq then 0.9
                     when to_tsvector('italian', immutable_unaccent(a.title || ' ' || a.role || ' ' || a.summary)) @@ p.tsq then 0.75
                     when to_tsvector('italian', immutable_unaccent(a.title || ' ' || a.role || ' ' || a.summary || ' ' || a.body)) @@ p.tsq then 0.55
                     else 0 end,
                case when w.title >= ${TRIGRAM_MIN} then 0.95 * w.title else 0 end,
                case when w.head >= ${TRIGRAM_MIN} then 0.85 * w.head else 0 end) as rank
            from administration_item a
            cross join p
            cross join lateral (select
                case when p.tri then word_similarity(p.uq, immutable_unaccent(lower(a.title || ' ' || a.role))) else 0 end as title,
                case when p.tri then word_similarity(p.uq, immutable_unaccent(lower(a.title || ' ' || a.role || ' ' || a.summary))) else 0 end as head) w
            where a.tenant_id = ${tenantId} and a.status = 'published') x
          where rank > 0
          order by rank desc, title
          limit ${limit}`,
    );
    return rows.map((r) => ({ ...item(r), rank: Math.min(1, Number(r.rank)) }));
  },

  async byTopic(tx: Tx, tenantId: string, topicSlug: string, limit: number): Promise<ContentItem[]> {
    const rows = await queryRows<Omit<HitRow, 'rank'>>(
      tx,
      sql`select category, slug, title, summary, role from administration_item
          where tenant_id = ${tenantId} and status = 'published' and topics @> array[${topicSlug}]::text[]
          order by sort_order, title
          limit ${limit}`,
    );
    return rows.map(item);
  },
};
