import { Type } from '@sinclair/typebox';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { authorize, can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { sendPage } from '../../../platform/http/server.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { Flash } from '../../../platform/views/list.js';
import { offices } from '../../offices/schema.js';
import { SERVICES_MANAGE, SERVICES_READ } from '../policy.js';
import { listCategories } from '../queries.js';
import { serviceCategories, services } from '../schema.js';

export const SERVICES_PATH = '/backoffice/servizi';

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  categoria: Type.Optional(Type.String({ maxLength: 100 })),
  stato: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('active'), Type.Literal('inactive')])),
  ok: Type.Optional(Type.Literal('saved')),
});

/** The catalogue in the back office: read-only list with filters (editing comes next). */
export function registerServiceBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    SERVICES_PATH,
    { preHandler: authorize(SERVICES_READ), schema: { querystring: ListQuery } },
    async (request, reply) => {
      const query = request.query as { q?: string; categoria?: string; stato?: string; ok?: string };
      const manage = can(request.actor, SERVICES_MANAGE);
      const chrome = backofficeChrome(request, reply);
      const { t, tenant } = chrome;
      const q = query.q?.trim() ?? '';
      const [categories, rows] = await withTenant(ctx.database, tenant.id, async (tx) => {
        const conditions = [eq(services.tenantId, tenant.id)];
        if (q)
          conditions.push(
            sql`immutable_unaccent(lower(${services.title} || ' ' || ${services.summary})) like '%' || immutable_unaccent(lower(${q})) || '%'`,
          );
        if (query.categoria) conditions.push(eq(serviceCategories.slug, query.categoria));
        if (query.stato) conditions.push(eq(services.status, query.stato));
        return Promise.all([
          listCategories(tx, tenant.id),
          tx
            .select({
              slug: services.slug,
              title: services.title,
              status: services.status,
              category: serviceCategories.name,
              office: offices.name,
            })
            .from(services)
            .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
            .leftJoin(offices, eq(offices.id, services.officeId))
            .where(and(...conditions))
            .orderBy(asc(services.title)),
        ]);
      });
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('services.bo.title')}>
          <h1 class="mb-3" safe>
            {t('services.bo.title')}
          </h1>
          <Flash message={query.ok === 'saved' ? t('services.bo.saved') : undefined} />
          <form method="get" action={SERVICES_PATH} class="row g-3 align-items-end mb-3">
            <div class="col-12 col-md-4">
              <label for="bo-services-q" class="form-label" safe>
                {t('services.bo.q')}
              </label>
              <input type="search" class="form-control" id="bo-services-q" name="q" value={q} />
            </div>
            <div class="col-12 col-md-3">
              <label for="bo-services-category" class="form-label" safe>
                {t('services.bo.category')}
              </label>
              <select class="form-select" id="bo-services-category" name="categoria">
                <option value="" safe>
                  {t('services.bo.any')}
                </option>
                {categories.map((c) => (
                  <option value={c.slug} selected={c.slug === query.categoria} safe>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="col-12 col-md-3">
              <label for="bo-services-status" class="form-label" safe>
                {t('services.bo.status')}
              </label>
              <select class="form-select" id="bo-services-status" name="stato">
                <option value="" safe>
                  {t('services.bo.any')}
                </option>
                <option value="active" selected={query.stato === 'active'} safe>
                  {t('services.active')}
                </option>
                <option value="inactive" selected={query.stato === 'inactive'} safe>
                  {t('services.inactive')}
                </option>
              </select>
            </div>
            <div class="col-12 col-md-2">
              <button type="submit" class="btn btn-primary" safe>
                {t('services.searchButton')}
              </button>
            </div>
          </form>
          <p safe>{t('services.found', { count: rows.length })}</p>
          <div class="table-responsive">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t('services.bo.service')}
                  </th>
                  <th scope="col" safe>
                    {t('services.bo.category')}
                  </th>
                  <th scope="col" safe>
                    {t('services.office')}
                  </th>
                  <th scope="col" safe>
                    {t('services.bo.status')}
                  </th>
                  {manage ? (
                    <th scope="col" safe>
                      {t('services.bo.actions')}
                    </th>
                  ) : (
                    ''
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>
                      <a href={`/servizi/${r.slug}`} safe>
                        {r.title}
                      </a>
                    </td>
                    <td safe>{r.category}</td>
                    <td safe>{r.office ?? '—'}</td>
                    <td safe>{r.status === 'active' ? t('services.active') : t('services.inactive')}</td>
                    {manage ? (
                      <td>
                        <a href={`${SERVICES_PATH}/${r.slug}/modifica`}>
                          <span safe>{t('services.bo.editLink')}</span>
                          <span class="visually-hidden" safe>{` ${r.title}`}</span>
                        </a>
                      </td>
                    ) : (
                      ''
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </BackofficeLayout>,
      );
    },
  );
}
