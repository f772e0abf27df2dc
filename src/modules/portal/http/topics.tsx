import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { type ContentItem, contentSources } from '../../../platform/content/sources.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { TOPICS, topicBySlug } from '../topics.js';
import { PortalPageQuery } from './home.js';
import { EmptyState, sendPortalPage } from './page.js';
import { groupLabel, ResultItem } from './search.js';

/** Items listed per content type on a topic page. */
export const TOPIC_PAGE_LIMIT = 50;

/** Argomenti: the national vocabulary of topics and one page per topic. */
export function registerTopicRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/argomenti', { schema: { querystring: PortalPageQuery } }, async (request, reply) => {
    const { t } = request;
    return sendPortalPage(request, reply, {
      title: t('portal.topics.title'),
      description: t('portal.topics.intro'),
      breadcrumb: [],
      feedback: true,
      children: (
        <>
          <h1 safe>{t('portal.topics.title')}</h1>
          <p class="lead mb-4" safe>
            {t('portal.topics.intro')}
          </p>
          <ul class="row g-3 list-unstyled">
            {TOPICS.map((topic) => (
              <li class="col-12 col-md-6 col-lg-4">
                <div class="card card-bg shadow-sm h-100">
                  <div class="card-body">
                    <a
                      class="text-decoration-none"
                      href={`/argomenti/${topic.slug}`}
                      data-element="topic-element"
                    >
                      <h2 class="card-title h5" safe>
                        {topic.label}
                      </h2>
                    </a>
                    <p class="card-text" safe>
                      {topic.description}
                    </p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      ),
    });
  });

  app.get(
    '/argomenti/:slug',
    {
      schema: { querystring: PortalPageQuery, params: Type.Object({ slug: Type.String({ maxLength: 60 }) }) },
    },
    async (request, reply) => {
      const { t, locale } = request;
      const topic = topicBySlug((request.params as { slug: string }).slug);
      if (!topic) throw new AppError('NOT_FOUND');
      const tenant = tenantOf(request);
      const sources = contentSources();
      // Everything tagged with the topic, from every module, in one transaction.
      const groups = await withTenant(ctx.database, tenant.id, async (tx) => {
        const out: Array<{ name: string; label: string; items: ContentItem[] }> = [];
        for (const source of sources) {
          const items = await source.byTopic(tx, tenant.id, topic.slug, TOPIC_PAGE_LIMIT);
          if (items.length)
            out.push({ name: source.name, label: groupLabel(t, source.name, source.typeLabel), items });
        }
        return out;
      });
      return sendPortalPage(request, reply, {
        title: topic.label,
        description: topic.description,
        breadcrumb: [{ href: '/argomenti', label: t('portal.topics.title') }],
        feedback: true,
        children: (
          <>
            <h1 data-element="page-name" safe>
              {topic.label}
            </h1>
            <p class="lead mb-4" safe>
              {topic.description}
            </p>
            {groups.length ? (
              groups.map((group) => (
                <section class="mb-5" aria-labelledby={`topic-${group.name}`}>
                  <h2 class="h3 mb-3" id={`topic-${group.name}`} safe>
                    {`${group.label} (${group.items.length}${group.items.length >= TOPIC_PAGE_LIMIT ? '+' : ''})`}
                  </h2>
                  <ul class="list-unstyled">
                    {group.items.map((item) => (
                      <ResultItem t={t} locale={locale} item={item} />
                    ))}
                  </ul>
                </section>
              ))
            ) : (
              <EmptyState text={t('portal.topicPage.empty')} />
            )}
            <a class="btn btn-outline-primary" href="/argomenti" safe>
              {t('portal.topicPage.browse')}
            </a>
          </>
        ),
      });
    },
  );
}
