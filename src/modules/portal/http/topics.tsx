import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/errors/catalogue.js';
import { TOPICS, topicBySlug } from '../topics.js';
import { PortalPageQuery } from './home.js';
import { EmptyState, sendPortalPage } from './page.js';

/** Argomenti: the national vocabulary of topics and one page per topic. */
export function registerTopicRoutes(app: FastifyInstance): void {
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
      const { t } = request;
      const topic = topicBySlug((request.params as { slug: string }).slug);
      if (!topic) throw new AppError('NOT_FOUND');
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
            <EmptyState text={t('portal.empty')} />
          </>
        ),
      });
    },
  );
}
