import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { CsrfField, ErrorSummary, emptyForm, Field, type FormState } from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { authenticateStaff } from '../commands/authenticate-staff.js';
import { endSession } from '../commands/end-sessions.js';
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from '../commands/login-attempts.js';
import { verifySecondFactor } from '../commands/verify-second-factor.js';
import { clearSessionCookie, createSession, destroySession, setSessionCookie } from '../sessions.js';
import {
  HOME_PATH,
  LOGIN_PATH,
  PASSWORD_PATH,
  rejectedForm,
  safeNext,
  secureCookies,
  staffActorOf,
  VERIFY_PATH,
  withNext,
} from './shared.js';

const LoginQuery = Type.Object({
  next: Type.Optional(Type.String({ maxLength: 500 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});

const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254, format: 'email' }),
    password: Type.String({ minLength: 1, maxLength: 1000 }),
    next: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

const VerifyBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 20 }),
    next: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

/** Flash messages the login page knows, by the `ok` parameter of the redirect that leads there. */
const LOGIN_FLASHES: Record<string, string> = {
  logout: 'identity.login.loggedOut',
  everywhere: 'identity.login.loggedOutEverywhere',
};

function loginLabels(t: FastifyRequest['t']): Record<string, string> {
  return { email: t('identity.login.email'), password: t('identity.login.password') };
}

async function renderLogin(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { form: FormState; next: string | undefined; failed?: boolean; flash?: string; status?: number },
) {
  const chrome = backofficeChrome(request, reply);
  const { t } = chrome;
  return sendPage(
    reply,
    <BackofficeLayout {...chrome} title={t('identity.login.title')}>
      <h1 class="mb-4" safe>
        {t('identity.login.title')}
      </h1>
      <Flash message={opts.flash} kind="info" />
      {opts.failed ? (
        <div class="alert alert-danger" role="alert" tabindex="-1" data-error-summary>
          <p class="mb-0" safe>
            {t('identity.login.failed')}
          </p>
        </div>
      ) : (
        ''
      )}
      <ErrorSummary form={opts.form} t={t} labels={loginLabels(t)} />
      <form method="post" action={LOGIN_PATH} novalidate>
        <CsrfField token={chrome.csrfToken} />
        {opts.next ? <input type="hidden" name="next" value={opts.next} /> : ''}
        <Field
          form={opts.form}
          t={t}
          name="email"
          type="email"
          label={t('identity.login.email')}
          autocomplete="username"
          required
          maxlength={254}
        />
        <Field
          form={opts.form}
          t={t}
          name="password"
          type="password"
          label={t('identity.login.password')}
          autocomplete="current-password"
          required
        />
        <button type="submit" class="btn btn-primary" safe>
          {t('identity.login.submit')}
        </button>
      </form>
      <p class="text-muted small mt-4" safe>
        {t('identity.login.lockoutNote', {
          attempts: MAX_FAILED_LOGINS,
          minutes: LOCKOUT_MS / 60_000,
        })}
      </p>
      <p class="text-muted small" safe>
        {t('identity.login.forgotNote')}
      </p>
    </BackofficeLayout>,
    opts.status ?? 200,
  );
}

async function renderVerify(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { form: FormState; next: string | undefined; status?: number },
) {
  const chrome = backofficeChrome(request, reply);
  const { t } = chrome;
  return sendPage(
    reply,
    <BackofficeLayout {...chrome} title={t('identity.verify.title')}>
      <h1 class="mb-4" safe>
        {t('identity.verify.title')}
      </h1>
      <p safe>{t('identity.verify.intro')}</p>
      <ErrorSummary form={opts.form} t={t} labels={{ code: t('identity.verify.code') }} />
      <form method="post" action={VERIFY_PATH} novalidate>
        <CsrfField token={chrome.csrfToken} />
        {opts.next ? <input type="hidden" name="next" value={opts.next} /> : ''}
        <Field
          form={opts.form}
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
          {t('identity.verify.submit')}
        </button>
      </form>
      <form method="post" action="/backoffice/logout" class="mt-4">
        <CsrfField token={chrome.csrfToken} />
        <button type="submit" class="btn btn-link px-0" safe>
          {t('identity.verify.cancel')}
        </button>
      </form>
    </BackofficeLayout>,
    opts.status ?? 200,
  );
}

/** Staff login (password, then TOTP when enabled), logout. */
export function registerLoginRoutes(app: FastifyInstance, ctx: AppContext): void {
  const secure = secureCookies(ctx);
  // Per IP and per Comune: on a shared deployment one Comune's crowd does not lock out another's.
  const rateLimit = {
    max: ctx.env.LOGIN_RATE_LIMIT,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => `${request.tenant?.id ?? '-'}|${request.ip}`,
  };

  app.get(LOGIN_PATH, { schema: { querystring: LoginQuery } }, async (request, reply) => {
    const query = request.query as { next?: string; ok?: string };
    const next = safeNext(query.next);
    if (request.actor.kind === 'staff') return reply.redirect(next ?? HOME_PATH, 303);
    if (request.actor.kind === 'pending-second-factor')
      return reply.redirect(withNext(VERIFY_PATH, next), 303);
    const flash = query.ok && LOGIN_FLASHES[query.ok] ? request.t(LOGIN_FLASHES[query.ok]!) : undefined;
    return renderLogin(request, reply, { form: emptyForm(), next, flash });
  });

  app.post(
    LOGIN_PATH,
    { schema: { body: LoginBody }, attachValidation: true, config: { rateLimit } },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const body = (request.body ?? {}) as { email?: string; password?: string; next?: string };
      const next = safeNext(body.next);
      const rejected = rejectedForm(request);
      if (rejected) return renderLogin(request, reply, { form: rejected, next, status: 400 });
      const result = await authenticateStaff(ctx.database, tenant.id, {
        email: body.email ?? '',
        password: body.password ?? '',
        ip: request.ip,
        requestId: request.id,
      });
      if (!result.ok) {
        request.log.info({ reason: result.reason, lockedNow: result.lockedNow }, 'staff login refused');
        return renderLogin(request, reply, {
          form: emptyForm({ email: body.email }),
          next,
          failed: true,
          status: 401,
        });
      }
      // A new session for the new identity: whatever session this browser carried ends here.
      if ('sessionId' in request.actor) await destroySession(ctx.database, request.actor.sessionId);
      const session = await createSession(ctx.database, {
        tenantId: tenant.id,
        staffUserId: result.userId,
        pendingSecondFactor: result.needsSecondFactor,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      setSessionCookie(reply, session.token, secure);
      if (result.needsSecondFactor) return reply.redirect(withNext(VERIFY_PATH, next), 303);
      if (result.mustChangePassword) return reply.redirect(PASSWORD_PATH, 303);
      return reply.redirect(next ?? HOME_PATH, 303);
    },
  );

  app.get(VERIFY_PATH, { schema: { querystring: LoginQuery } }, async (request, reply) => {
    const next = safeNext((request.query as { next?: string }).next);
    if (request.actor.kind === 'staff') return reply.redirect(next ?? HOME_PATH, 303);
    if (request.actor.kind !== 'pending-second-factor')
      return reply.redirect(withNext(LOGIN_PATH, next), 303);
    return renderVerify(request, reply, { form: emptyForm(), next });
  });

  app.post(
    VERIFY_PATH,
    { schema: { body: VerifyBody }, attachValidation: true, config: { rateLimit } },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const body = (request.body ?? {}) as { code?: string; next?: string };
      const next = safeNext(body.next);
      const actor = request.actor;
      if (actor.kind !== 'pending-second-factor') return reply.redirect(withNext(LOGIN_PATH, next), 303);
      const rejected = rejectedForm(request);
      if (rejected) return renderVerify(request, reply, { form: rejected, next, status: 400 });
      const result = await verifySecondFactor(ctx.database, tenant.id, {
        userId: actor.id,
        code: body.code ?? '',
        ip: request.ip,
        requestId: request.id,
      });
      if (!result.ok) {
        if (result.ended) {
          await destroySession(ctx.database, actor.sessionId);
          clearSessionCookie(reply);
          return renderLogin(request, reply, { form: emptyForm(), next, failed: true, status: 401 });
        }
        const form: FormState = {
          values: {},
          errors: [{ path: 'code', code: 'invalid', message: 'identity.verify.codeWrong' }],
        };
        return renderVerify(request, reply, { form, next, status: 401 });
      }
      // Session fixation defence: the half-authenticated session is thrown away, not promoted.
      await destroySession(ctx.database, actor.sessionId);
      const session = await createSession(ctx.database, {
        tenantId: tenant.id,
        staffUserId: actor.id,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      setSessionCookie(reply, session.token, secure);
      if (result.mustChangePassword) return reply.redirect(PASSWORD_PATH, 303);
      return reply.redirect(next ?? HOME_PATH, 303);
    },
  );

  app.post('/backoffice/logout', async (request, reply) => {
    const actor = request.actor;
    if (actor.kind === 'staff')
      await endSession(ctx.database, tenantOf(request).id, staffActorOf(request), actor.sessionId);
    else if (actor.kind === 'pending-second-factor') await destroySession(ctx.database, actor.sessionId);
    clearSessionCookie(reply);
    return reply.redirect(`${LOGIN_PATH}?ok=logout`, 303);
  });
}
