import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
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
    <div class="col-12 col-lg-6">
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

  app.get('/amministrazione', query, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.management.title'),
      description: t('portal.management.intro'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 safe>{t('portal.management.title')}</h1>
          <p class="lead mb-4" safe>
            {t('portal.management.intro')}
          </p>
          <div class="row g-4">
            {MANAGEMENT_CATEGORIES.map((slug) => (
              <LinkCard
                title={t(`portal.managementCategories.${slug}.title`)}
                text={t(`portal.managementCategories.${slug}.text`)}
                href={`/amministrazione/${slug}`}
                element="management-category-link"
              />
            ))}
          </div>
        </>
      ),
    });
  });

  app.get('/amministrazione/:slug', category, async (request, reply) => {
    const { t } = request;
    const slug = (request.params as { slug: string }).slug;
    if (!(MANAGEMENT_CATEGORIES as readonly string[]).includes(slug)) throw new AppError('NOT_FOUND');
    const title = t(`portal.managementCategories.${slug}.title`);
    let body: JSX.Element;
    if (slug === 'uffici') {
      const offices = await listPublicOffices(ctx.database, tenantOf(request).id);
      const days = t('portal.offices.weekdays').split('|');
      body =
        offices.length === 0 ? (
          <EmptyState text={t('portal.offices.empty')} />
        ) : (
          <div class="row g-4">
            {offices.map((office) => (
              <OfficeCard office={office} days={days} t={t} />
            ))}
          </div>
        );
    } else body = <EmptyState text={t('portal.empty')} />;
    return sendPortalPage(request, reply, {
      title,
      breadcrumb: [{ href: '/amministrazione', label: t('portal.management.title') }],
      feedback: true,
      children: (
        <>
          <h1 data-element="page-name" safe>
            {title}
          </h1>
          <p class="lead mb-4" safe>
            {t(`portal.managementCategories.${slug}.text`)}
          </p>
          {body}
        </>
      ),
    });
  });

  app.get('/novita', query, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.news.title'),
      description: t('portal.news.intro'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 safe>{t('portal.news.title')}</h1>
          <p class="lead mb-4" safe>
            {t('portal.news.intro')}
          </p>
          <div class="row g-4">
            {NEWS_CATEGORIES.map((slug) => (
              <LinkCard
                title={t(`portal.newsCategories.${slug}.title`)}
                text={t(`portal.newsCategories.${slug}.text`)}
                href={`/novita/${slug}`}
                element="news-category-link"
              />
            ))}
          </div>
        </>
      ),
    });
  });

  app.get('/novita/:slug', category, async (request, reply) => {
    const { t } = request;
    const slug = (request.params as { slug: string }).slug;
    if (!(NEWS_CATEGORIES as readonly string[]).includes(slug)) throw new AppError('NOT_FOUND');
    const title = t(`portal.newsCategories.${slug}.title`);
    return sendPortalPage(request, reply, {
      title,
      breadcrumb: [{ href: '/novita', label: t('portal.news.title') }],
      feedback: true,
      children: (
        <>
          <h1 data-element="page-name" safe>
            {title}
          </h1>
          <p class="lead mb-4" safe>
            {t(`portal.newsCategories.${slug}.text`)}
          </p>
          <EmptyState text={t('portal.empty')} />
        </>
      ),
    });
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
