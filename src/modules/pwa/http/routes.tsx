import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { PUBLIC_DIR } from '../../../platform/views/assets.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { ICONS, type IconName, iconUrl, tenantIcon } from '../icons.js';

export const MANIFEST_PATH = '/manifest.webmanifest';
export const SERVICE_WORKER_PATH = '/sw.js';
export const OFFLINE_PATH = '/offline';

// Read once: the worker is a plain file in public/js, served from the root so its scope is the site.
const serviceWorker = readFileSync(join(PUBLIC_DIR, 'js', 'sw.js'));

const IconParams = Type.Object({ name: Type.String({ maxLength: 40, pattern: '^[a-z0-9-]+\\.png$' }) });
const IconQuery = Type.Object({ v: Type.Optional(Type.String({ maxLength: 32 })) });

/**
 * The installable web app: a manifest per Comune, its icons drawn from the Comune's logo, the
 * service worker and the page it shows when the network is gone.
 */
export function registerPwaRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(MANIFEST_PATH, async (request, reply) => {
    const tenant = tenantOf(request);
    const manifest = {
      id: '/',
      name: tenant.name,
      short_name: tenant.shortName || tenant.name,
      description: request.t('pwa.manifest.description', { name: tenant.name }),
      lang: request.locale,
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: tenant.primaryColor,
      icons: [
        { src: iconUrl(tenant, 'icon-192'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: iconUrl(tenant, 'icon-512'), sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: iconUrl(tenant, 'maskable-512'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    };
    return reply
      .type('application/manifest+json; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('vary', 'accept-language, cookie')
      .send(JSON.stringify(manifest));
  });

  app.get(
    '/icons/:name',
    { schema: { params: IconParams, querystring: IconQuery } },
    async (request, reply) => {
      const file = (request.params as { name: string }).name.replace(/\.png$/, '');
      if (!Object.hasOwn(ICONS, file)) throw new AppError('NOT_FOUND');
      const png = await tenantIcon(tenantOf(request), ctx.storage, file as IconName);
      return reply
        .type('image/png')
        .header('cache-control', 'public, max-age=86400, stale-while-revalidate=604800')
        .header('cross-origin-resource-policy', 'same-origin')
        .send(png);
    },
  );

  app.get(SERVICE_WORKER_PATH, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      // Browsers check for a new worker on navigation; no-cache makes them ask the server each time.
      .header('cache-control', 'no-cache')
      .send(serviceWorker),
  );

  app.get(OFFLINE_PATH, async (request, reply) => {
    const chrome = portalChrome(request);
    const { t } = chrome;
    return sendPage(
      reply,
      <PortalLayout {...chrome} title={t('pwa.offline.title')} breadcrumb={[]}>
        <div class="row justify-content-center">
          <div class="col-12 col-lg-8">
            <h1 class="mb-3" safe>
              {t('pwa.offline.title')}
            </h1>
            <p class="lead" safe>
              {t('pwa.offline.lead')}
            </p>
            <p safe>{t('pwa.offline.hint')}</p>
            <p safe>{t('pwa.offline.emergency')}</p>
            <a class="btn btn-primary" href="/" safe>
              {t('pwa.offline.retry')}
            </a>
          </div>
        </div>
      </PortalLayout>,
    );
  });
}
