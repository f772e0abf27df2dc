import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import type { FieldError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { spreadsheetDateTime } from '../../../platform/i18n/format.js';
import { rejectedForm } from '../../../platform/validation/forms.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { ErrorSummary, Field, type FormState, Select } from '../../../platform/views/form.js';
import { listHref, Pagination } from '../../../platform/views/list.js';
import { toCsv } from '../csv.js';
import { AUDIT_READ } from '../policy.js';
import {
  AUDIT_EXPORT_MAX,
  AUDIT_SORTS,
  type AuditFilter,
  type AuditSort,
  auditVocabulary,
  exportAuditEvents,
  listAuditEvents,
} from '../queries/list-audit-events.js';
import { AuditTable } from './audit-table.js';
import { AUDIT_PATH } from './paths.js';

const DATE = '^$|^\\d{4}-\\d{2}-\\d{2}$';

const AuditQuery = pageQuery({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  action: Type.Optional(Type.String({ maxLength: 100 })),
  entity: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(Type.String({ maxLength: 10, pattern: DATE })),
  to: Type.Optional(Type.String({ maxLength: 10, pattern: DATE })),
  sort: Type.Optional(Type.Union([Type.Literal(''), ...AUDIT_SORTS.map((s) => Type.Literal(s))])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  format: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('html'), Type.Literal('csv')])),
});
interface AuditQuery {
  q?: string;
  action?: string;
  entity?: string;
  from?: string;
  to?: string;
  sort?: AuditSort | '';
  page?: number;
  format?: '' | 'html' | 'csv';
}

const LABELS = ['q', 'action', 'entity', 'from', 'to'] as const;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Checks the date range beyond its shape: real calendar days, the end not before the start. */
function rangeProblems(query: AuditQuery): FieldError[] {
  const fields: FieldError[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value && !isCalendarDate(value))
      fields.push({ path: name, code: 'date', message: 'backoffice.audit.errors.date' });
  }
  if (fields.length === 0 && query.from && query.to && query.to < query.from)
    fields.push({ path: 'to', code: 'range', message: 'backoffice.audit.errors.range' });
  return fields;
}

/** The audit log viewer: filter, sort, page, expand a row's changes, export the filtered rows as CSV. */
export function registerAuditLogRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    AUDIT_PATH,
    { preHandler: authorize(AUDIT_READ), schema: { querystring: AuditQuery }, attachValidation: true },
    async (request, reply) => {
      const chrome = backofficeChrome(request, reply);
      const { t, tenant, locale } = chrome;
      const rejected = rejectedForm(request, {
        from: 'backoffice.audit.errors.date',
        to: 'backoffice.audit.errors.date',
      });
      const query = (rejected ? {} : request.query) as AuditQuery;
      const form: FormState = rejected
        ? { values: request.query as Record<string, unknown>, errors: rejected.errors }
        : { values: { ...query }, errors: rangeProblems(query) };
      const valid = form.errors.length === 0;
      const filter: AuditFilter = valid
        ? {
            q: query.q,
            action: query.action,
            entity: query.entity,
            from: query.from,
            to: query.to,
            sort: query.sort || undefined,
          }
        : {};

      if (valid && query.format === 'csv') {
        const rows = await exportAuditEvents(ctx.database, tenant.id, filter);
        const header = [
          'at',
          'actorName',
          'actorKind',
          'action',
          'entity',
          'entityId',
          'changes',
          'ip',
          'requestId',
        ].map((k) => t(`backoffice.audit.csv.${k}`));
        const csv = toCsv(
          header,
          rows.map((r) => [
            spreadsheetDateTime(r.at),
            r.actorName,
            r.actorKind,
            r.action,
            r.entity,
            r.entityId,
            r.changes === null || r.changes === undefined ? '' : JSON.stringify(r.changes),
            r.ip,
            r.requestId,
          ]),
        );
        const day = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="registro-attivita-${tenant.slug}-${day}.csv"`)
          .header('cache-control', 'no-store')
          .send(csv);
      }

      const [result, vocabulary] = await Promise.all([
        valid ? listAuditEvents(ctx.database, tenant.id, filter, query.page) : null,
        auditVocabulary(ctx.database, tenant.id),
      ]);
      const kept = {
        q: query.q,
        action: query.action,
        entity: query.entity,
        from: query.from,
        to: query.to,
        sort: query.sort,
      };
      const labels = Object.fromEntries(LABELS.map((k) => [k, t(`backoffice.audit.filters.${k}`)]));
      const options = (values: string[], current: string | undefined) =>
        (current && !values.includes(current) ? [...values, current] : values).map((v) => ({
          value: v,
          label: v,
        }));
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('backoffice.audit.title')}>
          <h1 class="mb-2" safe>
            {t('backoffice.audit.title')}
          </h1>
          <p class="mb-4" safe>
            {t('backoffice.audit.intro')}
          </p>
          <ErrorSummary form={form} t={t} labels={labels} />
          <search aria-labelledby="audit-filters">
            <form method="get" action={AUDIT_PATH} class="mb-3">
              <h2 id="audit-filters" class="visually-hidden" safe>
                {t('backoffice.audit.filters.legend')}
              </h2>
              {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : ''}
              <div class="row g-3 align-items-end">
                <div class="col-12 col-md-6 col-xl-3">
                  <Field
                    form={form}
                    t={t}
                    name="q"
                    type="search"
                    label={labels.q!}
                    hint={t('backoffice.audit.filters.qHint')}
                    maxlength={100}
                  />
                </div>
                <div class="col-12 col-md-6 col-xl-3">
                  <Select
                    form={form}
                    t={t}
                    name="action"
                    label={labels.action!}
                    placeholder={t('common.all')}
                    options={options(vocabulary.actions, query.action)}
                  />
                </div>
                <div class="col-12 col-md-6 col-xl-2">
                  <Select
                    form={form}
                    t={t}
                    name="entity"
                    label={labels.entity!}
                    placeholder={t('common.all')}
                    options={options(vocabulary.entities, query.entity)}
                  />
                </div>
                <div class="col-6 col-md-3 col-xl-2">
                  <Field form={form} t={t} name="from" type="date" label={labels.from!} />
                </div>
                <div class="col-6 col-md-3 col-xl-2">
                  <Field form={form} t={t} name="to" type="date" label={labels.to!} />
                </div>
              </div>
              <div class="mb-2">
                <button type="submit" class="btn btn-primary me-2" safe>
                  {t('common.filter')}
                </button>
                <a class="btn btn-link" href={AUDIT_PATH} safe>
                  {t('common.reset')}
                </a>
              </div>
            </form>
          </search>
          {result ? (
            <>
              <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
                <p role="status" class="mb-0" safe>
                  {t('common.results', { count: result.total })}
                </p>
                {result.total > 0 ? (
                  <a
                    class="btn btn-outline-primary btn-sm"
                    href={listHref(AUDIT_PATH, kept, { format: 'csv' })}
                    title={t('backoffice.audit.exportHint', { max: AUDIT_EXPORT_MAX })}
                    safe
                  >
                    {t('backoffice.audit.exportCsv')}
                  </a>
                ) : (
                  ''
                )}
              </div>
              {result.rows.length === 0 ? (
                <p safe>{t('common.noResults')}</p>
              ) : (
                <AuditTable
                  rows={result.rows}
                  t={t}
                  locale={locale}
                  caption={t('backoffice.audit.title')}
                  sort={{ base: AUDIT_PATH, query: { ...kept, sort: query.sort || '-at' } }}
                />
              )}
              <Pagination
                base={AUDIT_PATH}
                query={kept}
                info={{ page: result.page, pageSize: result.pageSize, total: result.total }}
                t={t}
              />
            </>
          ) : (
            ''
          )}
        </BackofficeLayout>,
        valid ? 200 : 400,
      );
    },
  );
}
