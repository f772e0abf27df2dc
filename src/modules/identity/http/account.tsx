import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { CsrfField, ErrorSummary, emptyForm, Field, type FormState } from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { changePassword } from '../commands/change-password.js';
import { disableTotp } from '../commands/disable-totp.js';
import { enableTotp, startTotpSetup } from '../commands/enable-totp.js';
import { endAllStaffSessions } from '../commands/end-sessions.js';
import { MIN_PASSWORD_LENGTH } from '../passwords.js';
import { getStaffUser, listOfficeOptions } from '../queries/get-staff-user.js';
import { getPendingTotpSecret } from '../queries/get-totp-setup.js';
import { clearSessionCookie, passwordChangeDue } from '../sessions.js';
import { totpUri } from '../totp.js';
import {
  ACCOUNT_PATH,
  formatDateTime,
  formFromError,
  LOGIN_PATH,
  PASSWORD_PATH,
  rejectedForm,
  staffActorOf,
} from './shared.js';
import { Facts, RoleBadges } from './views.js';

const TOTP_PATH = `${ACCOUNT_PATH}/totp`;

const AccountQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

const PasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1000 }),
    newPassword: Type.String({ minLength: 1, maxLength: 1000 }),
    confirmPassword: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

const CodeBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 20 }) },
  { additionalProperties: false },
);

const DisableTotpBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

const ACCOUNT_FLASHES: Record<string, string> = {
  password: 'identity.account.passwordChanged',
  totpEnabled: 'identity.account.totpEnabled',
  totpDisabled: 'identity.account.totpDisabled',
};

async function renderAccount(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { flash?: string | undefined; disableForm?: FormState; status?: number } = {},
) {
  const chrome = backofficeChrome(request, reply);
  const { t, locale } = chrome;
  const tenant = tenantOf(request);
  const me = await getStaffUser(ctx.database, tenant.id, staffActorOf(request).id);
  if (!me) throw new AppError('NOT_FOUND');
  const offices = await listOfficeOptions(ctx.database, tenant.id);
  const officeNames = offices.filter((o) => me.officeIds.includes(o.id)).map((o) => o.name);
  const disableForm = opts.disableForm ?? emptyForm();
  return sendPage(
    reply,
    <BackofficeLayout {...chrome} title={t('identity.account.title')}>
      <h1 class="mb-4" safe>
        {t('identity.account.title')}
      </h1>
      <Flash message={opts.flash} />
      <section class="mb-5" aria-labelledby="profile-heading">
        <h2 id="profile-heading" class="h4" safe>
          {t('identity.account.profile')}
        </h2>
        <Facts
          items={[
            [t('identity.users.fields.fullName'), me.fullName],
            [t('identity.users.fields.email'), me.email],
            [t('identity.users.fields.offices'), officeNames.join(', ') || t('common.none')],
            ...(me.company
              ? ([[t('identity.users.fields.company'), me.company]] as Array<[string, string]>)
              : []),
            [
              t('identity.users.fields.lastLogin'),
              formatDateTime(me.lastLoginAt, locale) || t('identity.users.neverLoggedIn'),
            ],
          ]}
        />
        <p>
          <span class="me-2" safe>
            {t('identity.users.fields.roles')}:
          </span>
          <RoleBadges roles={me.roles} t={t} />
        </p>
      </section>

      <section class="mb-5" aria-labelledby="password-heading">
        <h2 id="password-heading" class="h4" safe>
          {t('identity.account.passwordHeading')}
        </h2>
        <p safe>
          {me.passwordChangedAt
            ? t('identity.account.passwordChangedAt', { date: formatDateTime(me.passwordChangedAt, locale) })
            : t('identity.account.passwordNeverChanged')}
        </p>
        <a class="btn btn-outline-primary" href={PASSWORD_PATH} safe>
          {t('identity.account.changePassword')}
        </a>
      </section>

      <section class="mb-5" aria-labelledby="totp-heading">
        <h2 id="totp-heading" class="h4" safe>
          {t('identity.totp.heading')}
        </h2>
        {me.totpEnabled ? (
          <>
            <p safe>{t('identity.totp.enabledText')}</p>
            <ErrorSummary
              form={disableForm}
              t={t}
              labels={{ password: t('identity.totp.confirmPassword') }}
            />
            <form method="post" action={`${TOTP_PATH}/disattiva`} novalidate>
              <CsrfField token={chrome.csrfToken} />
              <Field
                form={disableForm}
                t={t}
                name="password"
                type="password"
                label={t('identity.totp.confirmPassword')}
                autocomplete="current-password"
                required
              />
              <button type="submit" class="btn btn-outline-danger" safe>
                {t('identity.totp.disable')}
              </button>
            </form>
          </>
        ) : (
          <>
            <p safe>{t('identity.totp.disabledText')}</p>
            <form method="post" action={`${TOTP_PATH}/nuovo`}>
              <CsrfField token={chrome.csrfToken} />
              <button type="submit" class="btn btn-primary" safe>
                {t('identity.totp.enable')}
              </button>
            </form>
          </>
        )}
      </section>

      <section class="mb-5" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" class="h4" safe>
          {t('identity.account.sessionsHeading')}
        </h2>
        <p safe>{t('identity.account.sessionsText')}</p>
        <form method="post" action={`${ACCOUNT_PATH}/logout-everywhere`}>
          <CsrfField token={chrome.csrfToken} />
          <button type="submit" class="btn btn-outline-danger" safe>
            {t('identity.account.logoutEverywhere')}
          </button>
        </form>
      </section>
    </BackofficeLayout>,
    opts.status ?? 200,
  );
}

function passwordLabels(t: FastifyRequest['t']): Record<string, string> {
  return {
    currentPassword: t('identity.password.current'),
    newPassword: t('identity.password.new'),
    confirmPassword: t('identity.password.confirm'),
  };
}

async function renderPassword(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
  const chrome = backofficeChrome(request, reply);
  const { t } = chrome;
  const labels = passwordLabels(t);
  const forced = passwordChangeDue(request);
  return sendPage(
    reply,
    <BackofficeLayout {...chrome} title={t('identity.password.title')}>
      <h1 class="mb-4" safe>
        {t('identity.password.title')}
      </h1>
      {forced ? (
        <div class="alert alert-warning" role="status" safe>
          {t('identity.password.mustChange')}
        </div>
      ) : (
        ''
      )}
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={PASSWORD_PATH} novalidate>
        <CsrfField token={chrome.csrfToken} />
        <Field
          form={form}
          t={t}
          name="currentPassword"
          type="password"
          label={labels.currentPassword!}
          autocomplete="current-password"
          required
        />
        <Field
          form={form}
          t={t}
          name="newPassword"
          type="password"
          label={labels.newPassword!}
          hint={t('identity.password.hint', { min: MIN_PASSWORD_LENGTH })}
          autocomplete="new-password"
          required
        />
        <Field
          form={form}
          t={t}
          name="confirmPassword"
          type="password"
          label={labels.confirmPassword!}
          autocomplete="new-password"
          required
        />
        <button type="submit" class="btn btn-primary" safe>
          {t('identity.password.submit')}
        </button>
        {forced ? (
          ''
        ) : (
          <a class="btn btn-link" href={ACCOUNT_PATH} safe>
            {t('common.cancel')}
          </a>
        )}
      </form>
    </BackofficeLayout>,
    status,
  );
}

async function renderTotpSetup(
  request: FastifyRequest,
  reply: FastifyReply,
  setup: { secret: string; email: string },
  form: FormState,
  status = 200,
) {
  const chrome = backofficeChrome(request, reply);
  const { t, tenant } = chrome;
  const uri = totpUri(`${tenant.name} · Campanile`, setup.email, setup.secret);
  // A PNG data: URL in an <img> (the CSP allows data: images): no markup from a library reaches the page.
  const qr = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  const grouped = setup.secret.replace(/(.{4})/g, '$1 ').trim();
  return sendPage(
    reply,
    <BackofficeLayout {...chrome} title={t('identity.totp.setupTitle')}>
      <h1 class="mb-4" safe>
        {t('identity.totp.setupTitle')}
      </h1>
      <ol>
        <li safe>{t('identity.totp.step1')}</li>
        <li safe>{t('identity.totp.step2')}</li>
        <li safe>{t('identity.totp.step3')}</li>
      </ol>
      <div class="row g-4 mb-4">
        <div class="col-12 col-md-auto">
          <img src={qr} width="240" height="240" alt={t('identity.totp.qrAlt')} />
        </div>
        <div class="col-12 col-md">
          <p class="mb-1" safe>
            {t('identity.totp.secretLabel')}
          </p>
          <p class="fs-5 font-monospace user-select-all" safe>
            {grouped}
          </p>
          <details>
            <summary safe>{t('identity.totp.uriLabel')}</summary>
            <p class="font-monospace small text-break user-select-all" safe>
              {uri}
            </p>
          </details>
        </div>
      </div>
      <ErrorSummary form={form} t={t} labels={{ code: t('identity.verify.code') }} />
      <form method="post" action={TOTP_PATH} novalidate>
        <CsrfField token={chrome.csrfToken} />
        <Field
          form={form}
          t={t}
          name="code"
          label={t('identity.verify.code')}
          hint={t('identity.verify.codeHint')}
          autocomplete="one-time-code"
          inputmode="numeric"
          maxlength={6}
          required
        />
        <button type="submit" class="btn btn-primary" safe>
          {t('identity.totp.confirm')}
        </button>
        <a class="btn btn-link" href={ACCOUNT_PATH} safe>
          {t('common.cancel')}
        </a>
      </form>
    </BackofficeLayout>,
    status,
  );
}

/** The staff member's own account: profile, password, TOTP, sessions. */
export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const anyStaff = { preHandler: authorize(null) };

  app.get(ACCOUNT_PATH, { ...anyStaff, schema: { querystring: AccountQuery } }, async (request, reply) => {
    const ok = (request.query as { ok?: string }).ok;
    const flash = ok && ACCOUNT_FLASHES[ok] ? request.t(ACCOUNT_FLASHES[ok]!) : undefined;
    return renderAccount(ctx, request, reply, { flash });
  });

  app.get(PASSWORD_PATH, anyStaff, async (request, reply) => renderPassword(request, reply, emptyForm()));

  app.post(
    PASSWORD_PATH,
    { ...anyStaff, schema: { body: PasswordBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request);
      if (rejected) return renderPassword(request, reply, rejected, 400);
      const body = request.body as { currentPassword: string; newPassword: string; confirmPassword: string };
      const actor = request.actor;
      if (actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
      try {
        await changePassword(ctx.database, tenantOf(request).id, staffActorOf(request), {
          ...body,
          keepSessionId: actor.sessionId,
        });
      } catch (err) {
        return renderPassword(request, reply, formFromError(err, {}), 400);
      }
      return reply.redirect(`${ACCOUNT_PATH}?ok=password`, 303);
    },
  );

  app.post(`${TOTP_PATH}/nuovo`, anyStaff, async (request, reply) => {
    await startTotpSetup(ctx.database, tenantOf(request).id, staffActorOf(request));
    return reply.redirect(TOTP_PATH, 303);
  });

  app.get(TOTP_PATH, anyStaff, async (request, reply) => {
    const setup = await getPendingTotpSecret(ctx.database, tenantOf(request).id, staffActorOf(request).id);
    if (!setup) return reply.redirect(ACCOUNT_PATH, 303);
    return renderTotpSetup(request, reply, setup, emptyForm());
  });

  app.post(
    TOTP_PATH,
    { ...anyStaff, schema: { body: CodeBody }, attachValidation: true },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const actor = staffActorOf(request);
      const setup = await getPendingTotpSecret(ctx.database, tenant.id, actor.id);
      if (!setup) return reply.redirect(ACCOUNT_PATH, 303);
      const rejected = rejectedForm(request);
      if (rejected) return renderTotpSetup(request, reply, setup, rejected, 400);
      try {
        await enableTotp(ctx.database, tenant.id, actor, { code: (request.body as { code: string }).code });
      } catch (err) {
        return renderTotpSetup(request, reply, setup, formFromError(err, {}), 400);
      }
      return reply.redirect(`${ACCOUNT_PATH}?ok=totpEnabled`, 303);
    },
  );

  app.post(
    `${TOTP_PATH}/disattiva`,
    { ...anyStaff, schema: { body: DisableTotpBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request);
      if (rejected) return renderAccount(ctx, request, reply, { disableForm: rejected, status: 400 });
      try {
        await disableTotp(ctx.database, tenantOf(request).id, staffActorOf(request), {
          password: (request.body as { password: string }).password,
        });
      } catch (err) {
        return renderAccount(ctx, request, reply, { disableForm: formFromError(err, {}), status: 400 });
      }
      return reply.redirect(`${ACCOUNT_PATH}?ok=totpDisabled`, 303);
    },
  );

  app.post(`${ACCOUNT_PATH}/logout-everywhere`, anyStaff, async (request, reply) => {
    const actor = staffActorOf(request);
    await endAllStaffSessions(ctx.database, tenantOf(request).id, actor, actor.id);
    clearSessionCookie(reply);
    return reply.redirect(`${LOGIN_PATH}?ok=everywhere`, 303);
  });
}
