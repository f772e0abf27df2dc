import type { FastifyInstance } from 'fastify';
import { authorize, can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { sendPage } from '../../../platform/http/server.js';
import { formatNumber } from '../../../platform/i18n/format.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { Icon } from '../../../platform/views/icon.js';
import { OFFICES_PATH, OFFICES_READ } from '../../offices/index.js';
import { AUDIT_READ } from '../policy.js';
import { dashboardFigures } from '../queries/dashboard.js';
import { AuditTable } from './audit-table.js';
import { AUDIT_PATH, DASHBOARD_PATH } from './paths.js';

function Figure(props: { label: string; value: number; locale: string }): JSX.Element {
  return (
    <div class="col-6 col-xl-3">
      <div class="card card-bg h-100">
        <div class="card-body">
          <p class="h2 mb-1" safe>
            {formatNumber(props.value, props.locale)}
          </p>
          <p class="card-text mb-0" safe>
            {props.label}
          </p>
        </div>
      </div>
    </div>
  );
}

/** The back-office home: any staff member, whatever their roles; each block shows only what they may see. */
export function registerDashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(DASHBOARD_PATH, { preHandler: authorize(null) }, async (request, reply) => {
    const chrome = backofficeChrome(request, reply);
    const { t, tenant, locale } = chrome;
    const actor = request.actor;
    const officeIds = actor.kind === 'staff' ? actor.officeIds : [];
    const mayReadAudit = can(actor, AUDIT_READ);
    const figures = await dashboardFigures(ctx.database, tenant.id, officeIds, mayReadAudit ? 10 : 0);
    const mayReadOffices = can(actor, OFFICES_READ);
    const latest = mayReadAudit ? { rows: figures.latestEvents } : null;
    const links = chrome.nav.filter((item) => item.href !== DASHBOARD_PATH);
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('backoffice.dashboard.title')}>
        <h1 class="mb-2" safe>
          {t('backoffice.dashboard.welcome', { name: chrome.user?.name ?? '' })}
        </h1>
        <p class="lead mb-4" safe>
          {t('backoffice.dashboard.intro', { tenant: tenant.name })}
        </p>

        <section class="mb-5" aria-labelledby="dashboard-figures">
          <h2 id="dashboard-figures" class="h4 mb-3" safe>
            {t('backoffice.dashboard.figures')}
          </h2>
          <div class="row g-3">
            <Figure label={t('backoffice.dashboard.staffUsers')} value={figures.staffUsers} locale={locale} />
            <Figure label={t('backoffice.dashboard.offices')} value={figures.offices} locale={locale} />
            <Figure label={t('backoffice.dashboard.areas')} value={figures.areas} locale={locale} />
            <Figure label={t('backoffice.dashboard.citizens')} value={figures.citizens} locale={locale} />
          </div>
        </section>

        <div class="row g-4 mb-5">
          {links.length > 0 ? (
            <section class="col-12 col-lg-6" aria-labelledby="dashboard-links">
              <h2 id="dashboard-links" class="h4 mb-3" safe>
                {t('backoffice.dashboard.quickLinks')}
              </h2>
              <div class="link-list-wrapper">
                <ul class="link-list">
                  {links.map((item) => (
                    <li>
                      <a class="list-item icon-left" href={item.href}>
                        <span class="list-item-title-icon-wrapper">
                          <Icon name={item.icon} class="icon-primary icon-sm" />
                          <span safe>{item.label}</span>
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          ) : (
            ''
          )}
          <section class="col-12 col-lg-6" aria-labelledby="dashboard-offices">
            <h2 id="dashboard-offices" class="h4 mb-3" safe>
              {t('backoffice.dashboard.myOffices')}
            </h2>
            {figures.myOffices.length === 0 ? (
              <p safe>{t('backoffice.dashboard.noOffices')}</p>
            ) : (
              <ul>
                {figures.myOffices.map((office) => (
                  <li>
                    {mayReadOffices ? (
                      <a href={`${OFFICES_PATH}/${office.id}`} safe>
                        {office.name}
                      </a>
                    ) : (
                      <span safe>{office.name}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        {latest ? (
          <section class="mb-5" aria-labelledby="dashboard-events">
            <h2 id="dashboard-events" class="h4 mb-3" safe>
              {t('backoffice.dashboard.latestEvents')}
            </h2>
            {latest.rows.length === 0 ? (
              <p safe>{t('backoffice.dashboard.noEvents')}</p>
            ) : (
              <AuditTable
                rows={latest.rows}
                t={t}
                locale={locale}
                caption={t('backoffice.dashboard.latestEvents')}
              />
            )}
            <a class="read-more" href={AUDIT_PATH}>
              <span class="text" safe>
                {t('backoffice.dashboard.allEvents')}
              </span>
            </a>
          </section>
        ) : (
          ''
        )}
      </BackofficeLayout>,
    );
  });
}
