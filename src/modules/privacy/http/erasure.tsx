import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireCitizen } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formFromError } from '../../../platform/validation/forms.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  errorFor,
  type FormState,
  fieldId,
} from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { requestErasure } from '../commands/request-erasure.js';
import { citizenProfile } from '../queries/citizen-profile.js';
import { citizenActorOf } from './actors.js';
import { formatDate } from './format.js';
import { AREA_ERASURE_PATH, AREA_EXPORT_PATH } from './paths.js';
import { AreaNav, flashOf } from './personal-area.js';

const ErasureBody = Type.Object(
  { confirm: Type.Optional(Type.Literal('1')) },
  { additionalProperties: false },
);
const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

const FLASHES: Record<string, string> = { requested: 'privacy.erasure.requestedFlash' };

/** Bulleted list from a message whose items are separated by "|". */
function Bullets(props: { text: string }): JSX.Element {
  return (
    <ul>
      {props.text.split('|').map((item) => (
        <li safe>{item.trim()}</li>
      ))}
    </ul>
  );
}

/** The request of erasure: what goes, what the law keeps, a confirmation, then the request's status. */
export function registerErasureRoutes(app: FastifyInstance, ctx: AppContext): void {
  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { form?: FormState; flash?: string | undefined; status?: number } = {},
  ) {
    const chrome = portalChrome(request);
    const { t, locale } = chrome;
    const actor = citizenActorOf(request);
    const found = await citizenProfile(ctx.database, chrome.tenant.id, actor.id);
    if (!found) throw new AppError('UNAUTHENTICATED');
    const { erasure } = found;
    const form = opts.form ?? emptyForm();
    const confirmError = errorFor(form, 'confirm', t);
    const id = fieldId('confirm');
    const pending = erasure?.status === 'pending';
    return sendPage(
      reply,
      <PortalLayout {...chrome} title={t('privacy.erasure.title')}>
        <h1 class="mb-3" safe>
          {t('privacy.erasure.title')}
        </h1>
        <AreaNav t={t} current={AREA_ERASURE_PATH} />
        <Flash message={opts.flash} />
        {pending && erasure ? (
          <div class="callout warning">
            <div class="callout-title" safe>
              {t('privacy.erasure.pendingTitle')}
            </div>
            <p safe>{t('privacy.erasure.pendingText', { date: formatDate(erasure.requestedAt, locale) })}</p>
          </div>
        ) : erasure?.status === 'rejected' ? (
          <div class="callout note">
            <div class="callout-title" safe>
              {t('privacy.erasure.rejectedTitle')}
            </div>
            <p safe>
              {t('privacy.erasure.rejectedText', {
                date: erasure.processedAt ? formatDate(erasure.processedAt, locale) : '',
              })}
            </p>
            <p safe>{erasure.reason}</p>
          </div>
        ) : (
          ''
        )}
        <p class="lead" safe>
          {t('privacy.erasure.intro')}
        </p>
        <h2 class="h4" safe>
          {t('privacy.erasure.erasedHeading')}
        </h2>
        <Bullets text={t('privacy.erasure.erasedList')} />
        <h2 class="h4" safe>
          {t('privacy.erasure.keptHeading')}
        </h2>
        <Bullets text={t('privacy.erasure.keptList')} />
        <p>
          <span safe>{t('privacy.erasure.exportFirst')}</span>{' '}
          <a href={AREA_EXPORT_PATH} safe>
            {t('privacy.erasure.exportLink')}
          </a>
        </p>
        {pending ? (
          ''
        ) : (
          <>
            <ErrorSummary form={form} t={t} labels={{ confirm: t('privacy.erasure.confirmLabel') }} />
            <form method="post" action={AREA_ERASURE_PATH} class="mt-4">
              <CsrfField token={reply.generateCsrf()} />
              <div class="form-check mb-4">
                <input
                  class={confirmError ? 'form-check-input is-invalid' : 'form-check-input'}
                  type="checkbox"
                  id={id}
                  name="confirm"
                  value="1"
                  required
                  aria-invalid={confirmError ? 'true' : undefined}
                  aria-describedby={confirmError ? `${id}-error` : undefined}
                />
                <label class="form-check-label" for={id} safe>
                  {t('privacy.erasure.confirmLabel')}
                </label>
                {confirmError ? (
                  <div id={`${id}-error`} class="invalid-feedback d-block" safe>
                    {confirmError}
                  </div>
                ) : (
                  ''
                )}
              </div>
              <button type="submit" class="btn btn-danger" safe>
                {t('privacy.erasure.submit')}
              </button>
            </form>
          </>
        )}
      </PortalLayout>,
      opts.status ?? 200,
    );
  }

  app.get(
    AREA_ERASURE_PATH,
    { preHandler: requireCitizen, schema: { querystring: FlashQuery } },
    async (request, reply) => {
      const { ok } = request.query as { ok?: string };
      return render(request, reply, { flash: flashOf(request.t, FLASHES, ok) });
    },
  );

  app.post(
    AREA_ERASURE_PATH,
    { preHandler: requireCitizen, schema: { body: ErasureBody }, attachValidation: true },
    async (request, reply) => {
      const confirmed = !request.validationError && (request.body as { confirm?: string }).confirm === '1';
      try {
        await requestErasure(ctx.database, tenantOf(request).id, citizenActorOf(request), { confirmed });
        return reply.redirect(`${AREA_ERASURE_PATH}?ok=requested`, 303);
      } catch (err) {
        return render(request, reply, { form: formFromError(err, {}), status: 400 });
      }
    },
  );
}
