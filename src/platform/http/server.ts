import { randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppError } from '../errors/catalogue.js';
import { isLocale, negotiateLocale, translator } from '../i18n/index.js';
import {
  APP_PREFIX,
  asset,
  BI_PREFIX,
  BOOTSTRAP_ITALIA_DIST,
  HTMX_DIST,
  HTMX_PREFIX,
  LEAFLET_DIST,
  LEAFLET_PREFIX,
  PUBLIC_DIR,
} from '../views/assets.js';
import { builtAssets } from '../views/built-assets.js';
import { fontFacesCss } from '../views/fonts.js';
import { sendError, toAppError } from './errors.js';
import { negotiateEncoding, PageCache, type PageCacheOptions, registerPageCache } from './page-cache.js';
import type { Actor, TenantContext } from './types.js';

export interface ServerOptions {
  log: Logger;
  secret: string;
  trustProxy: boolean;
  secureCookies: boolean;
  /** Looks a Comune up by host name (without port); null when none answers there. */
  resolveTenant: (hostname: string) => Promise<TenantContext | null>;
  /** Reads the session cookie and tells who is calling. */
  loadActor: (request: FastifyRequest, reply: FastifyReply) => Promise<Actor>;
  bodyLimit?: number;
  /** Extra img-src origins for the CSP (the map tile server, when one is configured). */
  imgSrc?: string[];
  /** Anonymous portal pages kept in memory (page-cache.ts); off when absent or ttlMs is 0. */
  pageCache?: PageCacheOptions;
}

export type App = FastifyInstance;

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ANONYMOUS: Actor = { kind: 'anonymous' };

export const COOKIE_DEFAULTS = { path: '/', httpOnly: true, sameSite: 'lax' } as const;

/** The HTTP layer every module shares: security headers, validation, tenancy, errors, assets. */
export async function createServer(options: ServerOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: options.log,
    trustProxy: options.trustProxy,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: {
      customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true },
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('tenant', null);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('locale', 'it');
  app.decorateRequest('t', null as unknown as FastifyRequest['t']);

  await app.register(fastifyCookie, { secret: options.secret, parseOptions: COOKIE_DEFAULTS });

  // Italian unless the person picked another language (?lang=en, remembered in a cookie). The
  // browser's Accept-Language is deliberately not used: a Comune's site is Italian first.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const query = request.query as Record<string, unknown> | undefined;
    const chosen = typeof query?.lang === 'string' && isLocale(query.lang) ? query.lang : undefined;
    if (chosen && chosen !== request.cookies.lang) {
      reply.setCookie('lang', chosen, {
        ...COOKIE_DEFAULTS,
        httpOnly: false,
        maxAge: 365 * 24 * 3600,
        secure: options.secureCookies,
      });
    }
    request.locale = negotiateLocale(chosen ?? request.cookies.lang, undefined);
    request.t = translator(request.locale);
    request.actor = ANONYMOUS;
  });

  await app.register(fastifyFormbody, { bodyLimit: options.bodyLimit ?? 1024 * 1024 });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(options.imgSrc ?? [])],
        // No data: fonts: the trimmed Bootstrap Italia CSS drops Video.js's (docs/ARCHITECTURE.md, Pages).
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: options.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: '_csrf',
    cookieOpts: { ...COOKIE_DEFAULTS, signed: true, secure: options.secureCookies },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
      const header = req.headers['x-csrf-token'];
      return fromBody ?? (typeof header === 'string' ? header : undefined);
    },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { 1: 4 } } as never,
  });

  // The OpenAPI document describes the JSON API only (paths under /api/ and /open311/), not pages.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Campanile API', version: '1', description: 'API pubblica del Comune su Campanile' },
    },
    transform: ({ schema, url }) => ({
      schema:
        /^\/(api|open311)\//.test(url) && !url.startsWith('/api/openapi')
          ? schema
          : { ...schema, hide: true },
      url,
    }),
  });
  app.get(
    '/api/openapi.json',
    { config: { tenant: false, csrf: false, kind: 'api' }, schema: { hide: true } },
    async () => app.swagger(),
  );

  const immutable = { maxAge: '365d', immutable: true, cacheControl: true };
  await app.register(fastifyStatic, {
    root: BOOTSTRAP_ITALIA_DIST,
    prefix: BI_PREFIX,
    ...immutable,
    decorateReply: false,
  });
  // Bootstrap Italia trimmed to what pages use, precompressed once (views/built-assets.ts).
  for (const built of Object.values(builtAssets())) {
    app.get(built.url, { config: { tenant: false }, schema: { hide: true } }, async (request, reply) => {
      const encoding = negotiateEncoding(request.headers['accept-encoding'] as string | undefined);
      reply
        .type(built.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('vary', 'accept-encoding');
      if (encoding === 'identity') return reply.send(built.identity);
      return reply.header('content-encoding', encoding).send((await built.compressed)[encoding]);
    });
  }
  // Bootstrap Italia's fonts as a stylesheet: its loadFonts() injects a <style> the CSP refuses.
  // Subsets kept in public/fonts (Latin and Latin-1: Italian, English, German; README there), one
  // file per weight pages use: a missing weight falls back to the nearest (300 → 400, Lora bold synthesised).
  const fontsCss = fontFacesCss(`${APP_PREFIX}fonts/`, PUBLIC_DIR);
  app.get(asset.biFonts, { config: { tenant: false }, schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(fontsCss),
  );
  await app.register(fastifyStatic, {
    root: HTMX_DIST,
    prefix: HTMX_PREFIX,
    ...immutable,
    decorateReply: false,
    allowedPath: (p) => p === '/htmx.min.js',
  });
  await app.register(fastifyStatic, {
    root: LEAFLET_DIST,
    prefix: LEAFLET_PREFIX,
    ...immutable,
    decorateReply: false,
    allowedPath: (p) => /^\/(leaflet\.(js|css)|images\/[a-z0-9-]+\.png)$/.test(p),
  });
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: APP_PREFIX,
    maxAge: '1h',
    decorateReply: false,
  });

  // Tenancy: every route answers for one Comune, resolved from the Host header, unless it opts out.
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.tenant === false || request.url.startsWith('/static/')) return;
    const tenant = await options.resolveTenant(request.hostname.replace(/:\d+$/, '').toLowerCase());
    if (!tenant) throw new AppError('TENANT_UNKNOWN');
    request.tenant = tenant;
    request.actor = await options.loadActor(request, reply);
  });

  // After tenancy (the key needs the Comune): anonymous portal pages answered from memory.
  const pageCache = new PageCache(options.pageCache ?? { ttlMs: 0, maxBytes: 0 });
  app.decorate('pageCache', pageCache);
  registerPageCache(app as unknown as FastifyInstance, pageCache);

  // CSRF for every state-changing request from a browser (form or htmx). Routes authenticated
  // otherwise (API keys, webhooks, OIDC callbacks) opt out with config.csrf = false. Public forms
  // anyone may send without logging in (the rating component) set config.csrf = 'anonymous-same-origin':
  // without a session they are checked by Fetch Metadata / Origin instead of a token, so the pages
  // carrying them hold no per-visitor token and can be cached (docs/ARCHITECTURE.md, "CSRF").
  app.addHook('preValidation', (request, reply, done) => {
    const mode = request.routeOptions.config?.csrf;
    if (!UNSAFE.has(request.method) || mode === false) return done();
    if (mode === 'anonymous-same-origin' && request.actor.kind === 'anonymous') {
      return isSameOrigin(request) ? done() : done(new AppError('CSRF_INVALID'));
    }
    // On a bad token csrfProtection replies with its error (mapped to CSRF_INVALID) and never calls back.
    app.csrfProtection(request, reply, () => {
      const body = request.body as Record<string, unknown> | undefined;
      if (body && typeof body === 'object' && '_csrf' in body) delete body._csrf;
      done();
    });
  });

  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
    else if (appError.status >= 500) request.log.warn({ err: error }, appError.code);
    if (!request.t) request.t = translator('it');
    await sendError(request, reply, appError);
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (!request.t) request.t = translator('it');
    await sendError(request, reply, new AppError('NOT_FOUND'));
  });

  return app as unknown as App;
}

/**
 * Whether a browser sent this request from a page of this same site: Fetch Metadata
 * (`Sec-Fetch-Site`, every current browser), else the `Origin` header, else the `Referer`. A request
 * with none of them comes from no browser page at all (a script sending as itself), which a forged
 * cross-site form cannot be.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const from = request.headers.origin ?? request.headers.referer;
  if (typeof from !== 'string') return true;
  try {
    return new URL(from).host.toLowerCase() === request.host.toLowerCase();
  } catch {
    return false;
  }
}

/** Sends a rendered page (JSX may be a promise when components await). */
export async function sendPage(reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(await page);
}
