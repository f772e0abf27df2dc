import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import { authorize, can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatNumber } from '../../../platform/i18n/format.js';
import { formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { Breadcrumb } from '../../../platform/views/breadcrumb.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { FileField } from '../../../platform/views/file-field.js';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  Field,
  type FormState,
  TextArea,
} from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import {
  LOGO_MAX_BYTES,
  type TenantSettingsInput,
  type UploadedFile,
  updateTenantSettings,
} from '../commands/update-tenant-settings.js';
import { AREAS_READ, SETTINGS_MANAGE } from '../policy.js';
import { readTenantSettings, type TenantSettings } from '../queries/get-tenant-settings.js';
import { listAreas } from '../queries/list-areas.js';
import { AreaPreview, fitProjection } from './area-map.js';

export const SETTINGS_PATH = '/backoffice/impostazioni';
export const AREAS_PATH = '/backoffice/impostazioni/aree';
export const LOGO_PATH = '/logo';

const EMAIL_OR_EMPTY = '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
const PHONE = '^[0-9+ ()./-]*$';

const SettingsBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    shortName: Type.String({ minLength: 1, maxLength: 100 }),
    istatCode: Type.String({ minLength: 1, maxLength: 6, pattern: '^\\s*\\d{6}\\s*$' }),
    fiscalCode: Type.String({ minLength: 1, maxLength: 11, pattern: '^\\s*\\d{11}\\s*$' }),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    postalCode: Type.Optional(Type.String({ maxLength: 5, pattern: '^$|^\\d{5}$' })),
    province: Type.Optional(Type.String({ maxLength: 2, pattern: '^$|^[A-Za-z]{2}$' })),
    region: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: PHONE })),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: EMAIL_OR_EMPTY })),
    pec: Type.Optional(Type.String({ maxLength: 254, pattern: EMAIL_OR_EMPTY })),
    website: Type.Optional(Type.String({ maxLength: 300, pattern: '^$|^[hH][tT][tT][pP][sS]?://\\S+$' })),
    accessibilityUrl: Type.Optional(Type.String({ maxLength: 300 })),
    primaryColor: Type.String({ maxLength: 7, pattern: '^#[0-9a-fA-F]{6}$' }),
    secondaryColor: Type.String({ maxLength: 7, pattern: '^#[0-9a-fA-F]{6}$' }),
    hostnames: Type.String({ maxLength: 5000 }),
    removeLogo: Type.Optional(Type.Literal('1')),
  },
  { additionalProperties: false },
);
type SettingsBody = Omit<TenantSettingsInput, 'logo' | 'removeLogo'> & { removeLogo?: '1' };

const SETTINGS_MESSAGES: Record<string, string> = {
  istatCode: 'tenancy.settings.errors.istatCode',
  fiscalCode: 'tenancy.settings.errors.fiscalCode',
  postalCode: 'tenancy.settings.errors.postalCode',
  province: 'tenancy.settings.errors.province',
  phone: 'tenancy.settings.errors.phone',
  email: 'validation.email',
  pec: 'validation.email',
  website: 'tenancy.settings.errors.website',
  accessibilityUrl: 'tenancy.settings.errors.accessibilityUrl',
  primaryColor: 'tenancy.settings.errors.colour',
  secondaryColor: 'tenancy.settings.errors.colour',
};

const OkQuery = pageQuery({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

/** Files of a multipart request, kept apart from the text fields the schema validates. */
const uploads = new WeakMap<FastifyRequest, Record<string, UploadedFile>>();

interface MultipartEntry {
  type?: 'file' | 'field';
  value?: unknown;
  filename?: string;
  _buf?: Buffer | null;
  file?: { truncated?: boolean };
}

/**
 * preValidation, after @fastify/multipart has read the parts: text fields become a plain body (as an
 * urlencoded form would give), files go to `uploads`.
 */
async function flattenMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const raw = (request.body ?? {}) as Record<string, MultipartEntry | MultipartEntry[]>;
  const body: Record<string, string | string[]> = {};
  const files: Record<string, UploadedFile> = {};
  for (const [key, entry] of Object.entries(raw)) {
    for (const part of Array.isArray(entry) ? entry : [entry]) {
      if (part.type === 'file') {
        files[key] = {
          filename: part.filename ?? '',
          data: part._buf ?? Buffer.alloc(0),
          truncated: part.file?.truncated === true,
        };
      } else if (part.type === 'field') {
        const value = String(part.value ?? '');
        const previous = body[key];
        body[key] =
          previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
      }
    }
  }
  request.body = body;
  uploads.set(request, files);
}

function valuesOf(settings: TenantSettings): Record<string, unknown> {
  const { hostnames, logoKey: _logoKey, ...rest } = settings;
  return { ...rest, hostnames: hostnames.join('\n') };
}

export function registerTenancyBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  // ---------------------------------------------------------------------------------------------
  // Logo, public: whatever the Comune uploaded, re-encoded as PNG.
  // ---------------------------------------------------------------------------------------------
  const LogoQuery = pageQuery({ v: Type.Optional(Type.String({ maxLength: 64 })) });
  app.get(LOGO_PATH, { schema: { querystring: LogoQuery } }, async (request, reply) => {
    const key = tenantOf(request).logoKey;
    const png = key ? await ctx.storage.get(key) : null;
    if (!key || !png) throw new AppError('NOT_FOUND');
    const etag = `"${key.replace(/[^A-Za-z0-9-]/g, '')}"`;
    reply
      .header('cache-control', 'public, max-age=300, stale-while-revalidate=86400')
      .header('etag', etag)
      .header('cross-origin-resource-policy', 'same-origin');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('image/png').send(png);
  });

  // ---------------------------------------------------------------------------------------------
  // Areas (read-only)
  // ---------------------------------------------------------------------------------------------
  app.get(AREAS_PATH, { preHandler: authorize(AREAS_READ) }, async (request, reply) => {
    const chrome = backofficeChrome(request, reply);
    const { t, locale } = chrome;
    const areas = await listAreas(ctx.database, chrome.tenant.id);
    const projection = fitProjection(areas.map((a) => a.boundary));
    const total = areas.reduce((sum, a) => sum + a.residents, 0);
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('tenancy.areas.title')}>
        {can(request.actor, SETTINGS_MANAGE) ? (
          <Breadcrumb
            t={t}
            items={[{ href: SETTINGS_PATH, label: t('tenancy.nav.settings') }]}
            current={t('tenancy.areas.title')}
          />
        ) : (
          ''
        )}
        <h1 class="mb-2" safe>
          {t('tenancy.areas.title')}
        </h1>
        <p class="mb-4" safe>
          {t('tenancy.areas.intro')}
        </p>
        {areas.length === 0 || !projection ? (
          <p safe>{t('tenancy.areas.none')}</p>
        ) : (
          <>
            <div class="table-responsive">
              <table class="table align-middle">
                <caption class="visually-hidden" safe>
                  {t('tenancy.areas.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" safe>
                      {t('tenancy.areas.preview')}
                    </th>
                    <th scope="col" safe>
                      {t('tenancy.areas.name')}
                    </th>
                    <th scope="col" safe>
                      {t('tenancy.areas.kind')}
                    </th>
                    <th scope="col" class="text-end" safe>
                      {t('tenancy.areas.residents')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {areas.map((area) => (
                    <tr>
                      <td>
                        <AreaPreview
                          areas={areas}
                          highlight={area.id}
                          projection={projection}
                          label={t('tenancy.areas.previewLabel', { name: area.name })}
                        />
                      </td>
                      <th scope="row" safe>
                        {area.name}
                      </th>
                      <td safe>
                        {area.kind === 'quartiere' || area.kind === 'frazione'
                          ? t(`tenancy.areas.kinds.${area.kind}`)
                          : area.kind}
                      </td>
                      <td class="text-end" safe>
                        {formatNumber(area.residents, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p safe>{t('tenancy.areas.total', { count: formatNumber(total, locale) })}</p>
          </>
        )}
      </BackofficeLayout>,
    );
  });

  // ---------------------------------------------------------------------------------------------
  // Settings, in their own plugin scope: only these routes accept multipart bodies.
  // ---------------------------------------------------------------------------------------------
  app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      attachFieldsToBody: true,
      // An oversized file is cut at the limit and flagged (not thrown), so the form can say so and keep
      // the other fields.
      throwFileSizeLimit: false,
      limits: { fileSize: LOGO_MAX_BYTES, files: 1, fields: 40, fieldSize: 16 * 1024, parts: 50 },
      onFile: async (part: MultipartFile) => {
        await part.toBuffer();
      },
    });

    async function renderSettings(
      request: FastifyRequest,
      reply: FastifyReply,
      form: FormState,
      options: { status?: number; flash?: string | undefined } = {},
    ) {
      const chrome = backofficeChrome(request, reply);
      const { t } = chrome;
      const tenantId = chrome.tenant.id;
      const current = await withTenant(ctx.database, tenantId, (tx) => readTenantSettings(tx, tenantId));
      const f = (key: string) => t(`tenancy.settings.fields.${key}`);
      const labels = Object.fromEntries(
        [
          'name',
          'shortName',
          'istatCode',
          'fiscalCode',
          'address',
          'postalCode',
          'province',
          'region',
          'phone',
          'email',
          'pec',
          'website',
          'accessibilityUrl',
          'primaryColor',
          'secondaryColor',
          'hostnames',
          'logo',
        ].map((k) => [k, f(k)]),
      );
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('tenancy.settings.title')}>
          <h1 class="mb-2" safe>
            {t('tenancy.settings.title')}
          </h1>
          <p safe>{t('tenancy.settings.intro')}</p>
          <p>
            <a href={AREAS_PATH} safe>
              {t('tenancy.settings.areasLink')}
            </a>
          </p>
          <Flash message={options.flash} />
          <p class="small" safe>
            {t('tenancy.settings.requiredNote')}
          </p>
          <ErrorSummary form={form} t={t} labels={labels} />
          <form method="post" action={SETTINGS_PATH} enctype="multipart/form-data" novalidate>
            <CsrfField token={chrome.csrfToken} />
            <fieldset class="mb-4">
              <legend class="h4" safe>
                {t('tenancy.settings.sections.identity')}
              </legend>
              <Field
                form={form}
                t={t}
                name="name"
                label={f('name')}
                hint={f('nameHint')}
                required
                maxlength={200}
              />
              <Field form={form} t={t} name="shortName" label={f('shortName')} required maxlength={100} />
              <div class="row">
                <div class="col-12 col-md-6">
                  <Field
                    form={form}
                    t={t}
                    name="istatCode"
                    label={f('istatCode')}
                    hint={f('istatCodeHint')}
                    required
                    maxlength={6}
                    inputmode="numeric"
                  />
                </div>
                <div class="col-12 col-md-6">
                  <Field
                    form={form}
                    t={t}
                    name="fiscalCode"
                    label={f('fiscalCode')}
                    hint={f('fiscalCodeHint')}
                    required
                    maxlength={11}
                    inputmode="numeric"
                  />
                </div>
              </div>
            </fieldset>
            <fieldset class="mb-4">
              <legend class="h4" safe>
                {t('tenancy.settings.sections.contacts')}
              </legend>
              <Field
                form={form}
                t={t}
                name="address"
                label={f('address')}
                maxlength={300}
                autocomplete="street-address"
              />
              <div class="row">
                <div class="col-12 col-md-3">
                  <Field
                    form={form}
                    t={t}
                    name="postalCode"
                    label={f('postalCode')}
                    maxlength={5}
                    inputmode="numeric"
                    autocomplete="postal-code"
                  />
                </div>
                <div class="col-12 col-md-3">
                  <Field
                    form={form}
                    t={t}
                    name="province"
                    label={f('province')}
                    hint={f('provinceHint')}
                    maxlength={2}
                  />
                </div>
                <div class="col-12 col-md-6">
                  <Field form={form} t={t} name="region" label={f('region')} maxlength={100} />
                </div>
              </div>
              <div class="row">
                <div class="col-12 col-md-6">
                  <Field form={form} t={t} name="phone" type="tel" label={f('phone')} maxlength={40} />
                </div>
                <div class="col-12 col-md-6">
                  <Field form={form} t={t} name="email" type="email" label={f('email')} maxlength={254} />
                </div>
              </div>
              <div class="row">
                <div class="col-12 col-md-6">
                  <Field form={form} t={t} name="pec" type="email" label={f('pec')} maxlength={254} />
                </div>
                <div class="col-12 col-md-6">
                  <Field
                    form={form}
                    t={t}
                    name="website"
                    type="url"
                    label={f('website')}
                    hint={f('websiteHint')}
                    maxlength={300}
                  />
                </div>
              </div>
              <div class="row">
                <div class="col-12">
                  <Field
                    form={form}
                    t={t}
                    name="accessibilityUrl"
                    type="url"
                    label={f('accessibilityUrl')}
                    hint={f('accessibilityUrlHint')}
                    maxlength={300}
                  />
                </div>
              </div>
            </fieldset>
            <fieldset class="mb-4">
              <legend class="h4" safe>
                {t('tenancy.settings.sections.appearance')}
              </legend>
              <div class="row">
                <div class="col-6 col-md-3">
                  <Field
                    form={form}
                    t={t}
                    name="primaryColor"
                    type="color"
                    label={f('primaryColor')}
                    hint={f('primaryColorHint')}
                    required
                  />
                </div>
                <div class="col-6 col-md-3">
                  <Field
                    form={form}
                    t={t}
                    name="secondaryColor"
                    type="color"
                    label={f('secondaryColor')}
                    required
                  />
                </div>
              </div>
              <div class="mb-3">
                <p class="mb-2 fw-semibold" safe>
                  {f('currentLogo')}
                </p>
                {current?.logoKey ? (
                  <>
                    <img
                      src={`${LOGO_PATH}?v=${encodeURIComponent(current.logoKey.slice(-24))}`}
                      alt={f('currentLogo')}
                      class="tenant-logo-preview mb-2"
                      width="96"
                    />
                    <div class="form-check">
                      <input
                        type="checkbox"
                        class="form-check-input"
                        id="f-removeLogo"
                        name="removeLogo"
                        value="1"
                        checked={form.values.removeLogo === '1'}
                      />
                      <label class="form-check-label" for="f-removeLogo" safe>
                        {f('removeLogo')}
                      </label>
                    </div>
                  </>
                ) : (
                  <p class="text-muted" safe>
                    {f('noLogo')}
                  </p>
                )}
              </div>
              <FileField
                form={form}
                t={t}
                name="logo"
                label={f('logo')}
                hint={f('logoHint')}
                accept="image/png,image/jpeg,image/webp"
              />
            </fieldset>
            <fieldset class="mb-4">
              <legend class="h4" safe>
                {t('tenancy.settings.sections.hosts')}
              </legend>
              <TextArea
                form={form}
                t={t}
                name="hostnames"
                label={f('hostnames')}
                hint={f('hostnamesHint')}
                required
                rows={4}
                maxlength={5000}
              />
            </fieldset>
            <button type="submit" class="btn btn-primary" safe>
              {t('common.save')}
            </button>
          </form>
        </BackofficeLayout>,
        options.status ?? 200,
      );
    }

    scope.get(
      SETTINGS_PATH,
      { preHandler: authorize(SETTINGS_MANAGE), schema: { querystring: OkQuery } },
      async (request, reply) => {
        const tenantId = tenantOf(request).id;
        const settings = await withTenant(ctx.database, tenantId, (tx) => readTenantSettings(tx, tenantId));
        if (!settings) throw new AppError('NOT_FOUND');
        const ok = (request.query as { ok?: string }).ok;
        const flash =
          ok === 'saved'
            ? request.t('tenancy.settings.saved')
            : ok === 'unchanged'
              ? request.t('tenancy.settings.unchanged')
              : undefined;
        return renderSettings(request, reply, emptyForm(valuesOf(settings)), { flash });
      },
    );

    scope.post(
      SETTINGS_PATH,
      {
        // The platform's CSRF hook runs before this scope's multipart parser has read the body, so it
        // would never see the `_csrf` field: it is skipped here and the same check runs once the parts
        // are read (preValidation below). Permission is checked first, before any upload is read.
        config: { csrf: false },
        onRequest: authorize(SETTINGS_MANAGE),
        preValidation: [
          flattenMultipart,
          (request, reply, done) => {
            scope.csrfProtection(request, reply, () => {
              const body = request.body as Record<string, unknown> | undefined;
              if (body && typeof body === 'object') delete body._csrf;
              done();
            });
          },
        ],
        schema: { body: SettingsBody },
        attachValidation: true,
      },
      async (request, reply) => {
        const rejected = rejectedForm(request, SETTINGS_MESSAGES);
        if (rejected) return renderSettings(request, reply, rejected, { status: 400 });
        const body = request.body as SettingsBody;
        const logo = uploads.get(request)?.logo;
        try {
          const { changed } = await updateTenantSettings(
            ctx.database,
            ctx.storage,
            tenantOf(request).id,
            auditActorOf(request),
            { ...body, logo, removeLogo: body.removeLogo === '1' },
            { currentHost: request.hostname.replace(/:\d+$/, '').toLowerCase() },
          );
          return reply.redirect(`${SETTINGS_PATH}?ok=${changed ? 'saved' : 'unchanged'}`, 303);
        } catch (err) {
          const form = formFromError(err, { ...body });
          const status = err instanceof AppError ? err.status : 400;
          return renderSettings(request, reply, form, { status });
        }
      },
    );
  });
}
