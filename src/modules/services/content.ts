import { sql } from 'drizzle-orm';
import type { ContentHit, ContentItem, ContentSource } from '../../platform/content/sources.js';
import { queryRows, type Tx } from '../../platform/db/client.js';
import { topicBySlug } from '../portal/index.js';

/**
 * How a query is matched, shared in spirit by every content source so ranks compare (0..1):
 * Italian full-text on the unaccented text (stems: "certificati" finds "certificato") scores 0.9 in
 * the title, 0.75 in title + summary, 0.55 in the body; trigram word similarity forgives typos
 * ("certifcato anagrafco") and scores 0.95 × similarity on the title, 0.85 × on title + summary,
 * counted only from 0.45 up (below that it matches noise). Queries shorter than three letters use
 * full-text only: their trigrams match nearly everything.
 */
const TRIGRAM_MIN = 0.45;

interface ServiceHitRow {
  slug: string;
  title: string;
  summary: string;
  rank: number | string;
}

export const SERVICE_TYPE_LABEL = 'portal.contentTypes.service';

/** Active schede servizio, found by title, summary and body (description and what is needed). */
export const servicesContentSource: ContentSource = {
  name: 'services',
  typeLabel: SERVICE_TYPE_LABEL,

  async search(tx: Tx, tenantId: string, query: string, limit: number): Promise<ContentHit[]> {
    // Two cheap tests pick the candidates (full-text on the whole text, trigrams on title + summary);
    // only candidates are ranked. No index helps here: under row-level security PostgreSQL uses no
    // index whose operator is not leakproof (@@, <%), so this is a scan of the Comune's services.
    const rows = await queryRows<ServiceHitRow>(
      tx,
      sql`with p as (
            select immutable_unaccent(lower(${query})) as uq,
                   plainto_tsquery('italian', immutable_unaccent(${query})) as tsq,
                   char_length(${query}) >= 3 as tri)
          select slug, title, summary, rank from (
            select s.slug, s.title, s.summary, greatest(
                case when to_tsvector('italian', immutable_unaccent(s.title)) @@ p.tsq then 0.9
                     when to_tsvector('italian', immutable_unaccent(s.title || ' ' || s.summary)) @@ p.tsq then 0.75
                     when to_tsvector('italian', immutable_unaccent(s.title || ' ' || s.summary || ' ' || s.description || ' ' || s.needed)) @@ p.tsq then 0.55
                     else 0 end,
                case when w.title >= ${TRIGRAM_MIN} then 0.95 * w.title else 0 end,
                case when w.head >= ${TRIGRAM_MIN} then 0.85 * w.head else 0 end) as rank
            from service s
            cross join p
            cross join lateral (select
                case when p.tri then word_similarity(p.uq, immutable_unaccent(lower(s.title))) else 0 end as title,
                case when p.tri then word_similarity(p.uq, immutable_unaccent(lower(s.title || ' ' || s.summary))) else 0 end as head) w
            where s.tenant_id = ${tenantId} and s.status = 'active'
              and (to_tsvector('italian', immutable_unaccent(s.title || ' ' || s.summary || ' ' || s.description || ' ' || s.needed))
                     @@ plainto_tsquery('italian', immutable_unaccent(${query}))
                   or (char_length(${query}) >= 3
                       and word_similarity(immutable_unaccent(lower(${query})), immutable_unaccent(lower(s.title || ' ' || s.summary))) >= ${TRIGRAM_MIN}))) x
          where rank > 0
          order by rank desc, title
          limit ${limit}`,
    );
    return rows.map((r) => ({ ...item(r), rank: Number(r.rank) }));
  },

  async byTopic(tx: Tx, tenantId: string, topicSlug: string, limit: number): Promise<ContentItem[]> {
    const label = topicBySlug(topicSlug)?.label ?? topicSlug;
    const rows = await queryRows<Omit<ServiceHitRow, 'rank'>>(
      tx,
      sql`select slug, title, summary from service
          where tenant_id = ${tenantId} and status = 'active'
            and exists (select 1 from unnest(topics) as t(v) where lower(t.v) = lower(${label}) or t.v = ${topicSlug})
          order by title
          limit ${limit}`,
    );
    return rows.map(item);
  },
};

function item(r: { slug: string; title: string; summary: string }): ContentItem {
  return {
    source: 'services',
    typeLabel: SERVICE_TYPE_LABEL,
    title: r.title,
    summary: r.summary,
    href: `/servizi/${r.slug}`,
  };
}

export interface ServiceCategoryLink {
  slug: string;
  name: string;
  description: string;
  /** Active services in the category. */
  services: number;
}

/** Service categories with at least one active service, in the Comune's order (one statement). */
export async function serviceCategoryLinks(
  tx: Tx,
  tenantId: string,
  limit = 100,
): Promise<ServiceCategoryLink[]> {
  const rows = await queryRows<ServiceCategoryLink & { services: number | string }>(
    tx,
    sql`select c.slug, c.name, c.description, count(s.id) as services
        from service_category c
        join service s on s.category_id = c.id and s.tenant_id = ${tenantId} and s.status = 'active'
        where c.tenant_id = ${tenantId}
        group by c.id, c.slug, c.name, c.description, c.sort_order
        order by c.sort_order, c.name
        limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, services: Number(r.services) }));
}
