import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { sendStoredFile } from '../../../platform/storage/attachment-files.js';
import { attachmentDisposition, formatLabel, formatSize } from '../../../platform/validation/attachment.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { SLUG_MAX_LENGTH } from '../../../platform/validation/slug.js';
import { Icon } from '../../../platform/views/icon.js';
import { EmptyState, sendPortalPage, topicBySlug } from '../../portal/index.js';
import { listAttachmentsOf } from '../commands/save.js';
import { ADMINISTRATION_MANAGE } from '../policy.js';
import {
  ADMINISTRATION_PUBLIC_PATH,
  administrationAttachmentHref,
  administrationHref,
  getAdministrationAttachment,
  getAdministrationPage,
  listPublicAdministration,
} from '../queries.js';
import { ADMINISTRATION_CATEGORIES, type AdministrationAttachmentRow } from '../schema.js';

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

/** The documents of a scheda, as Modello Comuni shows a "documento": name, format and size. */
export function AttachmentList(props: {
  attachments: AdministrationAttachmentRow[];
  t: (key: string, params?: Record<string, string | number>) => string;
  locale: string;
}): JSX.Element {
  const { t, locale } = props;
  return (
    <section id="documenti" class="mt-4" aria-labelledby="documenti-title">
      <h2 id="documenti-title" class="h4 mb-3" safe>
        {t('administration.portal.attachments')}
      </h2>
      <div class="row g-3">
        {props.attachments.map((a) => (
          <div class="col-12 col-md-6">
            <div class="card card-bg shadow-sm h-100">
              <div class="card-body d-flex gap-3">
                <Icon name="it-clip" class="icon-md flex-shrink-0" />
                <div>
                  <p class="card-title h6 mb-1">
                    <a href={administrationAttachmentHref(a)} safe>
                      {a.title}
                    </a>
                  </p>
                  <p class="small mb-0" safe>
                    {`${t('administration.portal.fileFormat')}: ${formatLabel(a.extension)} · ${t('administration.portal.fileSize')}: ${formatSize(a.size, locale)}`}
                  </p>
                </div>
              </div>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

const AttachmentParams = Type.Object({
  id: Type.String({
    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  }),
  filename: Type.String({ maxLength: 120 }),
});

const ItemParams = Type.Object({
  category: Type.String({ maxLength: 40 }),
  slug: Type.String({ maxLength: SLUG_MAX_LENGTH }),
});

/** The page of one scheda: /amministrazione/<category>/<slug>. */
export function registerAdministrationPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  // An attachment: public once its scheda is published; staff also see those of drafts (never cached).
  app.get(
    `${ADMINISTRATION_PUBLIC_PATH}/allegati/:id/:filename`,
    { schema: { params: AttachmentParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const { id, filename } = request.params as { id: string; filename: string };
      const tenantId = tenantOf(request).id;
      const found = await withTenant(ctx.database, tenantId, (tx) =>
        getAdministrationAttachment(tx, tenantId, id),
      );
      const published = found?.status === 'published';
      if (!found || found.attachment.filename !== filename) throw new AppError('NOT_FOUND');
      if (!published && !can(request.actor, ADMINISTRATION_MANAGE)) throw new AppError('NOT_FOUND');
      const body = await ctx.storage.get(found.attachment.storageKey);
      if (!body) throw new AppError('NOT_FOUND');
      return sendStoredFile(request, reply, body, found.attachment.mime, {
        publicCache: published,
        disposition: attachmentDisposition(found.attachment.extension, found.attachment.filename),
      });
    },
  );

  app.get(
    `${ADMINISTRATION_PUBLIC_PATH}/:category/:slug`,
    { schema: { params: ItemParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const { category, slug } = request.params as { category: string; slug: string };
      if (!isOurs(category)) throw new AppError('NOT_FOUND');
      const { t } = request;
      const tenantId = tenantOf(request).id;
      const found = await withTenant(ctx.database, tenantId, async (tx) => {
        const page = await getAdministrationPage(tx, tenantId, category, slug);
        return page ? { page, attachments: await listAttachmentsOf(tx, tenantId, page.item.id) } : null;
      });
      if (!found) throw new AppError('NOT_FOUND');
      const { page: data, attachments } = found;
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
              {attachments.length > 0 ? (
                <AttachmentList attachments={attachments} t={t} locale={request.locale} />
              ) : (
                ''
              )}
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
