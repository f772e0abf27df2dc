import { formatDateTime as formatMoment } from '../../../platform/i18n/format.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { SortHeader } from '../../../platform/views/list.js';
import type { AuditEvent } from '../queries/list-audit-events.js';

/** A moment in the Comune's time zone, to the second: registers need the exact order of events. */
export function formatDateTime(date: Date, locale: string): string {
  return formatMoment(date, locale, true);
}

function changesText(changes: unknown): string {
  if (changes === null || changes === undefined) return '';
  if (typeof changes === 'object' && Object.keys(changes).length === 0) return '';
  return JSON.stringify(changes, null, 2);
}

/**
 * Audit rows as a table; each row's field-level changes open in a details/summary disclosure, so the
 * list stays short and needs no JavaScript.
 */
export function AuditTable(props: {
  rows: AuditEvent[];
  t: Translate;
  locale: string;
  caption: string;
  /** When given, the time column sorts the list at `base` keeping `query`. */
  sort?: { base: string; query: Record<string, string | number | undefined> };
}): JSX.Element {
  const { t } = props;
  return (
    <div class="table-responsive">
      <table class="table table-sm align-top">
        <caption class="visually-hidden" safe>
          {props.caption}
        </caption>
        <thead>
          <tr>
            {props.sort ? (
              <SortHeader
                base={props.sort.base}
                query={props.sort.query}
                column="at"
                label={t('backoffice.audit.columns.at')}
                t={t}
              />
            ) : (
              <th scope="col" safe>
                {t('backoffice.audit.columns.at')}
              </th>
            )}
            <th scope="col" safe>
              {t('backoffice.audit.columns.actor')}
            </th>
            <th scope="col" safe>
              {t('backoffice.audit.columns.action')}
            </th>
            <th scope="col" safe>
              {t('backoffice.audit.columns.entity')}
            </th>
            <th scope="col" safe>
              {t('backoffice.audit.columns.details')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const changes = changesText(row.changes);
            return (
              <tr>
                <td class="text-nowrap">
                  <time datetime={row.at.toISOString()} safe>
                    {formatDateTime(row.at, props.locale)}
                  </time>
                </td>
                <td safe>
                  {row.actorName ||
                    (row.actorKind === 'system' ? t('backoffice.audit.system') : row.actorKind)}
                </td>
                <td>
                  <code safe>{row.action}</code>
                </td>
                <td>
                  <span safe>{row.entity}</span>
                  {row.entityId ? (
                    <div class="small text-muted text-break" safe>
                      {row.entityId}
                    </div>
                  ) : (
                    ''
                  )}
                </td>
                <td>
                  {changes ? (
                    <details class="audit-details">
                      <summary safe>{t('backoffice.audit.showChanges')}</summary>
                      <pre class="audit-changes mt-2 mb-1" safe>
                        {changes}
                      </pre>
                      {row.requestId ? (
                        <div class="small text-muted" safe>
                          {t('backoffice.audit.requestId', { id: row.requestId })}
                        </div>
                      ) : (
                        ''
                      )}
                      {row.ip ? (
                        <div class="small text-muted" safe>
                          {t('backoffice.audit.ip', { ip: row.ip })}
                        </div>
                      ) : (
                        ''
                      )}
                    </details>
                  ) : (
                    <span class="text-muted small" safe>
                      {t('backoffice.audit.noChanges')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
