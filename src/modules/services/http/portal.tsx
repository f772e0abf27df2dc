import { Type } from '@sinclair/typebox';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatLongDate } from '../../../platform/i18n/format.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { offices } from '../../offices/schema.js';
import { sendPortalPage, TOPICS } from '../../portal/index.js';
import { getService, listCategories, listServices } from '../queries.js';

/** Paragraphs and "- " bullet lists from the light markup of a section. */
export function RichText(props: { text: string }): JSX.Element {
  const blocks: JSX.Element[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length)
      blocks.push(
        <ul>
          {items.map((i) => (
            <li safe>{i}</li>
          ))}
        </ul>,
      );
    items = [];
  };
  for (const line of props.text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    if (line.startsWith('- ')) items.push(line.slice(2));
    else {
      flush();
      blocks.push(<p safe>{line}</p>);
    }
  }
  flush();
  return <>{blocks}</>;
}

function ServiceList(props: { items: Array<{ slug: string; title: string; summary: string }> }): JSX.Element {
  return (
    <div class="row g-4">
      {props.items.map((s) => (
        <div class="col-12 col-md-6 col-lg-4">
          <div class="card card-bg shadow-sm h-100">
            <div class="card-body">
              <h3 class="card-title h5">
                <a href={`/servizi/${s.slug}`} data-element="service-link" safe>
                  {s.title}
                </a>
              </h3>
              <p class="card-text" safe>
                {s.summary}
              </p>
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}

const ListQuery = pageQuery({ q: Type.Optional(Type.String({ maxLength: 200 })) });
const PageQuery = pageQuery({});
const SlugParams = Type.Object({ slug: Type.String({ maxLength: 100 }) });

/**
 * Modello Comuni index items, in the checked order: section id and message key. The Italian labels
 * (services.sections.*) are what the checker compares.
 */
const SECTIONS = [
  ['a-chi-e-rivolto', 'audience'],
  ['descrizione', 'description'],
  ['come-fare', 'howTo'],
  ['cosa-serve', 'needed'],
  ['cosa-si-ottiene', 'outcome'],
  ['tempi-e-scadenze', 'times'],
  ['quanto-costa', 'cost'],
  ['accedi-al-servizio', 'access'],
  ['condizioni-di-servizio', 'conditions'],
  ['contatti', 'contacts'],
  ['ulteriori-informazioni', 'furtherInfo'],
] as const;

/** The Italian index labels of a scheda servizio, in page order. */
export const SERVICE_INDEX_LABELS: readonly string[] = [
  'A chi è rivolto',
  'Descrizione',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Quanto costa',
  'Accedi al servizio',
  'Condizioni di servizio',
  'Contatti',
  'Ulteriori informazioni',
];

/**
 * Where a citizen books an appointment for a service: the contact card of its office on the Uffici
 * page, until the booking capability exists; the general booking page when no office is set.
 */
export function bookingHref(officeSlug: string | null | undefined): string {
  return officeSlug ? `/amministrazione/uffici#ufficio-${officeSlug}` : '/prenota-appuntamento';
}

const topicHref = (label: string) => {
  const topic = TOPICS.find((x) => x.label.toLowerCase() === label.toLowerCase() || x.slug === label);
  return topic ? `/argomenti/${topic.slug}` : '/argomenti';
};

export function registerServicePortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/servizi', { schema: { querystring: ListQuery } }, async (request, reply) => {
    const { t } = request;
    const tenant = tenantOf(request);
    const q = (request.query as { q?: string }).q?.trim() ?? '';
    const [categories, items] = await withTenant(ctx.database, tenant.id, async (tx) =>
      Promise.all([listCategories(tx, tenant.id), listServices(tx, tenant.id, { q })]),
    );
    return sendPortalPage(request, reply, {
      title: t('services.title'),
      description: t('services.intro'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 class="mb-3" data-element="page-name" safe>
            {t('services.title')}
          </h1>
          <p class="lead" safe>
            {t('services.intro')}
          </p>
          <form method="get" action="/servizi" class="row g-2 align-items-end mb-4">
            <div class="col-12 col-md-8">
              <div class="form-group mb-0">
                <label for="services-q" class="active" safe>
                  {t('services.searchLabel')}
                </label>
                <input type="search" class="form-control" id="services-q" name="q" value={q} />
              </div>
            </div>
            <div class="col-12 col-md-4">
              <button type="submit" class="btn btn-primary" safe>
                {t('services.searchButton')}
              </button>
            </div>
          </form>
          <div class="mb-4">
            <p safe>{t('services.bookingIntro')}</p>
            <a
              class="btn btn-outline-primary"
              data-element="appointment-booking"
              href="/prenota-appuntamento"
              safe
            >
              {t('services.booking')}
            </a>
          </div>
          <section class="mb-5" aria-labelledby="service-categories">
            <h2 id="service-categories" class="h4 mb-3" safe>
              {t('services.categories')}
            </h2>
            <ul class="link-list list-unstyled row">
              {categories.map((c) => (
                <li class="col-12 col-md-6 col-lg-4 mb-2">
                  <a href={`/servizi/categoria/${c.slug}`} data-element="service-category-link" safe>
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="all-services">
            <h2 id="all-services" class="h4 mb-3" safe>
              {t('services.all')}
            </h2>
            <p safe>{items.length ? t('services.found', { count: items.length }) : t('services.none')}</p>
            <ServiceList items={items} />
          </section>
        </>
      ),
    });
  });

  app.get(
    '/servizi/categoria/:slug',
    { schema: { params: SlugParams, querystring: PageQuery } },
    async (request, reply) => {
      const { t } = request;
      const tenant = tenantOf(request);
      const { slug } = request.params as { slug: string };
      const result = await withTenant(ctx.database, tenant.id, async (tx) => {
        const category = (await listCategories(tx, tenant.id)).find((c) => c.slug === slug);
        if (!category) return null;
        return { category, items: await listServices(tx, tenant.id, { categoryId: category.id }) };
      });
      if (!result) throw new AppError('NOT_FOUND');
      const { category, items } = result;
      return sendPortalPage(request, reply, {
        title: category.name,
        description: category.description,
        breadcrumb: [{ href: '/servizi', label: t('services.title') }],
        feedback: true,
        children: (
          <>
            <h1 class="mb-3" data-element="page-name" safe>
              {category.name}
            </h1>
            <p class="lead" safe>
              {category.description}
            </p>
            <p safe>{items.length ? t('services.found', { count: items.length }) : t('services.none')}</p>
            <ServiceList items={items} />
          </>
        ),
      });
    },
  );

  app.get('/prenota-appuntamento', { schema: { querystring: PageQuery } }, async (request, reply) => {
    const { t } = request;
    const tenant = tenantOf(request);
    const rows = await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .select({
          slug: offices.slug,
          name: offices.name,
          address: offices.address,
          phone: offices.phone,
          email: offices.email,
        })
        .from(offices)
        .where(and(eq(offices.tenantId, tenant.id)))
        .orderBy(asc(offices.name)),
    );
    return sendPortalPage(request, reply, {
      title: t('services.bookingPage.title'),
      breadcrumb: [{ href: '/servizi', label: t('services.title') }],
      feedback: true,
      children: (
        <>
          <h1 class="mb-3" safe>
            {t('services.bookingPage.title')}
          </h1>
          <div class="alert alert-info" role="status">
            <p class="mb-0" safe>
              {t('services.bookingPage.intro')}
            </p>
          </div>
          <div class="row g-4">
            {rows.map((o) => (
              <div class="col-12 col-md-6">
                <div class="card card-bg shadow-sm h-100">
                  <div class="card-body">
                    <h2 class="card-title h5">
                      <a href={bookingHref(o.slug)} safe>
                        {o.name}
                      </a>
                    </h2>
                    {o.address ? (
                      <p
                        class="card-text mb-1"
                        safe
                      >{`${t('services.bookingPage.address')}: ${o.address}`}</p>
                    ) : (
                      ''
                    )}
                    {o.phone ? (
                      <p class="card-text mb-1" safe>{`${t('services.bookingPage.phone')}: ${o.phone}`}</p>
                    ) : (
                      ''
                    )}
                    {o.email ? (
                      <p class="card-text mb-1">
                        <span safe>{`${t('services.bookingPage.email')}: `}</span>
                        <a href={`mailto:${o.email}`} safe>
                          {o.email}
                        </a>
                      </p>
                    ) : (
                      ''
                    )}
                  </div>
                </div>
              </div>
            ))}
          </div>
        </>
      ),
    });
  });

  app.get(
    '/servizi/:slug',
    { schema: { params: SlugParams, querystring: PageQuery } },
    async (request, reply) => {
      const { t, locale } = request;
      const tenant = tenantOf(request);
      const { slug } = request.params as { slug: string };
      const row = await withTenant(ctx.database, tenant.id, (tx) => getService(tx, tenant.id, slug));
      if (!row) throw new AppError('NOT_FOUND');
      const s = row.service;
      const host = request.headers.host ?? 'localhost';
      const base = `${request.protocol}://${host}`;
      const postalCode =
        /\b\d{5}\b/.exec(row.officeAddress ?? '')?.[0] ?? /\b\d{5}\b/.exec(tenant.address)?.[0];
      const jsonLd = {
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: s.title,
        serviceType: row.categoryName,
        serviceOperator: { '@type': 'GovernmentOrganization', name: tenant.name },
        areaServed: { '@type': 'AdministrativeArea', name: tenant.name },
        audience: { '@type': 'Audience', audienceType: s.audience || s.title },
        availableChannel: {
          '@type': 'ServiceChannel',
          serviceUrl: s.onlineUrl ? new URL(s.onlineUrl, base).href : `${base}/servizi/${s.slug}`,
          serviceLocation: {
            '@type': 'Place',
            name: row.officeName ?? tenant.name,
            address: {
              '@type': 'PostalAddress',
              streetAddress: row.officeAddress || tenant.address || tenant.name,
              postalCode: postalCode ?? (tenant.address || tenant.name),
              addressLocality: tenant.shortName || tenant.name,
            },
          },
        },
      };
      // JSON-LD is data, never executed: escape "<" so no text can close the script element.
      const json = JSON.stringify(jsonLd).replace(/</g, '\\u003c');
      const booking = bookingHref(row.officeSlug);
      const content: Record<(typeof SECTIONS)[number][1], JSX.Element> = {
        audience: (
          <div data-element="service-addressed">
            <RichText text={s.audience} />
          </div>
        ),
        description: (
          <div data-element="service-extended-description">
            <RichText text={s.description || s.summary} />
          </div>
        ),
        howTo: (
          <div data-element="service-how-to">
            <RichText text={s.howTo} />
          </div>
        ),
        needed: (
          <div data-element="service-needed">
            <RichText text={s.needed} />
          </div>
        ),
        outcome: (
          <div data-element="service-achieved">
            <RichText text={s.outcome} />
          </div>
        ),
        times: (
          <div data-element="service-calendar-text">
            <RichText text={s.times} />
          </div>
        ),
        cost: (
          <div data-element="service-cost">
            <RichText text={s.cost || '—'} />
          </div>
        ),
        access: (
          <div>
            <div data-element="service-generic-access">
              <RichText text={s.access} />
            </div>
            {s.onlineUrl ? (
              <a class="btn btn-primary mt-2" href={s.onlineUrl} data-element="service-online-access" safe>
                {t('services.online')}
              </a>
            ) : (
              ''
            )}
          </div>
        ),
        conditions: (
          <div>
            <RichText text={s.conditions} />
            <a href={`/servizi/${s.slug}#condizioni-di-servizio`} data-element="service-file" safe>
              {t('services.conditionsFile')}
            </a>
          </div>
        ),
        contacts: (
          <div>
            <RichText text={s.contacts && s.contacts !== row.officeName ? s.contacts : ''} />
            <div class="card card-bg shadow-sm mb-3">
              <div class="card-body">
                <p class="mb-1" safe>
                  {t('services.office')}
                </p>
                <p class="card-title h5 mb-2" data-element="service-area">
                  {row.officeSlug ? (
                    <a href={booking} safe>
                      {row.officeName}
                    </a>
                  ) : (
                    <span safe>{tenant.name}</span>
                  )}
                </p>
                {row.officeAddress ? (
                  <p class="mb-1" safe>
                    {row.officeAddress}
                  </p>
                ) : (
                  ''
                )}
                {row.officePhone ? (
                  <p class="mb-1" safe>
                    {row.officePhone}
                  </p>
                ) : (
                  ''
                )}
                {row.officeEmail ? (
                  <p class="mb-1">
                    <a href={`mailto:${row.officeEmail}`} safe>
                      {row.officeEmail}
                    </a>
                  </p>
                ) : (
                  ''
                )}
              </div>
            </div>
            <p safe>{t('services.bookingOffice')}</p>
            <a class="btn btn-outline-primary" data-element="appointment-booking" href={booking} safe>
              {t('services.booking')}
            </a>
          </div>
        ),
        furtherInfo: (
          <div>
            <RichText text={s.furtherInfo} />
            <p class="small" safe>
              {t('services.updated', { date: formatLongDate(s.updatedAt, locale) })}
            </p>
          </div>
        ),
      };
      return sendPortalPage(request, reply, {
        title: s.title,
        description: s.summary,
        breadcrumb: [
          { href: '/servizi', label: t('services.title') },
          { href: `/servizi/categoria/${row.categorySlug}`, label: row.categoryName },
        ],
        feedback: true,
        children: (
          <>
            <script type="application/ld+json" data-element="metatag">
              {json as 'safe'}
            </script>
            <h1 class="mb-2" data-element="service-title" safe>
              {s.title}
            </h1>
            <span
              class={s.status === 'active' ? 'chip chip-simple chip-primary' : 'chip chip-simple chip-danger'}
              data-element="service-status"
            >
              <span class="chip-label" safe>
                {s.status === 'active' ? t('services.active') : t('services.inactive')}
              </span>
            </span>
            {s.status !== 'active' && s.statusReason ? <p safe>{s.statusReason}</p> : ''}
            <p class="lead mt-3" data-element="service-description" safe>
              {s.summary}
            </p>
            <div class="mb-4">
              <p class="mb-1" safe>
                {t('services.topics')}
              </p>
              {s.topics.map((topic) => (
                <a class="chip chip-simple me-1" href={topicHref(topic)} data-element="service-topic">
                  <span class="chip-label" safe>
                    {topic}
                  </span>
                </a>
              ))}
            </div>
            <div class="row">
              <aside class="col-12 col-lg-3 mb-4">
                <nav aria-labelledby="page-index-title">
                  <h2 id="page-index-title" class="h6" safe>
                    {t('services.pageIndex')}
                  </h2>
                  <ul class="link-list list-unstyled" data-element="page-index">
                    {SECTIONS.map(([id, key]) => (
                      <li>
                        <a class="list-item" href={`#${id}`}>
                          <span safe>{t(`services.sections.${key}`)}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </aside>
              <div class="col-12 col-lg-9">
                {SECTIONS.map(([id, key]) => (
                  <section id={id} class="mb-5" aria-labelledby={`${id}-title`}>
                    <h2 id={`${id}-title`} class="h4 mb-3" safe>
                      {t(`services.sections.${key}`)}
                    </h2>
                    {content[key] as 'safe'}
                  </section>
                ))}
                <section class="mb-5" data-element="page-category">
                  <p class="mb-0" safe>
                    {t('services.category', { name: row.categoryName })}
                  </p>
                </section>
              </div>
            </div>
          </>
        ),
      });
    },
  );
}
