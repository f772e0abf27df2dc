import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { type ContentHit, type ContentItem, contentSources } from '../../../platform/content/sources.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatLongDate } from '../../../platform/i18n/format.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { FEATURED_TOPICS, TOPICS, topicBySlug } from '../topics.js';
import { sendPortalPage } from './page.js';

/** Longer queries are cut to this many characters, with a message saying so. */
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 10;
/** Hits asked of each source: enough for twenty pages of one type. */
const PER_SOURCE = 200;

/** No length limit here: a long query is cut and explained, never refused. */
const SearchQuery = pageQuery({
  q: Type.Optional(Type.String()),
  type: Type.Optional(Type.Array(Type.String())),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * The query as searched: control characters (PostgreSQL refuses NUL) and broken surrogates removed,
 * spaces collapsed, cut to MAX_QUERY_LENGTH characters (code points, never half a character).
 */
export function cleanQuery(raw: string): { q: string; cut: boolean } {
  const text = raw.replace(LONE_SURROGATE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= MAX_QUERY_LENGTH) return { q: text, cut: false };
  return { q: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), cut: true };
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

function similarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

/**
 * Rank of a fixed page's label on the scale the content sources use: the whole query inside the label
 * 0.9 (1 when equal); otherwise each query word's best trigram similarity to a label word, averaged,
 * counted from 0.5 up (typos: "anagrafee", "rifuti").
 */
export function labelRank(query: string, label: string): number {
  const q = fold(query).trim();
  const l = fold(label);
  if (!q) return 0;
  if (l === q) return 1;
  if (l.includes(q)) return 0.9;
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  const labelWords = l.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length || !labelWords.length) return 0;
  const score =
    words.reduce((sum, w) => sum + Math.max(...labelWords.map((lw) => similarity(w, lw))), 0) / words.length;
  return score >= 0.5 ? 0.85 * score : 0;
}

interface SearchType {
  name: string;
  label: string;
}

/** The fixed pages of the portal and the topics, searched by their titles. */
function fixedPages(t: Translate): ContentHit[] {
  const page = (href: string, title: string): ContentHit => ({
    source: 'pages',
    typeLabel: 'portal.contentTypes.page',
    title,
    summary: '',
    href,
    rank: 0,
  });
  return [
    page('/amministrazione', t('portal.management.title')),
    page('/novita', t('portal.news.title')),
    page('/servizi', t('layout.navServices')),
    page('/vivere-il-comune', t('portal.live.title')),
    page('/amministrazione/uffici', t('portal.managementCategories.uffici.title')),
    page('/argomenti', t('portal.topics.title')),
    page('/faq', t('portal.faq.title')),
    page('/segnalazione-disservizio', t('portal.report.title')),
    page('/note-legali', t('portal.legal.title')),
    ...TOPICS.map((topic) => ({
      source: 'topics',
      typeLabel: 'portal.contentTypes.topic',
      title: topic.label,
      summary: topic.description,
      href: `/argomenti/${topic.slug}`,
      rank: 0,
    })),
  ];
}

/** The label of a group of results ("Servizi"), from the portal's catalogue or the source's type. */
export function groupLabel(t: Translate, name: string, typeLabel: string): string {
  const key = `portal.contentGroups.${name}`;
  const label = t(key);
  return label === key ? t(typeLabel) : label;
}

function searchHref(q: string, types: string[], page?: number): string {
  const params = new URLSearchParams();
  params.set('q', q);
  for (const type of types) params.append('type', type);
  if (page && page > 1) params.set('page', String(page));
  return `/cerca?${params.toString()}`;
}

function Pager(props: {
  t: Translate;
  q: string;
  types: string[];
  page: number;
  pages: number;
}): JSX.Element {
  const { t, q, types, page, pages } = props;
  if (pages <= 1) return '';
  const around = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav class="pagination-wrapper mt-4" aria-label={t('common.pageOf', { page, pages })}>
      <ul class="pagination">
        <li class={page <= 1 ? 'page-item disabled' : 'page-item'}>
          {page <= 1 ? (
            <span class="page-link" safe>
              {t('common.previous')}
            </span>
          ) : (
            <a class="page-link" href={searchHref(q, types, page - 1)} safe>
              {t('common.previous')}
            </a>
          )}
        </li>
        {around.map((p) => (
          <li class="page-item">
            <a
              class="page-link"
              href={searchHref(q, types, p)}
              aria-current={p === page ? 'page' : undefined}
              aria-label={t('common.page', { page: p })}
              safe
            >
              {String(p)}
            </a>
          </li>
        ))}
        <li class={page >= pages ? 'page-item disabled' : 'page-item'}>
          {page >= pages ? (
            <span class="page-link" safe>
              {t('common.next')}
            </span>
          ) : (
            <a class="page-link" href={searchHref(q, types, page + 1)} safe>
              {t('common.next')}
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** One result: its type, date when it has one, linked title and summary. */
export function ResultItem(props: { t: Translate; locale: string; item: ContentItem }) {
  const { t, item } = props;
  return (
    <li class="mb-4">
      <div class="category-top mb-1">
        <span class="fw-semibold text-uppercase small" safe>
          {t(item.typeLabel)}
        </span>
        {item.date ? (
          <span class="small ms-2" safe>
            {formatLongDate(item.date, props.locale)}
          </span>
        ) : (
          ''
        )}
      </div>
      <h3 class="h5 mb-1">
        <a href={item.href} safe>
          {item.title}
        </a>
      </h3>
      {item.summary ? (
        <p class="mb-0" safe>
          {item.summary}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

function SearchBox(props: { t: Translate; q: string }): JSX.Element {
  const { t } = props;
  return (
    <div class="row g-2 align-items-end mb-4">
      <div class="col-12 col-md-8 form-group mb-0">
        <label for="search-q" class="active" safe>
          {t('portal.search.label')}
        </label>
        <input
          type="search"
          class="form-control"
          id="search-q"
          name="q"
          value={props.q}
          maxlength={String(MAX_QUERY_LENGTH)}
          placeholder={t('portal.search.placeholder')}
        />
      </div>
      <div class="col-12 col-md-4">
        <button type="submit" class="btn btn-primary" safe>
          {t('portal.search.submit')}
        </button>
      </div>
    </div>
  );
}

/** /cerca: every content source of every module, plus the fixed pages and topics, by rank. */
export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/cerca', { schema: { querystring: SearchQuery } }, async (request, reply) => {
    const { t, locale } = request;
    const tenant = tenantOf(request);
    const query = request.query as { q?: string; type?: string[]; page?: number };
    const { q, cut } = cleanQuery(query.q ?? '');
    const sources = contentSources();
    const types: SearchType[] = [
      ...sources.map((s) => ({ name: s.name, label: groupLabel(t, s.name, s.typeLabel) })),
      { name: 'pages', label: groupLabel(t, 'pages', 'portal.contentTypes.page') },
      { name: 'topics', label: groupLabel(t, 'topics', 'portal.contentTypes.topic') },
    ];
    const known = new Set(types.map((x) => x.name));
    const selected = [...new Set(query.type ?? [])].filter((x) => known.has(x));

    let hits: ContentHit[] = [];
    if (q) {
      const found = await withTenant(ctx.database, tenant.id, async (tx) => {
        const all: ContentHit[] = [];
        for (const source of sources) all.push(...(await source.search(tx, tenant.id, q, PER_SOURCE)));
        return all;
      });
      const pages = fixedPages(t)
        .map((p) => ({ ...p, rank: labelRank(q, p.title) }))
        .filter((p) => p.rank > 0);
      hits = [...found, ...pages].sort((a, b) => b.rank - a.rank || a.title.localeCompare(b.title, 'it'));
    }
    const counts = new Map<string, number>();
    for (const hit of hits) counts.set(hit.source, (counts.get(hit.source) ?? 0) + 1);
    const shown = selected.length ? hits.filter((h) => selected.includes(h.source)) : hits;
    const pages = Math.max(1, Math.ceil(shown.length / SEARCH_PAGE_SIZE));
    const page = Math.min(query.page ?? 1, pages);
    const rows = shown.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
    const countText =
      shown.length === 0
        ? t('portal.search.countNone', { q })
        : shown.length === 1
          ? t('portal.search.countOne', { q })
          : t('portal.search.count', { count: shown.length, q });

    return sendPortalPage(request, reply, {
      title: q ? `${t('portal.search.title')}: ${q}` : t('portal.search.title'),
      description: t('portal.search.intro'),
      breadcrumb: [],
      children: (
        <>
          <h1 safe>{t('portal.search.title')}</h1>
          <p class="lead" safe>
            {t('portal.search.intro')}
          </p>
          <form method="get" action="/cerca">
            <SearchBox t={t} q={q} />
            {cut ? (
              <div class="alert alert-warning" safe>
                {t('portal.search.tooLong', { max: MAX_QUERY_LENGTH })}
              </div>
            ) : (
              ''
            )}
            {q ? (
              <div class="row">
                <div class="col-12 col-lg-3 mb-4">
                  <fieldset>
                    <legend class="h5" safe>
                      {t('portal.search.filterType')}
                    </legend>
                    {types.map((type) => (
                      <div class="form-check">
                        <input
                          type="checkbox"
                          id={`search-type-${type.name}`}
                          name="type"
                          value={type.name}
                          checked={selected.includes(type.name)}
                        />
                        <label for={`search-type-${type.name}`} safe>
                          {`${type.label} (${counts.get(type.name) ?? 0})`}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                  <button type="submit" class="btn btn-outline-primary btn-sm mt-2" safe>
                    {t('portal.search.applyFilters')}
                  </button>
                </div>
                <div class="col-12 col-lg-9">
                  <h2 class="visually-hidden" safe>
                    {t('portal.search.resultsTitle')}
                  </h2>
                  <p class="fw-semibold" role="status" safe>
                    {countText}
                  </p>
                  {rows.length ? (
                    <ul class="list-unstyled" data-search-results>
                      {rows.map((item) => (
                        <ResultItem t={t} locale={locale} item={item} />
                      ))}
                    </ul>
                  ) : (
                    <p safe>{t('portal.search.noneHelp')}</p>
                  )}
                  <Pager t={t} q={q} types={selected} page={page} pages={pages} />
                </div>
              </div>
            ) : (
              ''
            )}
          </form>
          {q ? '' : <EmptySearch t={t} />}
        </>
      ),
    });
  });
}

/** With no query: what the search covers and where people usually go. */
function EmptySearch(props: { t: Translate }): JSX.Element {
  const { t } = props;
  return (
    <section aria-labelledby="search-empty-title">
      <h2 class="h4" id="search-empty-title" safe>
        {t('portal.search.emptyTitle')}
      </h2>
      <p safe>{t('portal.search.emptyHelp')}</p>
      <h3 class="h5 mt-4" safe>
        {t('portal.search.suggestions')}
      </h3>
      <ul class="list-inline">
        {[
          { href: '/servizi', label: t('layout.navServices') },
          { href: '/novita', label: t('portal.news.title') },
          { href: '/vivere-il-comune', label: t('portal.live.title') },
          ...FEATURED_TOPICS.map((slug) => ({
            href: `/argomenti/${slug}`,
            label: topicBySlug(slug)?.label ?? slug,
          })),
        ].map((link) => (
          <li class="list-inline-item mb-2">
            <a class="chip chip-simple" href={link.href}>
              <span class="chip-label" safe>
                {link.label}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
