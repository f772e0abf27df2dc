import type { Tx } from '../db/client.js';

/** One piece of portal content as search results, topic pages and the home page list it. */
export interface ContentItem {
  /** Name of the source it came from ("services", "news", "places", "events"). */
  source: string;
  /** i18n key of the label of its type ("Servizio", "Notizia", …), shown beside the title. */
  typeLabel: string;
  title: string;
  summary: string;
  /** Portal path of its page (Italian URL). */
  href: string;
  /** Publication date, or start of an event, when the content has one. */
  date?: Date | null;
  image?: { url: string; alt: string } | null;
}

/** Ranked search hit: a higher rank is a better match, comparable across sources (0..1). */
export interface ContentHit extends ContentItem {
  rank: number;
}

/**
 * What a module offers the portal's cross-cutting pages: the site search and the topic pages
 * (Argomenti). Each source runs inside the caller's tenant transaction, sees only published content,
 * and must forgive accents and typos in `search` (immutable_unaccent + pg_trgm, see migration 0000).
 */
export interface ContentSource {
  name: string;
  typeLabel: string;
  search(tx: Tx, tenantId: string, query: string, limit: number): Promise<ContentHit[]>;
  byTopic(tx: Tx, tenantId: string, topicSlug: string, limit: number): Promise<ContentItem[]>;
}

const sources: ContentSource[] = [];

/** Called by the composition root for each module's `contentSources`. */
export function registerContentSources(list: readonly ContentSource[]): void {
  for (const source of list) if (!sources.some((s) => s.name === source.name)) sources.push(source);
}

export function contentSources(): readonly ContentSource[] {
  return sources;
}
