import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { CsrfField, ErrorSummary, emptyForm, Field, type FormState } from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { saveRetention } from '../commands/save-retention.js';
import { PRIVACY_MANAGE } from '../policy.js';
import { retentionSettings } from '../queries/retention.js';
import { retentionKindList } from '../registries.js';
import { staffActorOf } from './actors.js';
import { BO_RETENTION_PATH } from './paths.js';
import { PrivacyTabs } from './views.js';

const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

/** Days per kind of data; the nightly job privacy.purge deletes what is older. */
export function registerRetentionBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: authorize(PRIVACY_MANAGE) };
  // Built from the registry at startup: every module registers its kinds when imported.
  const RetentionBody = Type.Object(
    Object.fromEntries(
      retentionKindList().map((k) => [k.key, Type.Integer({ minimum: k.minDays, maximum: k.maxDays })]),
    ),
    { additionalProperties: false },
  );

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { form?: FormState; flash?: string | undefined; status?: number } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const settings = await withTenant(ctx.database, chrome.tenant.id, (tx) =>
      retentionSettings(tx, chrome.tenant.id),
    );
    const form = opts.form ?? emptyForm(Object.fromEntries(settings.map((s) => [s.kind.key, s.days])));
    const labels = Object.fromEntries(settings.map((s) => [s.kind.key, t(s.kind.label)]));
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('privacy.retention.title')}>
        <h1 class="mb-4" safe>
          {t('privacy.retention.title')}
        </h1>
        <PrivacyTabs t={t} current="retention" />
        <Flash message={opts.flash} />
        <p safe>{t('privacy.retention.intro')}</p>
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={BO_RETENTION_PATH} novalidate>
          <CsrfField token={chrome.csrfToken} />
          {settings.map((s) => (
            <Field
              form={form}
              t={t}
              name={s.kind.key}
              type="number"
              inputmode="numeric"
              label={labels[s.kind.key]!}
              required
              hint={`${t(s.kind.description)} ${t('privacy.retention.range', {
                min: s.kind.minDays,
                max: s.kind.maxDays,
                default: s.kind.defaultDays,
              })}`}
            />
          ))}
          <div class="mb-4">
            <h2 class="h6" safe>
              {t('privacy.retention.consentsLabel')}
            </h2>
            <p class="form-text" safe>
              {t('privacy.retention.consentsNote')}
            </p>
          </div>
          <button type="submit" class="btn btn-primary" safe>
            {t('common.save')}
          </button>
        </form>
      </BackofficeLayout>,
      opts.status ?? 200,
    );
  }

  app.get(BO_RETENTION_PATH, { ...guard, schema: { querystring: FlashQuery } }, async (request, reply) => {
    const { ok } = request.query as { ok?: string };
    return render(request, reply, { flash: ok === 'saved' ? request.t('common.saved') : undefined });
  });

  app.post(
    BO_RETENTION_PATH,
    { ...guard, schema: { body: RetentionBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request);
      if (rejected) return render(request, reply, { form: rejected, status: 400 });
      const body = request.body as Record<string, number>;
      try {
        await saveRetention(ctx.database, tenantOf(request).id, staffActorOf(request), body);
      } catch (err) {
        return render(request, reply, { form: formFromError(err, body), status: 400 });
      }
      return reply.redirect(`${BO_RETENTION_PATH}?ok=saved`, 303);
    },
  );
}
