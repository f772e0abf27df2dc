import type { Translate } from '../i18n/index.js';

/** Builds a list URL keeping the current filters and changing only what is given. */
export function listHref(
  base: string,
  query: Record<string, string | number | undefined>,
  change: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...change })) {
    if (v !== undefined && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
}

export function Pagination(props: {
  base: string;
  query: Record<string, string | number | undefined>;
  info: PageInfo;
  t: Translate;
}): JSX.Element {
  const { page, pageSize, total } = props.info;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return '';
  const around = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav class="pagination-wrapper" aria-label={props.t('common.pageOf', { page, pages })}>
      <ul class="pagination">
        <li class={page <= 1 ? 'page-item disabled' : 'page-item'}>
          {page <= 1 ? (
            <span class="page-link" safe>
              {props.t('common.previous')}
            </span>
          ) : (
            <a class="page-link" href={listHref(props.base, props.query, { page: page - 1 })} safe>
              {props.t('common.previous')}
            </a>
          )}
        </li>
        {around.map((p) => (
          <li class="page-item">
            <a
              class="page-link"
              href={listHref(props.base, props.query, { page: p })}
              aria-current={p === page ? 'page' : undefined}
              aria-label={props.t('common.page', { page: p })}
              safe
            >
              {String(p)}
            </a>
          </li>
        ))}
        <li class={page >= pages ? 'page-item disabled' : 'page-item'}>
          {page >= pages ? (
            <span class="page-link" safe>
              {props.t('common.next')}
            </span>
          ) : (
            <a class="page-link" href={listHref(props.base, props.query, { page: page + 1 })} safe>
              {props.t('common.next')}
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** A column header that sorts the list; aria-sort tells screen readers the current order. */
export function SortHeader(props: {
  base: string;
  query: Record<string, string | number | undefined>;
  column: string;
  label: string;
  t: Translate;
}): JSX.Element {
  const current = String(props.query.sort ?? '');
  const active = current === props.column || current === `-${props.column}`;
  const descending = current === `-${props.column}`;
  const next = active && !descending ? `-${props.column}` : props.column;
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <a href={listHref(props.base, props.query, { sort: next, page: undefined })} safe>
        {props.label}
      </a>
      {active ? (
        <span class="visually-hidden" safe>
          {` (${props.t(descending ? 'common.sortedDesc' : 'common.sortedAsc')})`}
        </span>
      ) : (
        ''
      )}
    </th>
  );
}

export function Flash(props: {
  message?: string | undefined;
  kind?: 'success' | 'info' | 'warning' | 'danger';
}): JSX.Element {
  if (!props.message) return '';
  return (
    <div class={`alert alert-${props.kind ?? 'success'}`} role="status" safe>
      {props.message}
    </div>
  );
}

/** The Filter and Clear buttons closing a list's filter form. */
export function FilterActions(props: { t: Translate; resetHref: string; width?: string }): JSX.Element {
  return (
    <div class={`col-12 ${props.width ?? 'col-md-3'} mb-4`}>
      <button type="submit" class="btn btn-primary me-2" safe>
        {props.t('common.filter')}
      </button>
      <a class="btn btn-link" href={props.resetHref} safe>
        {props.t('common.reset')}
      </a>
    </div>
  );
}

/**
 * A filtered list's result: the count announced to screen readers, then the table (caption for
 * assistive technology) or the empty-state sentence.
 */
export function ResultsTable(props: {
  t: Translate;
  total: number;
  caption: string;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  isEmpty: boolean;
  children?: JSX.Element | JSX.Element[];
}): JSX.Element {
  return (
    <>
      <p role="status" safe>
        {props.t('common.results', { count: props.total })}
      </p>
      {props.isEmpty ? (
        <p safe>{props.empty}</p>
      ) : (
        <div class="table-responsive">
          <table class="table table-hover">
            <caption class="visually-hidden" safe>
              {props.caption}
            </caption>
            {props.children as 'safe'}
          </table>
        </div>
      )}
    </>
  );
}
