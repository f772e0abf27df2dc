import { type SQL, sql } from 'drizzle-orm';
import type { ContentHit, ContentItem, ContentSource } from '../../platform/content/sources.js';
import { queryRows, type Tx } from '../../platform/db/client.js';
import { topicBySlug } from '../portal/index.js';
import { EVENTS_PUBLIC_PATH, PLACES_PUBLIC_PATH } from './http/portal.js';

/**
 * Places and events for the site search, the topic pages and the home calendar. Ranking follows the
 * services source (see services/content.ts): Italian full-text on unaccented text scores 0.9 in the
 * title, 0.75 in title + summary, 0.55 in the body; trigram word similarity (typos) 0.95 × on the
 * title, 0.85 × on title + summary, from 0.45 up, for queries of three letters or more.
 */
const TRIGRAM_MIN = 0.45;

/** Search covers events from this many days ago onwards: an archive of old ones is read by scanning. */
export const SEARCH_EVENTS_DAYS = 400;

export const PLACE_TYPE_LABEL = 'portal.contentTypes.place';
export const EVENT_TYPE_LABEL = 'portal.contentTypes.event';

/**
 * The rank of a row over its title, head (title + short text) and body: a lateral join computing the
 * two trigram similarities once, and the rank expression using it.
 */
function ranking(query: string, title: SQL, head: SQL, body: SQL): { join: SQL; rank: SQL; candidate: SQL } {
  return {
    // The cheap tests that pick the rows worth ranking: full-text on the whole text (`body`), trigrams on
    // the short one (`head`). Under row-level security no expression index can serve them.
    candidate: sql`(to_tsvector('italian', immutable_unaccent(${body})) @@ plainto_tsquery('italian', immutable_unaccent(${query}))
      or (char_length(${query}) >= 3 and word_similarity(immutable_unaccent(lower(${query})), immutable_unaccent(lower(${head}))) >= ${TRIGRAM_MIN}))`,
    join: sql`cross join lateral (select
        case when p.tri then word_similarity(p.uq, immutable_unaccent(lower(${title}))) else 0 end as title,
        case when p.tri then word_similarity(p.uq, immutable_unaccent(lower(${head}))) else 0 end as head) w`,
    rank: sql`greatest(
        case when to_tsvector('italian', immutable_unaccent(${title})) @@ p.tsq then 0.9
             when to_tsvector('italian', immutable_unaccent(${head})) @@ p.tsq then 0.75
             when to_tsvector('italian', immutable_unaccent(${body})) @@ p.tsq then 0.55
             else 0 end,
        case when w.title >= ${TRIGRAM_MIN} then 0.95 * w.title else 0 end,
        case when w.head >= ${TRIGRAM_MIN} then 0.85 * w.head else 0 end)`,
  };
}

function params(query: string) {
  return sql`select immutable_unaccent(lower(${query})) as uq,
                    plainto_tsquery('italian', immutable_unaccent(${query})) as tsq,
                    char_length(${query}) >= 3 as tri`;
}

/** Rows whose topics hold the topic: its national label (any case) or its slug. */
function topicMatch(column: SQL, topicSlug: string) {
  const label = topicBySlug(topicSlug)?.label ?? topicSlug;
  return sql`exists (select 1 from unnest(${column}) as t(v) where lower(t.v) = lower(${label}) or t.v = ${topicSlug})`;
}

interface PlaceRow {
  slug: string;
  name: string;
  kind: string;
  address: string;
}

function placeItem(r: PlaceRow): ContentItem {
  return {
    source: 'places',
    typeLabel: PLACE_TYPE_LABEL,
    title: r.name,
    summary: [r.kind, r.address].filter(Boolean).join(' · '),
    href: `${PLACES_PUBLIC_PATH}/${r.slug}`,
  };
}

/** Luoghi: every catalogued place is public. */
export const placesContentSource: ContentSource = {
  name: 'places',
  typeLabel: PLACE_TYPE_LABEL,

  async search(tx, tenantId, query, limit): Promise<ContentHit[]> {
    const { join, rank, candidate } = ranking(
      query,
      sql`pl.name`,
      sql`pl.name || ' ' || pl.address`,
      sql`pl.name || ' ' || pl.address || ' ' || pl.description || ' ' || pl.opening_notes`,
    );
    const rows = await queryRows<PlaceRow & { rank: number | string }>(
      tx,
      sql`with p as (${params(query)})
          select slug, name, kind, address, rank from (
            select pl.slug, pl.name, k.name as kind, pl.address, ${rank} as rank
            from place pl join place_kind k on k.id = pl.kind_id cross join p ${join}
            where pl.tenant_id = ${tenantId} and ${candidate}) x
          where rank > 0
          order by rank desc, name
          limit ${limit}`,
    );
    return rows.map((r) => ({ ...placeItem(r), rank: Number(r.rank) }));
  },

  async byTopic(tx, tenantId, topicSlug, limit): Promise<ContentItem[]> {
    const rows = await queryRows<PlaceRow>(
      tx,
      sql`select pl.slug, pl.name, k.name as kind, pl.address
          from place pl join place_kind k on k.id = pl.kind_id
          where pl.tenant_id = ${tenantId} and ${topicMatch(sql`pl.topics`, topicSlug)}
          order by pl.name
          limit ${limit}`,
    );
    return rows.map(placeItem);
  },
};

/** An event as the home calendar, search and topic pages show it. */
export interface EventItem extends ContentItem {
  date: Date;
  endsAt: Date;
  /** Catalogued place name, or the free-text location. */
  where: string;
  cancelled: boolean;
}

interface EventRow {
  slug: string;
  title: string;
  summary: string;
  starts_at: Date | string;
  ends_at: Date | string;
  status: string;
  place: string | null;
  location_text: string;
}

function eventItem(r: EventRow): EventItem {
  return {
    source: 'events',
    typeLabel: EVENT_TYPE_LABEL,
    title: r.title,
    summary: r.summary,
    href: `${EVENTS_PUBLIC_PATH}/${r.slug}`,
    date: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    where: r.place ?? r.location_text,
    cancelled: r.status === 'cancelled',
  };
}

const EVENT_COLUMNS = sql`e.slug, e.title, e.summary, e.starts_at, e.ends_at, e.status,
  pl.name as place, e.location_text`;

/**
 * Eventi: published events, and cancelled ones (their page stays public so people learn it). Search
 * finds upcoming events and those of the last SEARCH_EVENTS_DAYS days (older pages stay reachable from
 * the events archive); topic pages list only those not yet ended.
 */
export const eventsContentSource: ContentSource = {
  name: 'events',
  typeLabel: EVENT_TYPE_LABEL,

  async search(tx, tenantId, query, limit): Promise<ContentHit[]> {
    const { join, rank, candidate } = ranking(
      query,
      sql`e.title`,
      sql`e.title || ' ' || e.summary`,
      sql`e.title || ' ' || e.summary || ' ' || e.description`,
    );
    const rows = await queryRows<EventRow & { rank: number | string }>(
      tx,
      sql`with p as (${params(query)})
          select * from (
            select ${EVENT_COLUMNS}, ${rank} as rank
            from event e left join place pl on pl.id = e.place_id cross join p ${join}
            where e.tenant_id = ${tenantId} and e.status in ('published', 'cancelled')
              and e.starts_at >= ${new Date(Date.now() - SEARCH_EVENTS_DAYS * 86_400_000)} and ${candidate}) x
          where rank > 0
          order by rank desc, starts_at desc
          limit ${limit}`,
    );
    return rows.map((r) => ({ ...eventItem(r), rank: Number(r.rank) }));
  },

  async byTopic(tx, tenantId, topicSlug, limit): Promise<ContentItem[]> {
    return upcomingEvents(tx, tenantId, limit, new Date(), topicSlug);
  },
};

/** Public events not yet ended, soonest first (one statement): the home calendar. */
export async function upcomingEvents(
  tx: Tx,
  tenantId: string,
  limit: number,
  now = new Date(),
  topicSlug?: string,
): Promise<EventItem[]> {
  const rows = await queryRows<EventRow>(
    tx,
    sql`select ${EVENT_COLUMNS}
        from event e left join place pl on pl.id = e.place_id
        where e.tenant_id = ${tenantId} and e.status in ('published', 'cancelled') and e.ends_at >= ${now}
          ${topicSlug ? sql`and ${topicMatch(sql`e.topics`, topicSlug)}` : sql``}
        order by e.starts_at, e.title
        limit ${limit}`,
  );
  return rows.map(eventItem);
}
