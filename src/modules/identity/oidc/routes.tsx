import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError, ERRORS } from '../../../platform/errors/catalogue.js';
import { wantsJson } from '../../../platform/http/errors.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { CsrfField } from '../../../platform/views/form.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { signInCitizen } from '../commands/sign-in-citizen.js';
import { signOutCitizen } from '../commands/sign-out-citizen.js';
import { clearSessionCookie, createSession, destroySession, setSessionCookie } from '../sessions.js';
import { identityFromClaims, localPath } from './claims.js';
import {
  beginLogin,
  completeLogin,
  type IdentitySystem,
  LoginFailure,
  type LoginFailureReason,
  oidcConfiguration,
} from './client.js';
import { clearLoginCookie, readLoginCookie, writeLoginCookie } from './login-cookie.js';
import { citizenLoginSettings } from './settings.js';

export const LOGIN_PAGE_PATH = '/accedi';
export const START_PATH = '/auth/oidc/start';
export const CALLBACK_PATH = '/auth/oidc/callback';
export const LOGOUT_PATH = '/esci';
/** Where a citizen lands after login when nobody asked for a page (owned by the privacy module). */
export const PERSONAL_AREA_PATH = '/area-personale';

const NextQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })) });
const StartQuery = Type.Object({
  provider: Type.Union([Type.Literal('spid'), Type.Literal('cie')]),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});
const CallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 2048 })),
  state: Type.Optional(Type.String({ maxLength: 2048 })),
  iss: Type.Optional(Type.String({ maxLength: 2048 })),
  error: Type.Optional(Type.String({ maxLength: 256 })),
  error_description: Type.Optional(Type.String({ maxLength: 2048 })),
});

/** A next page for after login: local, and not a step of the login itself. */
function nextPath(value: unknown): string | null {
  const path = localPath(value);
  return path && !path.startsWith('/auth/') ? path : null;
}

const withNext = (path: string, next: string | null) =>
  next ? `${path}${path.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}` : path;

/**
 * Citizens' login with SPID/CIE through OpenID Connect (authorization code + PKCE, state, nonce):
 * `/accedi` offers the two identity systems, `/auth/oidc/start` sends the browser to the identity
 * provider, `/auth/oidc/callback` takes it back and opens a citizen session, `POST /esci` ends it.
 */
export function registerCitizenLoginRoutes(app: FastifyInstance, ctx: AppContext): void {
  const secure = ctx.env.SECURE_COOKIES ?? ctx.env.NODE_ENV === 'production';
  const rateLimit = {
    max: 30,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => `${request.tenant?.id ?? '-'}|${request.ip}`,
  };

  app.get(
    LOGIN_PAGE_PATH,
    { schema: { querystring: NextQuery }, attachValidation: true },
    async (request, reply) => {
      const next = request.validationError ? null : nextPath((request.query as { next?: string }).next);
      return renderLoginPage(request, reply, next, citizenLoginSettings(ctx) !== null);
    },
  );

  app.get(
    START_PATH,
    { schema: { querystring: StartQuery }, config: { rateLimit } },
    async (request, reply) => {
      const query = request.query as { provider: IdentitySystem; next?: string };
      const next = nextPath(query.next);
      const settings = citizenLoginSettings(ctx);
      if (!settings) return reply.redirect(withNext(LOGIN_PAGE_PATH, next), 303);
      try {
        const config = await oidcConfiguration(settings);
        // The Comune's own host: each Comune has its redirect URI registered at the provider.
        const redirectUri = `${request.protocol}://${request.host}${CALLBACK_PATH}`;
        const { url, pending } = await beginLogin(config, { redirectUri, system: query.provider, next });
        writeLoginCookie(reply, pending, secure);
        return reply.header('cache-control', 'no-store').redirect(url.href, 303);
      } catch (err) {
        return loginFailed(request, reply, err, next);
      }
    },
  );

  app.get(
    CALLBACK_PATH,
    // Protected by state (bound to this browser's signed cookie), PKCE and nonce instead of a CSRF token.
    { schema: { querystring: CallbackQuery }, config: { csrf: false, rateLimit } },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const pending = readLoginCookie(request);
      clearLoginCookie(reply);
      const next = pending?.next ?? null;
      try {
        const query = request.query as { state?: string };
        if (!pending || query.state !== pending.state)
          throw new LoginFailure('state', pending ? 'state mismatch' : 'no login in progress');
        const settings = citizenLoginSettings(ctx);
        if (!settings) throw new LoginFailure('notConfigured', 'citizen login is not configured');
        const config = await oidcConfiguration(settings);
        const search = new URLSearchParams(request.url.split('?')[1] ?? '');
        const claims = await completeLogin(config, pending, search);
        const identity = identityFromClaims(claims);
        if (!identity) throw new LoginFailure('claims', 'required claims missing or malformed');

        const citizen = await signInCitizen(ctx.database, {
          tenantId: tenant.id,
          ...identity,
          identityProvider: pending.system,
          ip: request.ip,
          requestId: request.id,
        });
        // A new session for the new identity: whatever session this browser carried ends here.
        if ('sessionId' in request.actor) await destroySession(ctx.database, request.actor.sessionId);
        const session = await createSession(ctx.database, {
          tenantId: tenant.id,
          citizenId: citizen.citizenId,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
        });
        setSessionCookie(reply, session.token, secure);
        request.log.info({ citizenId: citizen.citizenId, created: citizen.created }, 'citizen logged in');
        return reply.header('cache-control', 'no-store').redirect(next ?? PERSONAL_AREA_PATH, 303);
      } catch (err) {
        return loginFailed(request, reply, err, next);
      }
    },
  );

  app.post(LOGOUT_PATH, { schema: { body: Type.Object({}) } }, async (request, reply) => {
    const actor = request.actor;
    if (actor.kind === 'citizen') {
      await signOutCitizen(
        ctx.database,
        tenantOf(request).id,
        { ...auditActorOf(request), id: actor.id },
        actor.sessionId,
      );
      clearSessionCookie(reply);
    }
    return reply.redirect('/', 303);
  });
}

async function renderLoginPage(
  request: FastifyRequest,
  reply: FastifyReply,
  next: string | null,
  configured: boolean,
): Promise<FastifyReply> {
  const chrome = portalChrome(request);
  const { t } = chrome;
  const actor = request.actor;
  const start = (system: IdentitySystem) => withNext(`${START_PATH}?provider=${system}`, next);
  let body: JSX.Element;
  if (actor.kind === 'citizen') {
    body = (
      <>
        <p class="lead" safe>
          {t('identity.citizenLogin.alreadySignedIn', { name: actor.name })}
        </p>
        <div class="d-flex flex-wrap gap-3 align-items-center">
          <a class="btn btn-primary" href={next ?? PERSONAL_AREA_PATH} safe>
            {next ? t('identity.citizenLogin.continueTo') : t('identity.citizenLogin.continue')}
          </a>
          <form method="post" action={LOGOUT_PATH}>
            <CsrfField token={reply.generateCsrf()} />
            <button type="submit" class="btn btn-outline-primary" safe>
              {t('identity.citizenLogin.logout')}
            </button>
          </form>
        </div>
      </>
    );
  } else if (!configured) {
    body = (
      <div class="alert alert-warning" role="status">
        <h2 class="h5" safe>
          {t('identity.citizenLogin.notConfiguredTitle')}
        </h2>
        <p class="mb-0" safe>
          {t('identity.citizenLogin.notConfigured')}
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <div class="row g-4 mb-4">
          <div class="col-12 col-md-6">
            <div class="card card-bg shadow-sm h-100">
              <div class="card-body">
                <p class="card-text" safe>
                  {t('identity.citizenLogin.spidText')}
                </p>
                <a class="btn btn-primary" href={start('spid')} data-element="spid-login" safe>
                  {t('identity.citizenLogin.spidButton')}
                </a>
              </div>
            </div>
          </div>
          <div class="col-12 col-md-6">
            <div class="card card-bg shadow-sm h-100">
              <div class="card-body">
                <p class="card-text" safe>
                  {t('identity.citizenLogin.cieText')}
                </p>
                <a class="btn btn-primary" href={start('cie')} data-element="cie-login" safe>
                  {t('identity.citizenLogin.cieButton')}
                </a>
              </div>
            </div>
          </div>
        </div>
        <p class="text-muted small" safe>
          {t('identity.citizenLogin.privacyNote')}
        </p>
      </>
    );
  }
  return sendPage(
    reply,
    <PortalLayout {...chrome} title={t('identity.citizenLogin.title')}>
      <div class="row">
        <div class="col-12 col-lg-10">
          <h1 class="mb-3" safe>
            {t('identity.citizenLogin.title')}
          </h1>
          {actor.kind === 'citizen' ? (
            ''
          ) : (
            <p class="lead mb-4" safe>
              {t('identity.citizenLogin.intro')}
            </p>
          )}
          {body}
        </div>
      </div>
    </PortalLayout>,
  );
}

/** The Italian explanation of a failed login, with the catalogue's IDENTITY_PROVIDER_ERROR code. */
async function loginFailed(
  request: FastifyRequest,
  reply: FastifyReply,
  err: unknown,
  next: string | null,
): Promise<FastifyReply> {
  const reason: LoginFailureReason = err instanceof LoginFailure ? err.reason : 'provider';
  if (err instanceof LoginFailure)
    request.log.warn({ reason, err: err.cause ?? err }, 'citizen login failed');
  else request.log.error({ err }, 'citizen login failed unexpectedly');
  if (wantsJson(request)) throw new AppError('IDENTITY_PROVIDER_ERROR');
  const chrome = portalChrome(request);
  const { t } = chrome;
  const code = 'IDENTITY_PROVIDER_ERROR';
  return sendPage(
    reply,
    <PortalLayout {...chrome} title={t('identity.citizenLogin.errorTitle')}>
      <div class="row">
        <div class="col-12 col-lg-8">
          <h1 class="mb-3" safe>
            {t('identity.citizenLogin.errorTitle')}
          </h1>
          <p class="lead" safe>
            {t(ERRORS[code].message)}
          </p>
          <p safe>{t(`identity.citizenLogin.reasons.${reason}`)}</p>
          <p>
            <a class="btn btn-primary" href={withNext(LOGIN_PAGE_PATH, next)} safe>
              {t('identity.citizenLogin.retry')}
            </a>
          </p>
          <p class="text-muted small" data-error-code={code} safe>
            {t('identity.citizenLogin.errorCode', { code, id: request.id })}
          </p>
        </div>
      </div>
    </PortalLayout>,
    ERRORS[code].status,
  );
}
