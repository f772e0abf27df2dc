import type { FastifyInstance, RouteOptions } from 'fastify';
import { accountModule } from './modules/account/index.js';
import { administrationModule } from './modules/administration/index.js';
import { backofficeModule } from './modules/backoffice/index.js';
import { actorLoader, identityModule } from './modules/identity/index.js';
import { newsModule } from './modules/news/index.js';
import { officesModule } from './modules/offices/index.js';
import { placesModule } from './modules/places/index.js';
import { portalModule } from './modules/portal/index.js';
import { privacyModule } from './modules/privacy/index.js';
import { pwaModule } from './modules/pwa/index.js';
import { reportsModule } from './modules/reports/index.js';
import { servicesModule } from './modules/services/index.js';
import { findTenantByHost, tenancyModule } from './modules/tenancy/index.js';
import { definePermissions } from './platform/auth/policy.js';
import { registerBackofficeNav } from './platform/backoffice-nav.js';
import { registerContentSources } from './platform/content/sources.js';
import type { AppContext } from './platform/context.js';
import { registerHealthRoutes } from './platform/http/health.js';
import { createServer } from './platform/http/server.js';
import { registerMessages } from './platform/i18n/index.js';
import type { CampanileModule } from './platform/module.js';
import type { EventHandler } from './platform/outbox/outbox.js';
import { mapImgSources } from './platform/views/map.js';

/** Every module of the product, in the order their routes and menus are registered. */
export const MODULES: CampanileModule[] = [
  tenancyModule,
  identityModule,
  officesModule,
  privacyModule,
  accountModule,
  portalModule,
  placesModule,
  servicesModule,
  newsModule,
  administrationModule,
  reportsModule,
  pwaModule,
  backofficeModule,
];

let declared = false;

/** Messages, permissions and menus are process-wide registries: declared once. */
export function declareModules(modules: CampanileModule[] = MODULES): void {
  if (declared) return;
  declared = true;
  for (const m of modules) {
    if (m.messages) registerMessages(m.name, m.messages);
    if (m.permissions) definePermissions(m.permissions);
    if (m.backofficeNav) registerBackofficeNav(m.backofficeNav);
    if (m.contentSources) registerContentSources(m.contentSources);
  }
}

export function eventHandlers(modules: CampanileModule[] = MODULES): Map<string, EventHandler[]> {
  const map = new Map<string, EventHandler[]>();
  for (const m of modules) {
    for (const [type, handler] of Object.entries(m.events ?? {}))
      map.set(type, [...(map.get(type) ?? []), handler]);
  }
  return map;
}

export interface BuildOptions {
  isShuttingDown?: () => boolean;
  modules?: CampanileModule[];
  /** Sees every route the modules and health checks register (tests enumerate routes with it). */
  onRoute?: (route: RouteOptions) => void;
}

/** The web application: platform HTTP layer plus every module's routes. No listening, no jobs. */
export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const modules = options.modules ?? MODULES;
  declareModules(modules);
  const secure = ctx.env.SECURE_COOKIES ?? ctx.env.NODE_ENV === 'production';
  const app = await createServer({
    log: ctx.log,
    secret: ctx.secret,
    trustProxy: ctx.env.TRUST_PROXY,
    imgSrc: mapImgSources(ctx.env),
    pageCache: {
      ttlMs: (ctx.env.PAGE_CACHE_TTL_SECONDS ?? (ctx.env.NODE_ENV === 'test' ? 0 : 15)) * 1000,
      maxBytes: ctx.env.PAGE_CACHE_MAX_MB * 1024 * 1024,
    },
    secureCookies: secure,
    resolveTenant: (host) => findTenantByHost(ctx.database, host),
    loadActor: actorLoader(ctx.database),
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  registerHealthRoutes(app, ctx.database, options.isShuttingDown ?? (() => false));
  for (const m of modules) if (m.routes) await m.routes(app, ctx);
  return app;
}
