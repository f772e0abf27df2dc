import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../../platform/http/server.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';

function Card(props: { title: string; text: string; href: string; go: string }): JSX.Element {
  return (
    <div class="col-12 col-md-4">
      <div class="card card-bg shadow-sm h-100">
        <div class="card-body">
          <h2 class="card-title h5" safe>
            {props.title}
          </h2>
          <p class="card-text" safe>
            {props.text}
          </p>
          <a class="read-more" href={props.href}>
            <span class="text" safe>
              {props.go}
            </span>
          </a>
        </div>
      </div>
    </div>
  );
}

/** The Comune's home page. The portal capability replaces it with the full Modello Comuni home. */
export function registerHomeRoutes(app: FastifyInstance): void {
  app.get('/', async (request, reply) => {
    const chrome = portalChrome(request);
    const { t, tenant } = chrome;
    return sendPage(
      reply,
      <PortalLayout {...chrome} title={t('portal.homeTitle')}>
        <h1 class="mb-3" safe>
          {t('portal.welcome', { name: tenant.name })}
        </h1>
        <p class="lead mb-5" safe>
          {t('portal.intro')}
        </p>
        <div class="row g-4">
          <Card
            title={t('portal.personalArea')}
            text={t('portal.personalAreaText')}
            href="/area-personale"
            go={t('portal.go')}
          />
          <Card
            title={t('portal.privacy')}
            text={t('portal.privacyText')}
            href="/privacy"
            go={t('portal.go')}
          />
          <Card
            title={t('portal.staff')}
            text={t('portal.staffText')}
            href="/backoffice"
            go={t('portal.go')}
          />
        </div>
      </PortalLayout>,
    );
  });
}
