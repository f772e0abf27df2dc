import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { SLUG_MAX_LENGTH } from '../../../platform/validation/slug.js';
import { EmptyState, sendPortalPage, topicBySlug } from '../../portal/index.js';
import {
  ADMINISTRATION_PUBLIC_PATH,
  administrationHref,
  getAdministrationPage,
  listPublicAdministration,
} from '../queries.js';
import { ADMINISTRATION_CATEGORIES } from '../schema.js';

const isOurs = (category: string) => (ADMINISTRATION_CATEGORIES as readonly string[]).includes(category);

/** Plain text as paragraphs (blank lines separate them), every text escaped. */
export function Paragraphs(props: { text: string }): JSX.Element {
  const paragraphs = props.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p) => (
        <p safe>{p}</p>
      ))}
    </>
  );
}

/**
 * Body of an Amministrazione category page (the portal's per-category hook): its published schede as
 * cards, or null for a category this module does not fill (Uffici).
 */
export async function administrationCategoryBody(
  database: Database,
  request: FastifyRequest,
  category: string,
): Promise<JSX.Element | null> {
  if (!isOurs(category)) return null;
  const { t } = request;
  const tenantId = tenantOf(request).id;
  const rows = await withTenant(database, tenantId, (tx) => listPublicAdministration(tx, tenantId, category));
  if (rows.length === 0) return <EmptyState text={t('administration.portal.empty')} />;
  return (
    <div class="row g-4 mb-4">
      {rows.map((row) => (
        <div class="col-12 col-md-6 col-lg-4">
          <div class="card card-bg shadow-sm h-100">
            <div class="card-body">
              <h2 class="card-title h5">
                <a class="text-decoration-none" href={administrationHref(category, row.slug)} safe>
                  {row.title}
                </a>
              </h2>
              {row.role ? (
                <p class="fw-semibold mb-2" safe>
                  {row.role}
                </p>
              ) : (
                ''
              )}
              {row.summary ? (
                <p class="card-text" safe>
                  {row.summary}
                </p>
              ) : (
                ''
              )}
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}

const ItemParams = Type.Object({
  category: Type.String({ maxLength: 40 }),
  slug: Type.String({ maxLength: SLUG_MAX_LENGTH }),
});

/** The page of one scheda: /amministrazione/<category>/<slug>. */
export function registerAdministrationPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    `${ADMINISTRATION_PUBLIC_PATH}/:category/:slug`,
    { schema: { params: ItemParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const { category, slug } = request.params as { category: string; slug: string };
      if (!isOurs(category)) throw new AppError('NOT_FOUND');
      const { t } = request;
      const tenantId = tenantOf(request).id;
      const data = await withTenant(ctx.database, tenantId, (tx) =>
        getAdministrationPage(tx, tenantId, category, slug),
      );
      if (!data) throw new AppError('NOT_FOUND');
      const { item } = data;
      const topics = item.topics.map((s) => topicBySlug(s)).filter((x) => x !== undefined);
      const hasContacts = Boolean(item.email || item.phone || data.officeName);
      return sendPortalPage(request, reply, {
        title: item.title,
        description: (item.role ? `${item.role}. ${item.summary}` : item.summary).slice(0, 300),
        breadcrumb: [
          { href: ADMINISTRATION_PUBLIC_PATH, label: t('portal.management.title') },
          {
            href: `${ADMINISTRATION_PUBLIC_PATH}/${category}`,
            label: t(`portal.managementCategories.${category}.title`),
          },
        ],
        feedback: true,
        children: (
          <article class="row">
            <div class="col-12 col-lg-8">
              <h1 data-element="page-name" safe>
                {item.title}
              </h1>
              {item.role ? (
                <p class="h5 text-secondary" safe>
                  {item.role}
                </p>
              ) : (
                ''
              )}
              <p class="lead" safe>
                {item.summary}
              </p>
              <Paragraphs text={item.body} />
              {topics.length > 0 ? (
                <>
                  <h2 class="h6 mt-4" safe>
                    {t('administration.portal.topics')}
                  </h2>
                  <ul class="list-inline">
                    {topics.map((topic) => (
                      <li class="list-inline-item">
                        <a class="chip chip-simple" href={`/argomenti/${topic.slug}`}>
                          <span class="chip-label" safe>
                            {topic.label}
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                ''
              )}
            </div>
            {hasContacts ? (
              <aside class="col-12 col-lg-4" aria-labelledby="administration-contacts">
                <div class="card card-bg shadow-sm">
                  <div class="card-body">
                    <h2 class="h5" id="administration-contacts" safe>
                      {t('administration.portal.contacts')}
                    </h2>
                    <ul class="list-unstyled mb-0">
                      {data.officeName && data.officeSlug ? (
                        <li>
                          <a href={`/amministrazione/uffici#ufficio-${data.officeSlug}`} safe>
                            {data.officeName}
                          </a>
                        </li>
                      ) : (
                        ''
                      )}
                      {item.phone ? (
                        <li>
                          <a href={`tel:${item.phone.replace(/[^+0-9]/g, '')}`} safe>
                            {item.phone}
                          </a>
                        </li>
                      ) : (
                        ''
                      )}
                      {item.email ? (
                        <li>
                          <a href={`mailto:${item.email}`} safe>
                            {item.email}
                          </a>
                        </li>
                      ) : (
                        ''
                      )}
                    </ul>
                  </div>
                </div>
              </aside>
            ) : (
              ''
            )}
            <p class="small text-secondary mt-4" safe>
              {t('administration.portal.updated', {
                date: new Intl.DateTimeFormat(request.locale, {
                  dateStyle: 'long',
                  timeZone: 'Europe/Rome',
                }).format(item.updatedAt),
              })}
            </p>
          </article>
        ),
      });
    },
  );
}
