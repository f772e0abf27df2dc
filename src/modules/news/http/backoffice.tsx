import { Type } from '@sinclair/typebox';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { multipartForms, uploadedFiles } from '../../../platform/http/attachment-upload.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { formatSize } from '../../../platform/validation/attachment.js';
import { asList, formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { Breadcrumb } from '../../../platform/views/breadcrumb.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { FileField } from '../../../platform/views/file-field.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  emptyForm,
  Field,
  type FormState,
  Select,
  TextArea,
} from '../../../platform/views/form.js';
import { FilterActions, Flash, Pagination, ResultsTable, SortHeader } from '../../../platform/views/list.js';
import { offices } from '../../offices/index.js';
import { TOPICS } from '../../portal/index.js';
import {
  ATTACHMENT_MAX_BYTES,
  deleteNews,
  IMAGE_MAX_BYTES,
  type NewsInput,
  removeAttachment,
  romeParts,
  saveNews,
  setNewsStatus,
} from '../commands/save.js';
import { NEWS_MANAGE } from '../policy.js';
import {
  type AdminFilter,
  getNewsById,
  getNewsPage,
  listAttachments,
  listNewsAdmin,
  newsHref,
  newsImageUrl,
  pickVariant,
  stateOf,
} from '../queries.js';
import { NEWS_KINDS, type NewsKind, type NewsRow } from '../schema.js';
import { attachmentHref, previewBanner, sendNewsPage } from './portal.js';

export const NEWS_ADMIN_PATH = '/backoffice/novita';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_OR_EMPTY = '^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const SLUG_OR_EMPTY = '^$|^[a-z0-9]+(?:-[a-z0-9]+)*$';
const DATE_OR_EMPTY = '^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const TIME_OR_EMPTY = '^$|^[0-9]{2}:[0-9]{2}$';

const FLASHES: Record<string, string> = {
  created: 'news.flash.created',
  saved: 'news.flash.saved',
  unchanged: 'news.flash.unchanged',
  published: 'news.flash.published',
  unpublished: 'news.flash.unpublished',
  deleted: 'news.flash.deleted',
  attachmentRemoved: 'news.flash.attachmentRemoved',
};

const ListQuery = pageQuery({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  tipo: Type.Optional(Type.Union([Type.Literal(''), ...NEWS_KINDS.map((k) => Type.Literal(k))])),
  stato: Type.Optional(
    Type.Union(['', 'draft', 'scheduled', 'published', 'expired'].map((s) => Type.Literal(s))),
  ),
  argomento: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
  sort: Type.Optional(Type.String({ maxLength: 20, pattern: '^-?(title|publishAt|updatedAt|kind|status)$' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
type ListQuery = {
  q?: string;
  tipo?: string;
  stato?: string;
  argomento?: string;
  sort?: string;
  page?: number;
  ok?: string;
};

const OkQuery = pageQuery({ ok: Type.Optional(Type.String({ maxLength: 40 })) });
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const AttachmentParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  attachmentId: Type.String({ maxLength: 64 }),
});

const text = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const NewsBody = Type.Object(
  {
    kind: Type.String({ maxLength: 20 }),
    title: Type.String({ maxLength: 400 }),
    slug: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
    summary: text(1000),
    body: text(60_000),
    topics: Type.Optional(
      Type.Union([
        Type.String({ maxLength: 80 }),
        Type.Array(Type.String({ maxLength: 80 }), { maxItems: 64 }),
      ]),
    ),
    officeId: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
    imageAlt: text(600),
    removeImage: Type.Optional(Type.Literal('1')),
    attachmentTitle: text(400),
    status: Type.String({ maxLength: 20 }),
    publishDate: Type.Optional(Type.String({ pattern: DATE_OR_EMPTY })),
    publishTime: Type.Optional(Type.String({ pattern: TIME_OR_EMPTY })),
    unpublishDate: Type.Optional(Type.String({ pattern: DATE_OR_EMPTY })),
    unpublishTime: Type.Optional(Type.String({ pattern: TIME_OR_EMPTY })),
    featured: Type.Optional(Type.Literal('1')),
  },
  { additionalProperties: false },
);
type NewsBody = Omit<NewsInput, 'topics' | 'featured' | 'removeImage' | 'image' | 'attachment'> & {
  topics?: string | string[];
  featured?: '1';
  removeImage?: '1';
};
const BODY_MESSAGES: Record<string, string> = {
  slug: 'news.errors.slug',
  officeId: 'news.errors.office',
  publishDate: 'news.errors.date',
  publishTime: 'news.errors.date',
  unpublishDate: 'news.errors.date',
  unpublishTime: 'news.errors.date',
};

function valuesOf(item: NewsRow): Record<string, unknown> {
  const [publishDate, publishTime] = romeParts(item.publishAt);
  const [unpublishDate, unpublishTime] = item.unpublishAt ? romeParts(item.unpublishAt) : ['', ''];
  return {
    kind: item.kind,
    title: item.title,
    slug: item.slug,
    summary: item.summary,
    body: item.body,
    topics: item.topics,
    officeId: item.officeId ?? '',
    imageAlt: item.imageAlt,
    status: item.status,
    publishDate,
    publishTime,
    unpublishDate,
    unpublishTime,
    featured: item.featured ? '1' : '',
  };
}

export function registerNewsBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { database } = ctx;
  const manage = { preHandler: authorize(NEWS_MANAGE) };

  async function loadItem(request: FastifyRequest): Promise<NewsRow> {
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    const tenantId = tenantOf(request).id;
    const item = await withTenant(database, tenantId, (tx) => getNewsById(tx, tenantId, id));
    if (!item) throw new AppError('NOT_FOUND');
    return item;
  }

  // ---------------------------------------------------------------------------------------------
  // List
  // ---------------------------------------------------------------------------------------------
  app.get(NEWS_ADMIN_PATH, { ...manage, schema: { querystring: ListQuery } }, async (request, reply) => {
    const query = request.query as ListQuery;
    const chrome = backofficeChrome(request, reply);
    const { t, tenant, locale } = chrome;
    const page = query.page ?? 1;
    const filter: AdminFilter = {
      q: query.q,
      kind: query.tipo || undefined,
      status: query.stato || undefined,
      topic: query.argomento || undefined,
      sort: query.sort,
    };
    const result = await withTenant(database, tenant.id, (tx) => listNewsAdmin(tx, tenant.id, filter, page));
    const kept = {
      q: query.q,
      tipo: query.tipo,
      stato: query.stato,
      argomento: query.argomento,
      sort: query.sort,
    };
    const flash = query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined;
    const form = emptyForm({
      q: query.q ?? '',
      tipo: query.tipo ?? '',
      stato: query.stato ?? '',
      argomento: query.argomento ?? '',
    });
    const now = new Date();
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('news.admin.title')}>
        <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
          <h1 class="mb-0" safe>
            {t('news.admin.title')}
          </h1>
          <a class="btn btn-primary" href={`${NEWS_ADMIN_PATH}/nuova`} safe>
            {t('news.admin.create')}
          </a>
        </div>
        <p safe>{t('news.admin.intro')}</p>
        <Flash message={flash} />
        <search aria-labelledby="news-filter">
          <form method="get" action={NEWS_ADMIN_PATH} class="row g-3 align-items-end mb-3">
            <h2 id="news-filter" class="visually-hidden" safe>
              {t('news.admin.filterLegend')}
            </h2>
            <div class="col-12 col-md-6 col-xl-3">
              <Field form={form} t={t} name="q" type="search" label={t('news.admin.q')} maxlength={200} />
            </div>
            <div class="col-12 col-md-6 col-xl-2">
              <Select
                form={form}
                t={t}
                name="tipo"
                label={t('news.admin.kind')}
                placeholder={t('news.admin.allKinds')}
                options={NEWS_KINDS.map((k) => ({ value: k, label: t(`news.kinds.${k}`) }))}
              />
            </div>
            <div class="col-12 col-md-6 col-xl-2">
              <Select
                form={form}
                t={t}
                name="stato"
                label={t('news.admin.status')}
                placeholder={t('news.admin.allStatuses')}
                options={['draft', 'scheduled', 'published', 'expired'].map((s) => ({
                  value: s,
                  label: t(`news.states.${s}`),
                }))}
              />
            </div>
            <div class="col-12 col-md-6 col-xl-2">
              <Select
                form={form}
                t={t}
                name="argomento"
                label={t('news.admin.topic')}
                placeholder={t('news.admin.allTopics')}
                options={TOPICS.map((x) => ({ value: x.slug, label: x.label }))}
              />
            </div>
            <FilterActions t={t} resetHref={NEWS_ADMIN_PATH} width="col-xl-3" />
          </form>
        </search>
        <ResultsTable
          t={t}
          total={result.total}
          caption={t('news.admin.caption')}
          empty={t('news.admin.empty')}
          isEmpty={result.rows.length === 0}
        >
          <thead>
            <tr>
              <SortHeader
                base={NEWS_ADMIN_PATH}
                query={kept}
                column="title"
                label={t('news.admin.colTitle')}
                t={t}
              />
              <SortHeader
                base={NEWS_ADMIN_PATH}
                query={kept}
                column="kind"
                label={t('news.admin.colKind')}
                t={t}
              />
              <SortHeader
                base={NEWS_ADMIN_PATH}
                query={kept}
                column="status"
                label={t('news.admin.colStatus')}
                t={t}
              />
              <SortHeader
                base={NEWS_ADMIN_PATH}
                query={kept}
                column="publishAt"
                label={t('news.admin.colDate')}
                t={t}
              />
              <SortHeader
                base={NEWS_ADMIN_PATH}
                query={kept}
                column="updatedAt"
                label={t('news.admin.colUpdated')}
                t={t}
              />
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr>
                <td>
                  <a href={`${NEWS_ADMIN_PATH}/${r.id}/modifica`} safe>
                    {r.title}
                  </a>
                  {r.featured ? (
                    <span class="badge bg-primary ms-2" safe>
                      {t('news.admin.featured')}
                    </span>
                  ) : (
                    ''
                  )}
                </td>
                <td safe>{t(`news.kinds.${r.kind}`)}</td>
                <td safe>{t(`news.states.${stateOf(r, now)}`)}</td>
                <td safe>{formatDateTime(r.publishAt, locale)}</td>
                <td safe>{formatDateTime(r.updatedAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </ResultsTable>
        <Pagination base={NEWS_ADMIN_PATH} query={kept} info={result} t={t} />
      </BackofficeLayout>,
    );
  });

  // ---------------------------------------------------------------------------------------------
  // Form
  // ---------------------------------------------------------------------------------------------
  async function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    item: NewsRow | null,
    options: { status?: number; flash?: string | undefined } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, tenant, locale } = chrome;
    const [officeList, attachments] = await withTenant(database, tenant.id, (tx) =>
      Promise.all([
        tx
          .select({ value: offices.id, label: offices.name })
          .from(offices)
          .where(eq(offices.tenantId, tenant.id))
          .orderBy(asc(offices.name)),
        item ? listAttachments(tx, tenant.id, item.id) : Promise.resolve([]),
      ]),
    );
    const f = (key: string) => t(`news.admin.fields.${key}`);
    const labels = Object.fromEntries(
      [
        'kind',
        'title',
        'slug',
        'summary',
        'body',
        'topics',
        'officeId',
        'image',
        'imageAlt',
        'attachment',
        'attachmentTitle',
        'status',
        'publishDate',
        'publishTime',
        'unpublishDate',
        'unpublishTime',
      ].map((k) => [k, f(k)]),
    );
    const title = item ? item.title : t('news.admin.create');
    const action = item ? `${NEWS_ADMIN_PATH}/${item.id}/modifica` : `${NEWS_ADMIN_PATH}/nuova`;
    const state = item ? stateOf(item) : null;
    const thumb = item?.image ? pickVariant(item.image, 480) : null;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb t={t} items={[{ href: NEWS_ADMIN_PATH, label: t('news.admin.title') }]} current={title} />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <Flash message={options.flash} />
        {item && state ? (
          <div class="mb-4 d-flex flex-wrap align-items-center gap-2">
            <span class="me-2" safe>
              {t('news.admin.stateLine', { state: t(`news.states.${state}`) })}
            </span>
            {item.status !== 'published' ? (
              <form method="post" action={`${NEWS_ADMIN_PATH}/${item.id}/pubblica`} class="d-inline">
                <CsrfField token={chrome.csrfToken} />
                <button type="submit" class="btn btn-success btn-sm" safe>
                  {t('news.admin.publish')}
                </button>
              </form>
            ) : (
              <form method="post" action={`${NEWS_ADMIN_PATH}/${item.id}/bozza`} class="d-inline">
                <CsrfField token={chrome.csrfToken} />
                <button type="submit" class="btn btn-outline-secondary btn-sm" safe>
                  {t('news.admin.unpublish')}
                </button>
              </form>
            )}
            {state === 'published' ? (
              <a class="btn btn-link btn-sm" href={newsHref(item.kind, item.slug)} safe>
                {t('news.admin.viewOnPortal')}
              </a>
            ) : (
              <a class="btn btn-link btn-sm" href={`${NEWS_ADMIN_PATH}/${item.id}/anteprima`} safe>
                {t('news.admin.preview')}
              </a>
            )}
            <a class="btn btn-outline-danger btn-sm" href={`${NEWS_ADMIN_PATH}/${item.id}/elimina`} safe>
              {t('news.admin.delete')}
            </a>
          </div>
        ) : (
          ''
        )}
        <p class="small" safe>
          {t('news.admin.requiredNote')}
        </p>
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={action} enctype="multipart/form-data" novalidate>
          <CsrfField token={chrome.csrfToken} />
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('news.admin.sections.content')}
            </legend>
            <Select
              form={form}
              t={t}
              name="kind"
              label={f('kind')}
              required
              options={NEWS_KINDS.map((k) => ({ value: k, label: t(`news.kinds.${k}`) }))}
            />
            <Field form={form} t={t} name="title" label={f('title')} required maxlength={200} />
            <Field form={form} t={t} name="slug" label={f('slug')} hint={f('slugHint')} maxlength={80} />
            <TextArea
              form={form}
              t={t}
              name="summary"
              label={f('summary')}
              hint={f('summaryHint')}
              required
              maxlength={400}
              rows={2}
            />
            <TextArea
              form={form}
              t={t}
              name="body"
              label={f('body')}
              hint={f('bodyHint')}
              rows={12}
              maxlength={40000}
            />
            <Select
              form={form}
              t={t}
              name="officeId"
              label={f('officeId')}
              placeholder={f('noOffice')}
              options={officeList}
            />
          </fieldset>
          <div class="mb-4">
            <p class="small mb-1" id="f-topics-hint" safe>
              {f('topicsHint')}
            </p>
            <div class="news-topics">
              <CheckboxGroup
                form={form}
                t={t}
                name="topics"
                legend={`${f('topics')} *`}
                options={TOPICS.map((x) => ({ value: x.slug, label: x.label }))}
              />
            </div>
          </div>
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('news.admin.sections.image')}
            </legend>
            {item?.image && thumb ? (
              <div class="mb-3">
                <p class="mb-2 fw-semibold" safe>
                  {f('currentImage')}
                </p>
                <img
                  src={newsImageUrl(item.id, thumb.width, thumb.key)}
                  alt={item.imageAlt}
                  width="240"
                  class="img-fluid mb-2 d-block"
                />
                <div class="form-check">
                  <input
                    type="checkbox"
                    class="form-check-input"
                    id="f-removeImage"
                    name="removeImage"
                    value="1"
                    checked={form.values.removeImage === '1'}
                  />
                  <label class="form-check-label" for="f-removeImage" safe>
                    {f('removeImage')}
                  </label>
                </div>
              </div>
            ) : (
              <p class="text-muted" safe>
                {f('noImage')}
              </p>
            )}
            <FileField
              form={form}
              t={t}
              name="image"
              label={f('image')}
              hint={f('imageHint')}
              accept="image/png,image/jpeg,image/webp"
            />
            <Field
              form={form}
              t={t}
              name="imageAlt"
              label={f('imageAlt')}
              hint={f('imageAltHint')}
              maxlength={300}
            />
          </fieldset>
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('news.admin.sections.attachments')}
            </legend>
            {attachments.length === 0 ? (
              <p class="text-muted" safe>
                {f('noAttachments')}
              </p>
            ) : (
              <ul>
                {attachments.map((a) => (
                  <li>
                    <a href={attachmentHref(a)} safe>
                      {a.title}
                    </a>
                    <span class="small text-muted ms-2" safe>
                      {`(${a.extension.toUpperCase()}, ${formatSize(a.size, locale)})`}
                    </span>
                    <button
                      type="submit"
                      class="btn btn-link btn-sm text-danger"
                      form={`remove-${a.id}`}
                      aria-label={t('news.admin.removeAttachmentLabel', { title: a.title })}
                      safe
                    >
                      {t('news.admin.removeAttachment')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <FileField
              form={form}
              t={t}
              name="attachment"
              label={f('attachment')}
              hint={f('attachmentHint')}
              accept=".pdf,.odt,.ods,.docx,.xlsx,image/png,image/jpeg,image/webp"
            />
            <Field form={form} t={t} name="attachmentTitle" label={f('attachmentTitle')} maxlength={200} />
          </fieldset>
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('news.admin.sections.publication')}
            </legend>
            <Select
              form={form}
              t={t}
              name="status"
              label={f('status')}
              required
              options={['draft', 'published'].map((s) => ({ value: s, label: t(`news.statuses.${s}`) }))}
            />
            <div class="row">
              <div class="col-6 col-md-3">
                <Field form={form} t={t} name="publishDate" type="date" label={f('publishDate')} />
              </div>
              <div class="col-6 col-md-3">
                <Field form={form} t={t} name="publishTime" type="time" label={f('publishTime')} />
              </div>
              <div class="col-6 col-md-3">
                <Field form={form} t={t} name="unpublishDate" type="date" label={f('unpublishDate')} />
              </div>
              <div class="col-6 col-md-3">
                <Field form={form} t={t} name="unpublishTime" type="time" label={f('unpublishTime')} />
              </div>
            </div>
            <p class="small" safe>
              {`${f('publishHint')} ${f('unpublishHint')}`}
            </p>
            <div class="form-check mb-4">
              <input
                type="checkbox"
                class="form-check-input"
                id="f-featured"
                name="featured"
                value="1"
                checked={form.values.featured === '1'}
              />
              <label class="form-check-label" for="f-featured" safe>
                {f('featured')}
              </label>
            </div>
          </fieldset>
          <button type="submit" class="btn btn-primary me-2" safe>
            {item ? t('common.save') : t('common.create')}
          </button>
          <a class="btn btn-outline-secondary" href={NEWS_ADMIN_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
        <div>
          {attachments.map((a) => (
            <form
              method="post"
              id={`remove-${a.id}`}
              action={`${NEWS_ADMIN_PATH}/${item?.id ?? ''}/allegati/${a.id}/elimina`}
              class="d-none"
            >
              <CsrfField token={chrome.csrfToken} />
            </form>
          ))}
        </div>
      </BackofficeLayout>,
      options.status ?? 200,
    );
  }

  const toInput = (request: FastifyRequest): NewsInput => {
    const body = request.body as NewsBody;
    const files = uploadedFiles(request);
    return {
      ...body,
      topics: asList(body.topics),
      featured: body.featured === '1',
      removeImage: body.removeImage === '1',
      image: files.image,
      attachment: files.attachment,
    };
  };

  app.get(`${NEWS_ADMIN_PATH}/nuova`, manage, (request, reply) =>
    renderForm(request, reply, emptyForm({ kind: 'notizia', status: 'draft' }), null),
  );

  app.get(
    `${NEWS_ADMIN_PATH}/:id/modifica`,
    { ...manage, schema: { params: IdParams, querystring: OkQuery } },
    async (request, reply) => {
      const item = await loadItem(request);
      const ok = (request.query as { ok?: string }).ok;
      const flash = ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined;
      return renderForm(request, reply, emptyForm(valuesOf(item)), item, { flash });
    },
  );

  // Create and edit take multipart bodies (image, attachment): in their own plugin scope.
  app.register(async (scope) => {
    // An oversized file is cut at the limit and flagged (not thrown): the form says so and keeps the
    // other fields.
    const multipartRoute = await multipartForms(scope, {
      fileSize: Math.max(IMAGE_MAX_BYTES, ATTACHMENT_MAX_BYTES),
      files: 2,
      authorize: authorize(NEWS_MANAGE),
    });

    scope.post(
      `${NEWS_ADMIN_PATH}/nuova`,
      { ...multipartRoute, schema: { body: NewsBody } },
      async (request, reply) => {
        const rejected = rejectedForm(request, BODY_MESSAGES);
        if (rejected) return renderForm(request, reply, rejected, null, { status: 400 });
        const body = request.body as NewsBody;
        try {
          const { id } = await saveNews(
            database,
            ctx.storage,
            tenantOf(request).id,
            auditActorOf(request),
            toInput(request),
          );
          return reply.redirect(`${NEWS_ADMIN_PATH}/${id}/modifica?ok=created`, 303);
        } catch (err) {
          const form = formFromError(err, { ...body, topics: asList(body.topics) });
          return renderForm(request, reply, form, null, {
            status: err instanceof AppError ? err.status : 400,
          });
        }
      },
    );

    scope.post(
      `${NEWS_ADMIN_PATH}/:id/modifica`,
      { ...multipartRoute, schema: { params: IdParams, body: NewsBody } },
      async (request, reply) => {
        const item = await loadItem(request);
        const rejected = rejectedForm(request, BODY_MESSAGES);
        if (rejected) return renderForm(request, reply, rejected, item, { status: 400 });
        const body = request.body as NewsBody;
        try {
          const { changed } = await saveNews(
            database,
            ctx.storage,
            tenantOf(request).id,
            auditActorOf(request),
            toInput(request),
            item.id,
          );
          return reply.redirect(
            `${NEWS_ADMIN_PATH}/${item.id}/modifica?ok=${changed ? 'saved' : 'unchanged'}`,
            303,
          );
        } catch (err) {
          const form = formFromError(err, { ...body, topics: asList(body.topics) });
          return renderForm(request, reply, form, item, {
            status: err instanceof AppError ? err.status : 400,
          });
        }
      },
    );
  });

  // ---------------------------------------------------------------------------------------------
  // Publish, back to draft, delete, attachments, preview
  // ---------------------------------------------------------------------------------------------
  for (const [segment, status, ok] of [
    ['pubblica', 'published', 'published'],
    ['bozza', 'draft', 'unpublished'],
  ] as const) {
    app.post(
      `${NEWS_ADMIN_PATH}/:id/${segment}`,
      { ...manage, schema: { params: IdParams } },
      async (request, reply) => {
        const item = await loadItem(request);
        await setNewsStatus(database, tenantOf(request).id, auditActorOf(request), item.id, status);
        return reply.redirect(`${NEWS_ADMIN_PATH}/${item.id}/modifica?ok=${ok}`, 303);
      },
    );
  }

  app.get(
    `${NEWS_ADMIN_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const item = await loadItem(request);
      const chrome = backofficeChrome(request, reply);
      const { t } = chrome;
      const title = t('news.admin.deleteTitle', { title: item.title });
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={title}>
          <Breadcrumb
            t={t}
            items={[
              { href: NEWS_ADMIN_PATH, label: t('news.admin.title') },
              { href: `${NEWS_ADMIN_PATH}/${item.id}/modifica`, label: item.title },
            ]}
            current={t('news.admin.delete')}
          />
          <h1 class="mb-3" safe>
            {title}
          </h1>
          <p safe>{t('news.admin.deleteText')}</p>
          <form method="post" action={`${NEWS_ADMIN_PATH}/${item.id}/elimina`}>
            <CsrfField token={chrome.csrfToken} />
            <button type="submit" class="btn btn-danger me-2" safe>
              {t('news.admin.deleteConfirm')}
            </button>
            <a class="btn btn-outline-secondary" href={`${NEWS_ADMIN_PATH}/${item.id}/modifica`} safe>
              {t('common.cancel')}
            </a>
          </form>
        </BackofficeLayout>,
      );
    },
  );

  app.post(
    `${NEWS_ADMIN_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const item = await loadItem(request);
      await deleteNews(database, ctx.storage, tenantOf(request).id, auditActorOf(request), item.id);
      return reply.redirect(`${NEWS_ADMIN_PATH}?ok=deleted`, 303);
    },
  );

  app.post(
    `${NEWS_ADMIN_PATH}/:id/allegati/:attachmentId/elimina`,
    { ...manage, schema: { params: AttachmentParams } },
    async (request, reply) => {
      const item = await loadItem(request);
      const { attachmentId } = request.params as { attachmentId: string };
      if (!UUID.test(attachmentId)) throw new AppError('NOT_FOUND');
      await removeAttachment(
        database,
        ctx.storage,
        tenantOf(request).id,
        auditActorOf(request),
        item.id,
        attachmentId,
      );
      return reply.redirect(`${NEWS_ADMIN_PATH}/${item.id}/modifica?ok=attachmentRemoved`, 303);
    },
  );

  // The portal page of any item, drafts and scheduled ones included, for the editorial staff only.
  app.get(
    `${NEWS_ADMIN_PATH}/:id/anteprima`,
    { ...manage, schema: { params: IdParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const item = await loadItem(request);
      const tenantId = tenantOf(request).id;
      const data = await withTenant(database, tenantId, (tx) =>
        getNewsPage(tx, tenantId, item.kind as NewsKind, item.slug, { preview: true }),
      );
      if (!data) throw new AppError('NOT_FOUND');
      reply.header('cache-control', 'private, no-store');
      return sendNewsPage(request, reply, data, { banner: previewBanner(request.t, item) });
    },
  );
}
