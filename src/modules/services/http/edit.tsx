import { Type } from '@sinclair/typebox';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { asList, formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { Breadcrumb } from '../../../platform/views/breadcrumb.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
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
import { Flash } from '../../../platform/views/list.js';
import { offices } from '../../offices/schema.js';
import { TOPICS } from '../../portal/index.js';
import {
  deleteService,
  SERVICE_TEXTS,
  type ServiceInput,
  SUMMARY_MAX,
  saveService,
  TEXT_MAX,
} from '../commands/save.js';
import { SERVICES_MANAGE } from '../policy.js';
import { getServiceById, getServiceBySlug, listCategories } from '../queries.js';
import type { ServiceRow } from '../schema.js';
import { FLASHES, SERVICES_PATH } from './backoffice.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

// Generous limits: the command gives the precise Italian messages; these only stop absurd bodies.
const text = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const Body = Type.Object(
  {
    _csrf: Type.Optional(Type.String()),
    title: Type.String({ maxLength: 1000 }),
    slug: text(200),
    summary: text(4000),
    categoryId: text(64),
    officeId: text(64),
    topics: Type.Optional(
      Type.Union([
        Type.String({ maxLength: 100 }),
        Type.Array(Type.String({ maxLength: 100 }), { maxItems: 64 }),
      ]),
    ),
    status: text(20),
    statusReason: text(2000),
    onlineUrl: text(2000),
    ...Object.fromEntries(SERVICE_TEXTS.map(([name]) => [name, text(TEXT_MAX * 2)])),
  },
  { additionalProperties: false },
);
type Body = Omit<ServiceInput, 'topics'> & { topics?: string | string[] };

/** A stored service as form values. */
function valuesOf(row: ServiceRow): Record<string, unknown> {
  return { ...row, officeId: row.officeId ?? '' };
}

/** Create, edit and delete a scheda servizio (services.manage): plain forms, no JavaScript needed. */
export function registerServiceEditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const manage = { preHandler: authorize(SERVICES_MANAGE) };

  /** The service named in the URL: by id, or by its portal slug (/backoffice/servizi/<slug>/modifica). */
  async function load(request: FastifyRequest): Promise<ServiceRow> {
    const { id } = request.params as { id: string };
    const tenantId = tenantOf(request).id;
    const row = await withTenant(ctx.database, tenantId, (tx) =>
      UUID.test(id) ? getServiceById(tx, tenantId, id) : getServiceBySlug(tx, tenantId, id),
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    item: ServiceRow | null,
    options: { status?: number; flash?: string | undefined } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, tenant } = chrome;
    const [categories, officeList] = await withTenant(ctx.database, tenant.id, (tx) =>
      Promise.all([
        listCategories(tx, tenant.id),
        tx
          .select({ value: offices.id, label: offices.name })
          .from(offices)
          .where(eq(offices.tenantId, tenant.id))
          .orderBy(asc(offices.name)),
      ]),
    );
    const f = (name: string) => t(`services.fields.${name}`);
    const labels = Object.fromEntries(
      [
        'title',
        'slug',
        'summary',
        'categoryId',
        'officeId',
        'topics',
        'status',
        'statusReason',
        'onlineUrl',
        ...SERVICE_TEXTS.map(([n]) => n),
      ].map((n) => [n, f(n)]),
    );
    const title = item ? t('services.bo.edit', { title: item.title }) : t('services.bo.create');
    const action = item ? `${SERVICES_PATH}/${item.id}/modifica` : `${SERVICES_PATH}/nuovo`;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb t={t} items={[{ href: SERVICES_PATH, label: t('services.bo.title') }]} current={title} />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <Flash message={options.flash} />
        {item ? (
          <div class="mb-4 d-flex flex-wrap gap-2">
            <a class="btn btn-link btn-sm" href={`/servizi/${item.slug}`} safe>
              {t('services.bo.viewOnPortal')}
            </a>
            <a class="btn btn-outline-danger btn-sm" href={`${SERVICES_PATH}/${item.id}/elimina`} safe>
              {t('services.bo.delete')}
            </a>
          </div>
        ) : (
          ''
        )}
        <p class="small" safe>
          {t('services.bo.requiredNote')}
        </p>
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={action} novalidate>
          <CsrfField token={chrome.csrfToken} />
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('services.bo.legendMain')}
            </legend>
            <Field form={form} t={t} name="title" label={f('title')} required maxlength={200} />
            <Field
              form={form}
              t={t}
              name="slug"
              label={f('slug')}
              hint={t('services.bo.slugHint')}
              maxlength={80}
            />
            <TextArea
              form={form}
              t={t}
              name="summary"
              label={f('summary')}
              hint={t('services.bo.summaryHint')}
              required
              maxlength={SUMMARY_MAX}
              rows={2}
            />
            <Select
              form={form}
              t={t}
              name="categoryId"
              label={f('categoryId')}
              required
              placeholder="—"
              options={categories.map((c) => ({ value: c.id, label: c.name }))}
            />
            <Select
              form={form}
              t={t}
              name="officeId"
              label={f('officeId')}
              placeholder={t('services.bo.noOffice')}
              options={officeList}
            />
            <Select
              form={form}
              t={t}
              name="status"
              label={f('status')}
              required
              options={[
                { value: 'active', label: t('services.active') },
                { value: 'inactive', label: t('services.inactive') },
              ]}
            />
            <Field
              form={form}
              t={t}
              name="statusReason"
              label={f('statusReason')}
              hint={t('services.bo.statusReasonHint')}
              maxlength={400}
            />
          </fieldset>
          <input type="hidden" name="topics" value="" />
          <CheckboxGroup
            form={form}
            t={t}
            name="topics"
            legend={`${f('topics')} *`}
            options={TOPICS.map((x) => ({ value: x.label, label: x.label }))}
          />
          <fieldset class="mb-4">
            <legend class="h4" safe>
              {t('services.bo.legendSections')}
            </legend>
            <p class="small" safe>
              {t('services.bo.textHint')}
            </p>
            {SERVICE_TEXTS.map(([name, required]) => (
              <>
                <TextArea
                  form={form}
                  t={t}
                  name={name}
                  label={f(name)}
                  required={required}
                  maxlength={TEXT_MAX}
                  rows={name === 'description' ? 6 : 4}
                />
                {name === 'access' ? (
                  <Field
                    form={form}
                    t={t}
                    name="onlineUrl"
                    label={f('onlineUrl')}
                    hint={t('services.bo.onlineUrlHint')}
                    maxlength={500}
                  />
                ) : (
                  ''
                )}
              </>
            ))}
          </fieldset>
          <button type="submit" class="btn btn-primary me-2" safe>
            {item ? t('common.save') : t('common.create')}
          </button>
          <a class="btn btn-outline-secondary" href={SERVICES_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
      </BackofficeLayout>,
      options.status ?? 200,
    );
  }

  /** Saves the submitted form: back to the list, or the form again with the typed values and the errors. */
  async function submit(request: FastifyRequest, reply: FastifyReply, item: ServiceRow | null) {
    const rejected = rejectedForm(request);
    if (rejected) return render(request, reply, rejected, item, { status: 400 });
    // A field left out of the request keeps its stored value (the form always sends every field,
    // topics included through a hidden empty entry, so unticking every topic is seen).
    const body = { ...(item ? valuesOf(item) : {}), ...(request.body as Body) } as Body;
    const topics = asList(body.topics);
    try {
      const result = await saveService(
        ctx.database,
        tenantOf(request).id,
        auditActorOf(request),
        { ...body, topics },
        item?.id,
      );
      const ok = item ? (result.changed ? 'saved' : 'unchanged') : 'created';
      return reply.redirect(`${SERVICES_PATH}?ok=${ok}`, 303);
    } catch (err) {
      const form = formFromError(err, { ...body, topics });
      return render(request, reply, form, item, { status: 400 });
    }
  }

  app.get(`${SERVICES_PATH}/nuovo`, { ...manage, schema: { querystring: pageQuery({}) } }, (request, reply) =>
    render(request, reply, emptyForm({ status: 'active', topics: [] }), null),
  );

  app.post(
    `${SERVICES_PATH}/nuovo`,
    { ...manage, schema: { body: Body }, attachValidation: true },
    (request, reply) => submit(request, reply, null),
  );

  app.get(
    `${SERVICES_PATH}/:id/modifica`,
    {
      ...manage,
      schema: {
        params: IdParams,
        querystring: pageQuery({ ok: Type.Optional(Type.String({ maxLength: 40 })) }),
      },
    },
    async (request, reply) => {
      const item = await load(request);
      const ok = (request.query as { ok?: string }).ok;
      const flash = ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined;
      return render(request, reply, emptyForm(valuesOf(item)), item, { flash });
    },
  );

  app.post(
    `${SERVICES_PATH}/:id/modifica`,
    { ...manage, schema: { params: IdParams, body: Body }, attachValidation: true },
    async (request, reply) => submit(request, reply, await load(request)),
  );

  app.get(
    `${SERVICES_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const item = await load(request);
      const chrome = backofficeChrome(request, reply);
      const { t } = chrome;
      const title = t('services.bo.deleteTitle', { title: item.title });
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={title}>
          <Breadcrumb
            t={t}
            items={[
              { href: SERVICES_PATH, label: t('services.bo.title') },
              { href: `${SERVICES_PATH}/${item.id}/modifica`, label: item.title },
            ]}
            current={t('services.bo.delete')}
          />
          <h1 class="mb-3" safe>
            {title}
          </h1>
          <p safe>{t('services.bo.deleteText')}</p>
          <form method="post" action={`${SERVICES_PATH}/${item.id}/elimina`}>
            <CsrfField token={chrome.csrfToken} />
            <button type="submit" class="btn btn-danger me-2" safe>
              {t('services.bo.deleteConfirm')}
            </button>
            <a class="btn btn-outline-secondary" href={`${SERVICES_PATH}/${item.id}/modifica`} safe>
              {t('common.cancel')}
            </a>
          </form>
        </BackofficeLayout>,
      );
    },
  );

  app.post(
    `${SERVICES_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const item = await load(request);
      await deleteService(ctx.database, tenantOf(request).id, auditActorOf(request), item.id);
      return reply.redirect(`${SERVICES_PATH}?ok=deleted`, 303);
    },
  );
}
