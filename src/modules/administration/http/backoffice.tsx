import { Type } from '@sinclair/typebox';
import { and, asc, eq } from 'drizzle-orm';
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
import { ATTACHMENT_MAX_BYTES, formatLabel, formatSize } from '../../../platform/validation/attachment.js';
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
import { FilterActions, Flash, Pagination, ResultsTable } from '../../../platform/views/list.js';
import { offices } from '../../offices/index.js';
import { TOPICS } from '../../portal/index.js';
import {
  type AdministrationInput,
  deleteAdministrationItem,
  listAttachmentsOf,
  removeAdministrationAttachment,
  saveAdministrationItem,
  setAdministrationStatus,
} from '../commands/save.js';
import { ADMINISTRATION_MANAGE } from '../policy.js';
import { administrationAttachmentHref, administrationHref, listAdministrationAdmin } from '../queries.js';
import { ADMINISTRATION_CATEGORIES, type AdministrationRow, administrationItems } from '../schema.js';

export const ADMINISTRATION_ADMIN_PATH = '/backoffice/amministrazione';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_OR_EMPTY = '^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const SLUG_OR_EMPTY = '^$|^[a-z0-9]+(?:-[a-z0-9]+)*$';

const FLASHES: Record<string, string> = {
  created: 'administration.flash.created',
  saved: 'administration.flash.saved',
  unchanged: 'administration.flash.unchanged',
  published: 'administration.flash.published',
  unpublished: 'administration.flash.unpublished',
  deleted: 'administration.flash.deleted',
  attachmentRemoved: 'administration.flash.attachmentRemoved',
};

const ListQuery = pageQuery({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  categoria: Type.Optional(
    Type.Union([Type.Literal(''), ...ADMINISTRATION_CATEGORIES.map((c) => Type.Literal(c))]),
  ),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
type ListQuery = { q?: string; categoria?: string; page?: number; ok?: string };

const NewQuery = pageQuery({
  categoria: Type.Optional(
    Type.Union([Type.Literal(''), ...ADMINISTRATION_CATEGORIES.map((c) => Type.Literal(c))]),
  ),
});
const OkQuery = pageQuery({ ok: Type.Optional(Type.String({ maxLength: 40 })) });
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const AttachmentParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  attachmentId: Type.String({ maxLength: 64 }),
});

const text = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const ItemBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String()),
    category: Type.String({ maxLength: 40 }),
    title: Type.String({ maxLength: 400 }),
    slug: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
    summary: text(1000),
    body: text(60_000),
    role: text(400),
    officeId: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
    email: text(400),
    phone: text(60),
    topics: Type.Optional(
      Type.Union([
        Type.String({ maxLength: 80 }),
        Type.Array(Type.String({ maxLength: 80 }), { maxItems: 64 }),
      ]),
    ),
    sortOrder: text(10),
    status: Type.String({ maxLength: 20 }),
    attachmentTitle: text(400),
  },
  { additionalProperties: false },
);
type ItemBody = Omit<AdministrationInput, 'topics'> & { topics?: string | string[]; _csrf?: string };
const BODY_MESSAGES: Record<string, string> = {
  slug: 'administration.errors.slug',
  officeId: 'administration.errors.office',
};

function valuesOf(item: AdministrationRow): Record<string, unknown> {
  return {
    category: item.category,
    title: item.title,
    slug: item.slug,
    summary: item.summary,
    body: item.body,
    role: item.role,
    officeId: item.officeId ?? '',
    email: item.email,
    phone: item.phone,
    topics: item.topics,
    sortOrder: String(item.sortOrder),
    status: item.status,
  };
}

const FIELDS = [
  'category',
  'title',
  'slug',
  'role',
  'summary',
  'body',
  'officeId',
  'email',
  'phone',
  'topics',
  'sortOrder',
  'status',
  'attachment',
  'attachmentTitle',
];

export function registerAdministrationBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { database } = ctx;
  const manage = { preHandler: authorize(ADMINISTRATION_MANAGE) };

  async function loadItem(request: FastifyRequest): Promise<AdministrationRow> {
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    const tenantId = tenantOf(request).id;
    const [item] = await withTenant(database, tenantId, (tx) =>
      tx
        .select()
        .from(administrationItems)
        .where(and(eq(administrationItems.tenantId, tenantId), eq(administrationItems.id, id))),
    );
    if (!item) throw new AppError('NOT_FOUND');
    return item;
  }

  app.get(
    ADMINISTRATION_ADMIN_PATH,
    { ...manage, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const query = request.query as ListQuery;
      const chrome = backofficeChrome(request, reply);
      const { t, tenant, locale } = chrome;
      const page = query.page ?? 1;
      const result = await withTenant(database, tenant.id, (tx) =>
        listAdministrationAdmin(tx, tenant.id, { q: query.q, category: query.categoria || undefined }, page),
      );
      const kept = { q: query.q, categoria: query.categoria };
      const flash = query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined;
      const form = emptyForm({ q: query.q ?? '', categoria: query.categoria ?? '' });
      const newHref = `${ADMINISTRATION_ADMIN_PATH}/nuova${query.categoria ? `?categoria=${query.categoria}` : ''}`;
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('administration.admin.title')}>
          <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
            <h1 class="mb-0" safe>
              {t('administration.admin.title')}
            </h1>
            <a class="btn btn-primary" href={newHref} safe>
              {t('administration.admin.create')}
            </a>
          </div>
          <p safe>{t('administration.admin.intro')}</p>
          <Flash message={flash} />
          <search aria-labelledby="administration-filter">
            <form method="get" action={ADMINISTRATION_ADMIN_PATH} class="row g-3 align-items-end mb-3">
              <h2 id="administration-filter" class="visually-hidden" safe>
                {t('administration.admin.filterLegend')}
              </h2>
              <div class="col-12 col-md-6 col-xl-4">
                <Field
                  form={form}
                  t={t}
                  name="q"
                  type="search"
                  label={t('administration.admin.q')}
                  maxlength={200}
                />
              </div>
              <div class="col-12 col-md-6 col-xl-4">
                <Select
                  form={form}
                  t={t}
                  name="categoria"
                  label={t('administration.admin.category')}
                  placeholder={t('administration.admin.allCategories')}
                  options={ADMINISTRATION_CATEGORIES.map((c) => ({
                    value: c,
                    label: t(`portal.managementCategories.${c}.title`),
                  }))}
                />
              </div>
              <FilterActions t={t} resetHref={ADMINISTRATION_ADMIN_PATH} width="col-xl-4" />
            </form>
          </search>
          <ResultsTable
            t={t}
            total={result.total}
            caption={t('administration.admin.caption')}
            empty={t('administration.admin.empty')}
            isEmpty={result.rows.length === 0}
          >
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('administration.admin.colTitle')}
                </th>
                <th scope="col" safe>
                  {t('administration.admin.colCategory')}
                </th>
                <th scope="col" safe>
                  {t('administration.admin.colStatus')}
                </th>
                <th scope="col" safe>
                  {t('administration.admin.colUpdated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr>
                  <td>
                    <a href={`${ADMINISTRATION_ADMIN_PATH}/${r.id}/modifica`} safe>
                      {r.title}
                    </a>
                    {r.role ? (
                      <span class="d-block small text-muted" safe>
                        {r.role}
                      </span>
                    ) : (
                      ''
                    )}
                  </td>
                  <td safe>{t(`portal.managementCategories.${r.category}.title`)}</td>
                  <td safe>{t(`administration.statuses.${r.status}`)}</td>
                  <td safe>{formatDateTime(r.updatedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </ResultsTable>
          <Pagination base={ADMINISTRATION_ADMIN_PATH} query={kept} info={result} t={t} />
        </BackofficeLayout>,
      );
    },
  );

  async function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    item: AdministrationRow | null,
    options: { status?: number; flash?: string | undefined } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, tenant } = chrome;
    const [officeList, attachments] = await withTenant(database, tenant.id, (tx) =>
      Promise.all([
        tx
          .select({ value: offices.id, label: offices.name })
          .from(offices)
          .where(eq(offices.tenantId, tenant.id))
          .orderBy(asc(offices.name)),
        item ? listAttachmentsOf(tx, tenant.id, item.id) : Promise.resolve([]),
      ]),
    );
    const f = (key: string) => t(`administration.admin.fields.${key}`);
    const labels = Object.fromEntries(FIELDS.map((k) => [k, f(k)]));
    const title = item ? item.title : t('administration.admin.create');
    const action = item
      ? `${ADMINISTRATION_ADMIN_PATH}/${item.id}/modifica`
      : `${ADMINISTRATION_ADMIN_PATH}/nuova`;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb
          t={t}
          items={[{ href: ADMINISTRATION_ADMIN_PATH, label: t('administration.admin.title') }]}
          current={title}
        />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <Flash message={options.flash} />
        {item ? (
          <div class="mb-4 d-flex flex-wrap align-items-center gap-2">
            <span class="me-2" safe>
              {t('administration.admin.stateLine', { state: t(`administration.statuses.${item.status}`) })}
            </span>
            {item.status !== 'published' ? (
              <form
                method="post"
                action={`${ADMINISTRATION_ADMIN_PATH}/${item.id}/pubblica`}
                class="d-inline"
              >
                <CsrfField token={chrome.csrfToken} />
                <button type="submit" class="btn btn-success btn-sm" safe>
                  {t('administration.admin.publish')}
                </button>
              </form>
            ) : (
              <>
                <form method="post" action={`${ADMINISTRATION_ADMIN_PATH}/${item.id}/bozza`} class="d-inline">
                  <CsrfField token={chrome.csrfToken} />
                  <button type="submit" class="btn btn-outline-secondary btn-sm" safe>
                    {t('administration.admin.unpublish')}
                  </button>
                </form>
                <a class="btn btn-link btn-sm" href={administrationHref(item.category, item.slug)} safe>
                  {t('administration.admin.viewOnPortal')}
                </a>
              </>
            )}
            <a
              class="btn btn-outline-danger btn-sm"
              href={`${ADMINISTRATION_ADMIN_PATH}/${item.id}/elimina`}
              safe
            >
              {t('administration.admin.delete')}
            </a>
          </div>
        ) : (
          ''
        )}
        <p class="small" safe>
          {t('administration.admin.requiredNote')}
        </p>
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={action} enctype="multipart/form-data" novalidate>
          <CsrfField token={chrome.csrfToken} />
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('administration.admin.sections.content')}
            </legend>
            <Select
              form={form}
              t={t}
              name="category"
              label={f('category')}
              required
              options={ADMINISTRATION_CATEGORIES.map((c) => ({
                value: c,
                label: t(`portal.managementCategories.${c}.title`),
              }))}
            />
            <Field form={form} t={t} name="title" label={f('title')} required maxlength={200} />
            <Field form={form} t={t} name="slug" label={f('slug')} hint={f('slugHint')} maxlength={80} />
            <Field form={form} t={t} name="role" label={f('role')} hint={f('roleHint')} maxlength={200} />
            <TextArea
              form={form}
              t={t}
              name="summary"
              label={f('summary')}
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
              rows={10}
              maxlength={40000}
            />
          </fieldset>
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('administration.admin.sections.contacts')}
            </legend>
            <p class="small" safe>
              {f('contactsHint')}
            </p>
            <Select
              form={form}
              t={t}
              name="officeId"
              label={f('officeId')}
              placeholder={f('noOffice')}
              options={officeList}
            />
            <Field form={form} t={t} name="email" type="email" label={f('email')} maxlength={200} />
            <Field form={form} t={t} name="phone" type="tel" label={f('phone')} maxlength={30} />
          </fieldset>
          <div class="mb-4">
            <CheckboxGroup
              form={form}
              t={t}
              name="topics"
              legend={f('topics')}
              options={TOPICS.map((x) => ({ value: x.slug, label: x.label }))}
            />
          </div>
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('administration.admin.sections.attachments')}
            </legend>
            {attachments.length === 0 ? (
              <p class="text-muted" safe>
                {f('noAttachments')}
              </p>
            ) : (
              <ul>
                {attachments.map((a) => (
                  <li>
                    <a href={administrationAttachmentHref(a)} safe>
                      {a.title}
                    </a>
                    <span class="small text-muted ms-2" safe>
                      {`(${formatLabel(a.extension)}, ${formatSize(a.size, chrome.locale)})`}
                    </span>
                    <button
                      type="submit"
                      class="btn btn-link btn-sm text-danger"
                      form={`remove-${a.id}`}
                      aria-label={t('administration.admin.removeAttachmentLabel', { title: a.title })}
                      safe
                    >
                      {t('administration.admin.removeAttachment')}
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
              {t('administration.admin.sections.publication')}
            </legend>
            <Field
              form={form}
              t={t}
              name="sortOrder"
              label={f('sortOrder')}
              hint={f('sortOrderHint')}
              inputmode="numeric"
              maxlength={5}
            />
            <Select
              form={form}
              t={t}
              name="status"
              label={f('status')}
              required
              options={['draft', 'published'].map((s) => ({
                value: s,
                label: t(`administration.statuses.${s}`),
              }))}
            />
          </fieldset>
          <button type="submit" class="btn btn-primary me-2" safe>
            {item ? t('common.save') : t('common.create')}
          </button>
          <a class="btn btn-outline-secondary" href={ADMINISTRATION_ADMIN_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
        <div>
          {attachments.map((a) => (
            <form
              method="post"
              id={`remove-${a.id}`}
              action={`${ADMINISTRATION_ADMIN_PATH}/${item?.id ?? ''}/allegati/${a.id}/elimina`}
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

  const toInput = (request: FastifyRequest): AdministrationInput => {
    const { _csrf, ...rest } = request.body as ItemBody;
    return { ...rest, topics: asList(rest.topics), attachment: uploadedFiles(request).attachment };
  };
  const shown = (body: ItemBody) => {
    const { _csrf, ...rest } = body;
    return { ...rest, topics: asList(body.topics) };
  };

  app.get(
    `${ADMINISTRATION_ADMIN_PATH}/nuova`,
    { ...manage, schema: { querystring: NewQuery } },
    (request, reply) => {
      const category = (request.query as { categoria?: string }).categoria || 'organi-di-governo';
      return renderForm(request, reply, emptyForm({ category, status: 'draft', sortOrder: '0' }), null);
    },
  );

  app.get(
    `${ADMINISTRATION_ADMIN_PATH}/:id/modifica`,
    { ...manage, schema: { params: IdParams, querystring: OkQuery } },
    async (request, reply) => {
      const item = await loadItem(request);
      const ok = (request.query as { ok?: string }).ok;
      const flash = ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined;
      return renderForm(request, reply, emptyForm(valuesOf(item)), item, { flash });
    },
  );

  // Create and edit take multipart bodies (the attachment): in their own plugin scope. An oversized
  // file is cut at the limit and flagged, so the form says so and keeps the other fields.
  app.register(async (scope) => {
    const multipartRoute = await multipartForms(scope, {
      fileSize: ATTACHMENT_MAX_BYTES,
      files: 1,
      authorize: authorize(ADMINISTRATION_MANAGE),
    });

    scope.post(
      `${ADMINISTRATION_ADMIN_PATH}/nuova`,
      { ...multipartRoute, schema: { body: ItemBody } },
      async (request, reply) => {
        const rejected = rejectedForm(request, BODY_MESSAGES);
        if (rejected) return renderForm(request, reply, rejected, null, { status: 400 });
        const body = request.body as ItemBody;
        try {
          const { id } = await saveAdministrationItem(
            database,
            tenantOf(request).id,
            auditActorOf(request),
            toInput(request),
            undefined,
            ctx.storage,
          );
          return reply.redirect(`${ADMINISTRATION_ADMIN_PATH}/${id}/modifica?ok=created`, 303);
        } catch (err) {
          const form = formFromError(err, shown(body));
          return renderForm(request, reply, form, null, {
            status: err instanceof AppError ? err.status : 400,
          });
        }
      },
    );

    scope.post(
      `${ADMINISTRATION_ADMIN_PATH}/:id/modifica`,
      { ...multipartRoute, schema: { params: IdParams, body: ItemBody } },
      async (request, reply) => {
        const item = await loadItem(request);
        const rejected = rejectedForm(request, BODY_MESSAGES);
        if (rejected) return renderForm(request, reply, rejected, item, { status: 400 });
        const body = request.body as ItemBody;
        try {
          const { changed } = await saveAdministrationItem(
            database,
            tenantOf(request).id,
            auditActorOf(request),
            toInput(request),
            item.id,
            ctx.storage,
          );
          return reply.redirect(
            `${ADMINISTRATION_ADMIN_PATH}/${item.id}/modifica?ok=${changed ? 'saved' : 'unchanged'}`,
            303,
          );
        } catch (err) {
          const form = formFromError(err, shown(body));
          return renderForm(request, reply, form, item, {
            status: err instanceof AppError ? err.status : 400,
          });
        }
      },
    );
  });

  for (const [segment, status, ok] of [
    ['pubblica', 'published', 'published'],
    ['bozza', 'draft', 'unpublished'],
  ] as const) {
    app.post(
      `${ADMINISTRATION_ADMIN_PATH}/:id/${segment}`,
      { ...manage, schema: { params: IdParams } },
      async (request, reply) => {
        const item = await loadItem(request);
        await setAdministrationStatus(database, tenantOf(request).id, auditActorOf(request), item.id, status);
        return reply.redirect(`${ADMINISTRATION_ADMIN_PATH}/${item.id}/modifica?ok=${ok}`, 303);
      },
    );
  }

  app.get(
    `${ADMINISTRATION_ADMIN_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const item = await loadItem(request);
      const chrome = backofficeChrome(request, reply);
      const { t } = chrome;
      const title = t('administration.admin.deleteTitle', { title: item.title });
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={title}>
          <Breadcrumb
            t={t}
            items={[
              { href: ADMINISTRATION_ADMIN_PATH, label: t('administration.admin.title') },
              { href: `${ADMINISTRATION_ADMIN_PATH}/${item.id}/modifica`, label: item.title },
            ]}
            current={t('administration.admin.delete')}
          />
          <h1 class="mb-3" safe>
            {title}
          </h1>
          <p safe>{t('administration.admin.deleteText')}</p>
          <form method="post" action={`${ADMINISTRATION_ADMIN_PATH}/${item.id}/elimina`}>
            <CsrfField token={chrome.csrfToken} />
            <button type="submit" class="btn btn-danger me-2" safe>
              {t('administration.admin.deleteConfirm')}
            </button>
            <a
              class="btn btn-outline-secondary"
              href={`${ADMINISTRATION_ADMIN_PATH}/${item.id}/modifica`}
              safe
            >
              {t('common.cancel')}
            </a>
          </form>
        </BackofficeLayout>,
      );
    },
  );

  app.post(
    `${ADMINISTRATION_ADMIN_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const item = await loadItem(request);
      await deleteAdministrationItem(
        database,
        tenantOf(request).id,
        auditActorOf(request),
        item.id,
        ctx.storage,
      );
      return reply.redirect(`${ADMINISTRATION_ADMIN_PATH}?ok=deleted`, 303);
    },
  );

  app.post(
    `${ADMINISTRATION_ADMIN_PATH}/:id/allegati/:attachmentId/elimina`,
    { ...manage, schema: { params: AttachmentParams } },
    async (request, reply) => {
      const item = await loadItem(request);
      const { attachmentId } = request.params as { attachmentId: string };
      await removeAdministrationAttachment(
        database,
        ctx.storage,
        tenantOf(request).id,
        auditActorOf(request),
        item.id,
        attachmentId,
      );
      return reply.redirect(`${ADMINISTRATION_ADMIN_PATH}/${item.id}/modifica?ok=attachmentRemoved`, 303);
    },
  );
}
