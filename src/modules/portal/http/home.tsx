import type { FastifyInstance } from 'fastify';
import { pageQuery } from '../../../platform/validation/query.js';
import { FEATURED_TOPICS, topicBySlug } from '../topics.js';
import { LinkCard, sendPortalPage } from './page.js';

export const PortalPageQuery = pageQuery({});

/** The Comune's home page: intro, quick links, featured topics, personal area, rating component. */
export function registerHomeRoutes(app: FastifyInstance): void {
  app.get('/', { schema: { querystring: PortalPageQuery } }, async (request, reply) => {
    const { t, tenant } = request;
    const name = tenant?.name ?? '';
    return sendPortalPage(request, reply, {
      title: t('portal.homeTitle'),
      feedback: true,
      children: (
        <>
          <h1 class="mb-3" safe>
            {t('portal.welcome', { name })}
          </h1>
          <p class="lead mb-5" safe>
            {t('portal.intro')}
          </p>
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
        </>
      ),
    });
  });
}
