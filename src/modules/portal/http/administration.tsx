import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { administrationCategoryBody } from '../../administration/index.js';
import { latestNewsBlock } from '../../news/index.js';
import { listPublicOffices, type PublicOffice } from '../../offices/index.js';
import { PortalPageQuery } from './home.js';
import { EmptyState, LinkCard, sendPortalPage } from './page.js';

/** Second-level pages of "Amministrazione", with the exact titles of the Modello Comuni. */
export const MANAGEMENT_CATEGORIES = [
  'organi-di-governo',
  'aree-amministrative',
  'uffici',
  'enti-e-fondazioni',
  'politici',
  'personale-amministrativo',
  'documenti-e-dati',
] as const;

export const NEWS_CATEGORIES = ['notizie', 'comunicati', 'avvisi'] as const;

function OfficeCard(props: { office: PublicOffice; days: string[]; t: (k: string) => string }): JSX.Element {
  const { office, t } = props;
  return (
    // The anchor is where a scheda servizio sends citizens to contact its office.
    <div class="col-12 col-lg-6" id={`ufficio-${office.slug}`}>
      <div class="card card-bg shadow-sm h-100">
        <div class="card-body">
          <h2 class="card-title h5" safe>
            {office.name}
          </h2>
          {office.description ? (
            <p class="card-text" safe>
              {office.description}
            </p>
          ) : (
            ''
          )}
          <h3 class="h6" safe>
            {t('portal.offices.contacts')}
          </h3>
          <ul class="list-unstyled">
            {office.address ? <li safe>{office.address}</li> : ''}
            {office.phone ? <li safe>{office.phone}</li> : ''}
            {office.email ? (
              <li>
                <a href={`mailto:${office.email}`} safe>
                  {office.email}
                </a>
              </li>
            ) : (
              ''
            )}
          </ul>
          <h3 class="h6" safe>
            {t('portal.offices.hours')}
          </h3>
          {office.hours.length === 0 ? (
            <p class="mb-0" safe>
              {t('portal.offices.noHours')}
            </p>
          ) : (
            <ul class="list-unstyled mb-0">
              {office.hours.map((h) => (
                <li safe>{`${props.days[h.weekday] ?? ''} ${h.opens}–${h.closes}`}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** Amministrazione and Novità: first-level pages and their categories. */
export function registerSectionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const query = { schema: { querystring: PortalPageQuery } };
  const category = {
    schema: { querystring: PortalPageQuery, params: Type.Object({ slug: Type.String({ maxLength: 60 }) }) },
  };

  /** A first-level section: its page of category cards and one page per category. */
  const section = (config: {
    path: string;
    /** i18n prefix of the section (title, intro) and of its categories (title, text per slug). */
    key: string;
    categoriesKey: string;
    categories: readonly string[];
    element: 'management-category-link' | 'news-category-link';
    /** Body of a category page; an honest empty state unless the category has content. */
    body?: (request: FastifyRequest, slug: string) => Promise<JSX.Element | null>;
    /** Content under the category cards of the section page (Novità: the latest items). */
    after?: (request: FastifyRequest) => Promise<JSX.Element | null>;
  }) => {
    app.get(config.path, query, async (request, reply) => {
      const { t } = request;
      const after = (await config.after?.(request)) ?? '';
      return sendPortalPage(request, reply, {
        title: t(`${config.key}.title`),
        description: t(`${config.key}.intro`),
        breadcrumb: [],
        feedback: true,
        children: (
          <>
            <h1 safe>{t(`${config.key}.title`)}</h1>
            <p class="lead mb-4" safe>
              {t(`${config.key}.intro`)}
            </p>
            <div class="row g-4">
              {config.categories.map((slug) => (
                <LinkCard
                  title={t(`${config.categoriesKey}.${slug}.title`)}
                  text={t(`${config.categoriesKey}.${slug}.text`)}
                  href={`${config.path}/${slug}`}
                  element={config.element}
                />
              ))}
            </div>
            {after as 'safe'}
          </>
        ),
      });
    });

    app.get(`${config.path}/:slug`, category, async (request, reply) => {
      const { t } = request;
      const slug = (request.params as { slug: string }).slug;
      if (!config.categories.includes(slug)) throw new AppError('NOT_FOUND');
      const title = t(`${config.categoriesKey}.${slug}.title`);
      const body = (await config.body?.(request, slug)) ?? <EmptyState text={t('portal.empty')} />;
      return sendPortalPage(request, reply, {
        title,
        breadcrumb: [{ href: config.path, label: t(`${config.key}.title`) }],
        feedback: true,
        children: (
          <>
            <h1 data-element="page-name" safe>
              {title}
            </h1>
            <p class="lead mb-4" safe>
              {t(`${config.categoriesKey}.${slug}.text`)}
            </p>
            {body}
          </>
        ),
      });
    });
  };

  section({
    path: '/amministrazione',
    key: 'portal.management',
    categoriesKey: 'portal.managementCategories',
    categories: MANAGEMENT_CATEGORIES,
    element: 'management-category-link',
    body: async (request, slug) => {
      if (slug !== 'uffici') return administrationCategoryBody(ctx.database, request, slug);
      const { t } = request;
      const offices = await listPublicOffices(ctx.database, tenantOf(request).id);
      if (offices.length === 0) return <EmptyState text={t('portal.offices.empty')} />;
      const days = t('portal.offices.weekdays').split('|');
      return (
        <div class="row g-4">
          {offices.map((office) => (
            <OfficeCard office={office} days={days} t={t} />
          ))}
        </div>
      );
    },
  });

  section({
    path: '/novita',
    key: 'portal.news',
    categoriesKey: 'portal.newsCategories',
    categories: NEWS_CATEGORIES,
    element: 'news-category-link',
    after: (request) => latestNewsBlock(ctx.database, request),
  });

  app.get('/vivere-il-comune', query, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.live.title'),
      description: t('portal.live.intro'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 safe>{t('portal.live.title')}</h1>
          <p class="lead mb-4" safe>
            {t('portal.live.intro')}
          </p>
          <div class="row g-4">
            <div class="col-12 col-md-6">
              <div class="card card-bg shadow-sm h-100">
                <div class="card-body">
                  <h2 class="card-title h4" safe>
                    {t('portal.live.locations')}
                  </h2>
                  <p class="card-text" safe>
                    {t('portal.live.locationsText')}
                  </p>
                  <a
                    class="btn btn-primary"
                    href="/vivere-il-comune/luoghi"
                    data-element="live-button-locations"
                    safe
                  >
                    {t('portal.live.locations')}
                  </a>
                </div>
              </div>
            </div>
            <div class="col-12 col-md-6">
              <div class="card card-bg shadow-sm h-100">
                <div class="card-body">
                  <h2 class="card-title h4" safe>
                    {t('portal.live.events')}
                  </h2>
                  <p class="card-text" safe>
                    {t('portal.live.eventsText')}
                  </p>
                  <a
                    class="btn btn-primary"
                    href="/vivere-il-comune/eventi"
                    data-element="live-button-events"
                    safe
                  >
                    {t('portal.live.events')}
                  </a>
                </div>
              </div>
            </div>
          </div>
        </>
      ),
    });
  });
}
