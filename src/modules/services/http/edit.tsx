import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf, diff, recordAudit } from '../../../platform/audit/audit.js';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { CsrfField, ErrorSummary, Field, type FormState, TextArea } from '../../../platform/views/form.js';
import { SERVICES_MANAGE } from '../policy.js';
import { services } from '../schema.js';
import { SERVICES_PATH } from './backoffice.js';

/** Editable text fields, in the order of the scheda servizio; required ones must have ≥ 3 characters. */
const FIELDS = [
  ['title', true],
  ['summary', true],
  ['statusReason', false],
  ['audience', true],
  ['description', false],
  ['howTo', true],
  ['needed', true],
  ['outcome', true],
  ['times', true],
  ['cost', false],
  ['access', true],
  ['conditions', false],
] as const;
type FieldName = (typeof FIELDS)[number][0];

const Body = Type.Object({
  _csrf: Type.Optional(Type.String()),
  status: Type.String({ maxLength: 20 }),
  ...Object.fromEntries(FIELDS.map(([name]) => [name, Type.String({ maxLength: 20000 })])),
});

type Values = Record<FieldName, string> & { status: string };

function validate(v: Values): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, required] of FIELDS)
    if (required && v[name].trim().length < 3)
      errors.push({ path: name, code: 'invalid', message: 'services.errors.required' });
  if (v.title.trim().length > 200)
    errors.push({ path: 'title', code: 'invalid', message: 'services.errors.titleLong' });
  if (v.status !== 'active' && v.status !== 'inactive')
    errors.push({ path: 'status', code: 'invalid', message: 'services.errors.status' });
  if (v.status === 'inactive' && v.statusReason.trim().length < 3)
    errors.push({ path: 'statusReason', code: 'invalid', message: 'services.errors.reason' });
  return errors;
}

export function registerServiceEditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const manage = { preHandler: authorize(SERVICES_MANAGE) };
  const Params = Type.Object({ slug: Type.String({ maxLength: 100 }) });

  async function load(request: FastifyRequest) {
    const tenantId = tenantOf(request).id;
    const { slug } = request.params as { slug: string };
    const [row] = await withTenant(ctx.database, tenantId, (tx) =>
      tx
        .select()
        .from(services)
        .where(and(eq(services.tenantId, tenantId), eq(services.slug, slug)))
        .limit(1),
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  function render(request: FastifyRequest, reply: FastifyReply, slug: string, form: FormState, status = 200) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const labels = Object.fromEntries(
      [...FIELDS.map(([n]) => n), 'status'].map((n) => [n, t(`services.fields.${n}`)]),
    );
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('services.bo.edit', { title: String(form.values.title ?? '') })}>
        <h1 class="mb-3" safe>
          {t('services.bo.edit', { title: String(form.values.title ?? '') })}
        </h1>
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={`${SERVICES_PATH}/${slug}/modifica`} novalidate>
          <CsrfField token={chrome.csrfToken} />
          <Field form={form} t={t} name="title" label={labels.title!} required maxlength={200} />
          <div class="mb-4">
            <label for="f-status" class="form-label" safe>
              {labels.status}
            </label>
            <select class="form-select" id="f-status" name="status">
              <option value="active" selected={form.values.status === 'active'} safe>
                {t('services.active')}
              </option>
              <option value="inactive" selected={form.values.status === 'inactive'} safe>
                {t('services.inactive')}
              </option>
            </select>
          </div>
          {FIELDS.filter(([n]) => n !== 'title').map(([name, required]) => (
            <TextArea form={form} t={t} name={name} label={labels[name]!} required={required} rows={4} />
          ))}
          <button type="submit" class="btn btn-primary" safe>
            {t('services.bo.save')}
          </button>
        </form>
      </BackofficeLayout>,
      status,
    );
  }

  app.get(
    `${SERVICES_PATH}/:slug/modifica`,
    { ...manage, schema: { params: Params } },
    async (request, reply) => {
      const row = await load(request);
      return render(request, reply, row.slug, { values: { ...row }, errors: [] });
    },
  );

  app.post(
    `${SERVICES_PATH}/:slug/modifica`,
    { ...manage, schema: { params: Params, body: Body }, attachValidation: true },
    async (request, reply) => {
      const row = await load(request);
      const raw = (request.body ?? {}) as Record<string, unknown>;
      const values = Object.fromEntries(
        [...FIELDS.map(([n]) => n), 'status'].map((n) => [
          n,
          typeof raw[n] === 'string' ? (raw[n] as string) : '',
        ]),
      ) as Values;
      const errors = request.validationError
        ? [{ path: 'title', code: 'invalid', message: 'services.errors.required' }]
        : validate(values);
      if (errors.length) return render(request, reply, row.slug, { values, errors }, 400);
      const update = Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, k === 'status' ? v : v.trim()]),
      ) as Values;
      const before = Object.fromEntries(Object.keys(update).map((k) => [k, row[k as keyof typeof row]]));
      const changes = diff(before, update);
      if (Object.keys(changes).length)
        await withTenant(ctx.database, row.tenantId, async (tx) => {
          await tx
            .update(services)
            .set({ ...update, updatedAt: new Date() })
            .where(and(eq(services.tenantId, row.tenantId), eq(services.id, row.id)));
          await recordAudit(tx, row.tenantId, auditActorOf(request), {
            action: 'service.updated',
            entity: 'service',
            entityId: row.id,
            changes,
          });
        });
      return reply.redirect(`${SERVICES_PATH}?ok=saved`, 303);
    },
  );
}
