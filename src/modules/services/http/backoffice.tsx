import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { authorize, can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { sendPage } from '../../../platform/http/server.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { emptyForm, Field, Select } from '../../../platform/views/form.js';
import { FilterActions, Flash, Pagination, ResultsTable, SortHeader } from '../../../platform/views/list.js';
import { SERVICES_MANAGE, SERVICES_READ } from '../policy.js';
import { listCategories, listServicesAdmin } from '../queries.js';

export const SERVICES_PATH = '/backoffice/servizi';

/** Confirmation messages after a change (`?ok=`). */
export const FLASHES: Record<string, string> = {
  created: 'services.bo.flash.created',
  saved: 'services.bo.flash.saved',
  unchanged: 'services.bo.flash.unchanged',
  deleted: 'services.bo.flash.deleted',
};

const ListQuery = pageQuery({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  categoria: Type.Optional(Type.String({ maxLength: 100 })),
  stato: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('active'), Type.Literal('inactive')])),
  sort: Type.Optional(Type.String({ maxLength: 20, pattern: '^-?(title|category|status|updatedAt)$' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
type ListQuery = {
  q?: string;
  categoria?: string;
  stato?: string;
  sort?: string;
  page?: number;
  ok?: string;
};

/** The catalogue in the back office: every role answering citizens reads it; editors change it. */
export function registerServiceBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    SERVICES_PATH,
    { preHandler: authorize(SERVICES_READ), schema: { querystring: ListQuery } },
    async (request, reply) => {
      const query = request.query as ListQuery;
      const manage = can(request.actor, SERVICES_MANAGE);
      const chrome = backofficeChrome(request, reply);
      const { t, tenant, locale } = chrome;
      const [categories, result] = await withTenant(ctx.database, tenant.id, async (tx) =>
        Promise.all([
          listCategories(tx, tenant.id),
          listServicesAdmin(
            tx,
            tenant.id,
            { q: query.q, category: query.categoria, status: query.stato, sort: query.sort },
            query.page ?? 1,
          ),
        ]),
      );
      const kept = { q: query.q, categoria: query.categoria, stato: query.stato, sort: query.sort };
      const form = emptyForm({
        q: query.q ?? '',
        categoria: query.categoria ?? '',
        stato: query.stato ?? '',
      });
      const flash = query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined;
      const sortHeader = (column: string, label: string) => (
        <SortHeader base={SERVICES_PATH} query={kept} column={column} label={label} t={t} />
      );
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('services.bo.title')}>
          <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
            <h1 class="mb-0" safe>
              {t('services.bo.title')}
            </h1>
            {manage ? (
              <a class="btn btn-primary" href={`${SERVICES_PATH}/nuovo`} safe>
                {t('services.bo.create')}
              </a>
            ) : (
              ''
            )}
          </div>
          <p safe>{t('services.bo.intro')}</p>
          <Flash message={flash} />
          <search aria-labelledby="services-filter">
            <form method="get" action={SERVICES_PATH} class="row g-3 align-items-end mb-3">
              <h2 id="services-filter" class="visually-hidden" safe>
                {t('services.bo.filterLegend')}
              </h2>
              <div class="col-12 col-md-6 col-xl-3">
                <Field form={form} t={t} name="q" type="search" label={t('services.bo.q')} maxlength={200} />
              </div>
              <div class="col-12 col-md-6 col-xl-3">
                <Select
                  form={form}
                  t={t}
                  name="categoria"
                  label={t('services.bo.category')}
                  placeholder={t('services.bo.any')}
                  options={categories.map((c) => ({ value: c.slug, label: c.name }))}
                />
              </div>
              <div class="col-12 col-md-6 col-xl-3">
                <Select
                  form={form}
                  t={t}
                  name="stato"
                  label={t('services.bo.status')}
                  placeholder={t('services.bo.anyStatus')}
                  options={[
                    { value: 'active', label: t('services.active') },
                    { value: 'inactive', label: t('services.inactive') },
                  ]}
                />
              </div>
              <FilterActions t={t} resetHref={SERVICES_PATH} width="col-xl-3" />
            </form>
          </search>
          <ResultsTable
            t={t}
            total={result.total}
            caption={t('services.bo.caption')}
            empty={t('services.bo.empty')}
            isEmpty={result.rows.length === 0}
          >
            <thead>
              <tr>
                {sortHeader('title', t('services.bo.service'))}
                {sortHeader('category', t('services.bo.category'))}
                <th scope="col" safe>
                  {t('services.bo.office')}
                </th>
                {sortHeader('status', t('services.bo.status'))}
                {sortHeader('updatedAt', t('services.bo.updated'))}
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr>
                  <td>
                    {manage ? (
                      <a href={`${SERVICES_PATH}/${r.id}/modifica`} safe>
                        {r.title}
                      </a>
                    ) : (
                      <a href={`/servizi/${r.slug}`} safe>
                        {r.title}
                      </a>
                    )}
                  </td>
                  <td safe>{r.category}</td>
                  <td safe>{r.office ?? '—'}</td>
                  <td safe>{r.status === 'active' ? t('services.active') : t('services.inactive')}</td>
                  <td safe>{formatDateTime(r.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </ResultsTable>
          <Pagination base={SERVICES_PATH} query={kept} info={result} t={t} />
        </BackofficeLayout>,
      );
    },
  );
}
