import type { FastifyInstance } from 'fastify';
import type { ContentItem } from '../../../platform/content/sources.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatDateTime, formatLongDate } from '../../../platform/i18n/format.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { featuredNews, latestNews } from '../../news/index.js';
import { EVENTS_PUBLIC_PATH, type EventItem, upcomingEvents } from '../../places/index.js';
import { type ServiceCategoryLink, serviceCategoryLinks } from '../../services/index.js';
import { FEATURED_TOPICS, topicBySlug } from '../topics.js';
import { EmptyState, LinkCard, sendPortalPage } from './page.js';

export const PortalPageQuery = pageQuery({});

export const HOME_FEATURED = 3;
export const HOME_LATEST = 6;
export const HOME_EVENTS = 4;
export const HOME_CATEGORIES = 6;

export interface HomeData {
  featured: ContentItem[];
  latest: ContentItem[];
  events: EventItem[];
  categories: ServiceCategoryLink[];
}

/**
 * Everything the home page reads, in one tenant transaction of four statements (the home is the
 * most requested page: each statement costs about 0.35 ms on PGlite).
 */
export function loadHome(ctx: AppContext, tenantId: string, now = new Date()): Promise<HomeData> {
  return withTenant(ctx.database, tenantId, async (tx) => ({
    featured: await featuredNews(tx, tenantId, HOME_FEATURED),
    latest: await latestNews(tx, tenantId, HOME_LATEST + HOME_FEATURED),
    events: await upcomingEvents(tx, tenantId, HOME_EVENTS, now),
    categories: await serviceCategoryLinks(tx, tenantId, HOME_CATEGORIES),
  }));
}

/** A news card: image when there is one, type and date, linked title, summary. */
function NewsCard(props: { t: Translate; locale: string; item: ContentItem; big?: boolean }): JSX.Element {
  const { t, item } = props;
  return (
    <div class={props.big ? 'col-12' : 'col-12 col-md-6 col-lg-4'}>
      <article class="card card-bg shadow-sm h-100">
        {item.image ? <img class="card-img-top img-fluid" src={item.image.url} alt={item.image.alt} /> : ''}
        <div class="card-body">
          <div class="category-top mb-2">
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
          <h3 class={props.big ? 'card-title h4' : 'card-title h5'}>
            <a class="text-decoration-none" href={item.href} safe>
              {item.title}
            </a>
          </h3>
          {item.summary ? (
            <p class="card-text" safe>
              {item.summary}
            </p>
          ) : (
            ''
          )}
        </div>
      </article>
    </div>
  );
}

/** The home page per the Modello Comuni: featured and latest news, calendar, topics, services, search. */
export function registerHomeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/', { schema: { querystring: PortalPageQuery } }, async (request, reply) => {
    const { t, locale } = request;
    const tenant = tenantOf(request);
    const { featured, latest, events, categories } = await loadHome(ctx, tenant.id);
    // "In evidenza" shows the featured news, or the newest one when none is featured.
    const highlights = featured.length ? featured : latest.slice(0, 1);
    const shown = new Set(highlights.map((n) => n.href));
    const others = latest.filter((n) => !shown.has(n.href)).slice(0, HOME_LATEST);
    return sendPortalPage(request, reply, {
      title: t('portal.homeTitle'),
      feedback: true,
      children: (
        <>
          <h1 class="mb-3" safe>
            {t('portal.welcome', { name: tenant.name })}
          </h1>
          <p class="lead mb-5" safe>
            {t('portal.intro')}
          </p>

          <section class="mb-5" aria-labelledby="home-highlights">
            <h2 class="h3 mb-3" id="home-highlights" safe>
              {t('portal.home.highlights')}
            </h2>
            {highlights.length ? (
              <div class="row g-4">
                {highlights.map((item, i) => (
                  <NewsCard t={t} locale={locale} item={item} big={i === 0 && highlights.length === 1} />
                ))}
              </div>
            ) : (
              <EmptyState text={t('portal.home.noNews')} />
            )}
          </section>

          <section class="mb-5" aria-labelledby="home-news">
            <h2 class="h3 mb-3" id="home-news" safe>
              {t('portal.home.latestNews')}
            </h2>
            {others.length ? (
              <div class="row g-4 mb-3">
                {others.map((item) => (
                  <NewsCard t={t} locale={locale} item={item} />
                ))}
              </div>
            ) : latest.length ? (
              ''
            ) : (
              <EmptyState text={t('portal.home.noNews')} />
            )}
            <a class="btn btn-outline-primary" href="/novita" safe>
              {t('portal.home.allNews')}
            </a>
          </section>

          <section class="mb-5" aria-labelledby="home-calendar">
            <h2 class="h3 mb-3" id="home-calendar" safe>
              {t('portal.home.calendar')}
            </h2>
            {events.length ? (
              <ul class="list-unstyled row g-4 mb-3">
                {events.map((event) => (
                  <li class="col-12 col-md-6 col-lg-3">
                    <article class="card card-bg shadow-sm h-100">
                      <div class="card-body">
                        <p class="fw-semibold mb-1">
                          <time datetime={event.date.toISOString()} safe>
                            {formatDateTime(event.date, locale)}
                          </time>
                        </p>
                        <h3 class="card-title h5">
                          <a class="text-decoration-none" href={event.href} safe>
                            {event.title}
                          </a>
                        </h3>
                        {event.where ? (
                          <p class="card-text mb-1" safe>
                            {event.where}
                          </p>
                        ) : (
                          ''
                        )}
                        {event.cancelled ? (
                          <p class="card-text fw-semibold text-danger mb-0" safe>
                            {t('portal.home.cancelled')}
                          </p>
                        ) : (
                          ''
                        )}
                      </div>
                    </article>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState text={t('portal.home.noEvents')} />
            )}
            <a class="btn btn-outline-primary" href={EVENTS_PUBLIC_PATH} safe>
              {t('portal.home.allEvents')}
            </a>
          </section>

          <section class="mb-5" aria-labelledby="featured-topics">
            <h2 class="h3 mb-3" id="featured-topics" safe>
              {t('portal.featuredTopics')}
            </h2>
            <ul class="list-inline">
              {FEATURED_TOPICS.map((slug) => {
                const topic = topicBySlug(slug);
                return topic ? (
                  <li class="list-inline-item mb-2">
                    <a class="chip chip-simple" href={`/argomenti/${topic.slug}`}>
                      <span class="chip-label" safe>
                        {topic.label}
                      </span>
                    </a>
                  </li>
                ) : (
                  ''
                );
              })}
            </ul>
            <a class="btn btn-outline-primary" href="/argomenti" safe>
              {t('portal.allTopics')}
            </a>
          </section>

          <section class="mb-5" aria-labelledby="home-services">
            <h2 class="h3 mb-3" id="home-services" safe>
              {t('portal.home.services')}
            </h2>
            {categories.length ? (
              <ul class="link-list mb-3">
                {categories.map((c) => (
                  <li>
                    <a class="list-item" href={`/servizi/categoria/${c.slug}`}>
                      <span safe>{c.name}</span>{' '}
                      <span class="small" safe>
                        {`(${t('portal.home.servicesCount', { count: c.services })})`}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              ''
            )}
            <a class="btn btn-outline-primary" href="/servizi" safe>
              {t('portal.home.allServicesLink')}
            </a>
          </section>

          <section class="mb-5" aria-labelledby="home-search">
            <h2 class="h3 mb-3" id="home-search" safe>
              {t('portal.home.searchTitle')}
            </h2>
            <form method="get" action="/cerca" class="row g-2 align-items-end">
              <div class="col-12 col-md-8 form-group mb-0">
                <label for="home-search-q" class="active" safe>
                  {t('portal.search.label')}
                </label>
                <input
                  type="search"
                  class="form-control"
                  id="home-search-q"
                  name="q"
                  maxlength="200"
                  placeholder={t('portal.search.placeholder')}
                />
              </div>
              <div class="col-12 col-md-4">
                <button type="submit" class="btn btn-primary" safe>
                  {t('portal.search.submit')}
                </button>
              </div>
            </form>
          </section>

          <section class="mb-5" aria-labelledby="quick-links">
            <h2 class="h3 mb-3" id="quick-links" safe>
              {t('portal.quickLinks')}
            </h2>
            <div class="row g-4">
              <LinkCard
                title={t('portal.management.title')}
                text={t('portal.management.intro')}
                href="/amministrazione"
              />
              <LinkCard title={t('layout.navServices')} text={t('portal.servicesText')} href="/servizi" />
              <LinkCard title={t('portal.news.title')} text={t('portal.news.intro')} href="/novita" />
              <LinkCard
                title={t('portal.live.title')}
                text={t('portal.live.intro')}
                href="/vivere-il-comune"
              />
              <LinkCard
                title={t('portal.personalArea')}
                text={t('portal.personalAreaText')}
                href="/area-personale"
              />
            </div>
          </section>
        </>
      ),
    });
  });
}
