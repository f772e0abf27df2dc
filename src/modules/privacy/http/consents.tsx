import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { requireCitizen } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { CsrfField } from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { setConsent } from '../commands/set-consent.js';
import { consentOverview } from '../queries/consents.js';
import { consentPurpose, NOTICE_PURPOSE } from '../registries.js';
import { citizenActorOf } from './actors.js';
import { formatDateTime } from './format.js';
import { AREA_CONSENTS_PATH, AREA_NOTICE_PATH } from './paths.js';
import { AreaNav, flashOf } from './personal-area.js';

const ConsentBody = Type.Object(
  {
    purpose: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z0-9_]*$' }),
    granted: Type.Union([Type.Literal('1'), Type.Literal('0')]),
  },
  { additionalProperties: false },
);

const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

const FLASHES: Record<string, string> = {
  granted: 'privacy.consents.grantedFlash',
  withdrawn: 'privacy.consents.withdrawnFlash',
  unchanged: 'privacy.consents.unchangedFlash',
};

function purposeLabel(t: Translate, key: string): string {
  if (key === NOTICE_PURPOSE) return t('privacy.consents.noticePurpose');
  const purpose = consentPurpose(key);
  return purpose ? t(purpose.label) : key;
}

/** Optional consents: the current state of each purpose, a switch for each, and the whole history. */
export function registerConsentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    AREA_CONSENTS_PATH,
    { preHandler: requireCitizen, schema: { querystring: FlashQuery } },
    async (request, reply) => {
      const chrome = portalChrome(request);
      const { t, locale } = chrome;
      const csrf = reply.generateCsrf();
      const actor = citizenActorOf(request);
      const overview = await consentOverview(ctx.database, chrome.tenant.id, actor.id);
      const { ok } = request.query as { ok?: string };
      return sendPage(
        reply,
        <PortalLayout {...chrome} title={t('privacy.consents.title')}>
          <h1 class="mb-3" safe>
            {t('privacy.consents.title')}
          </h1>
          <AreaNav t={t} current={AREA_CONSENTS_PATH} />
          <Flash message={flashOf(t, FLASHES, ok)} />
          <p safe>{t('privacy.consents.intro')}</p>
          {overview.acknowledged ? (
            <p safe>
              {t('privacy.consents.acknowledgedOn', {
                version: overview.acknowledged.noticeVersion,
                date: formatDateTime(overview.acknowledged.recordedAt, locale),
              })}
            </p>
          ) : overview.noticeVersion !== null ? (
            <p>
              <a href={AREA_NOTICE_PATH} safe>
                {t('privacy.consents.acknowledgeFirst')}
              </a>
            </p>
          ) : (
            ''
          )}
          <h2 class="h4 mt-4" safe>
            {t('privacy.consents.currentHeading')}
          </h2>
          {overview.purposes.length === 0 ? (
            <p safe>{t('privacy.consents.noPurposes')}</p>
          ) : (
            <div class="row g-4 mb-5">
              {overview.purposes.map((p) => {
                const granted = p.current?.granted ?? false;
                return (
                  <div class="col-12 col-md-6">
                    <div class="card card-bg shadow-sm h-100">
                      <div class="card-body">
                        <h3 class="card-title h5" safe>
                          {t(p.label)}
                        </h3>
                        {p.description ? (
                          <p class="card-text" safe>
                            {t(p.description)}
                          </p>
                        ) : (
                          ''
                        )}
                        <p>
                          <span class={granted ? 'badge bg-success' : 'badge bg-secondary'} safe>
                            {granted
                              ? t('privacy.consents.stateGranted')
                              : t('privacy.consents.stateNotGranted')}
                          </span>
                          {p.current ? (
                            <span class="small text-muted ms-2" safe>
                              {t('privacy.consents.since', {
                                date: formatDateTime(p.current.recordedAt, locale),
                              })}
                            </span>
                          ) : (
                            ''
                          )}
                        </p>
                        <form method="post" action={AREA_CONSENTS_PATH}>
                          <CsrfField token={csrf} />
                          <input type="hidden" name="purpose" value={p.key} />
                          <input type="hidden" name="granted" value={granted ? '0' : '1'} />
                          <button
                            type="submit"
                            class={granted ? 'btn btn-outline-danger btn-sm' : 'btn btn-primary btn-sm'}
                            safe
                          >
                            {granted
                              ? t('privacy.consents.withdraw', { purpose: t(p.label) })
                              : t('privacy.consents.grant', { purpose: t(p.label) })}
                          </button>
                        </form>
                      </div>
                    </div>
                  </div>
                );
              })}
            </div>
          )}
          <h2 class="h4" safe>
            {t('privacy.consents.historyHeading')}
          </h2>
          {overview.history.length === 0 ? (
            <p safe>{t('privacy.consents.noHistory')}</p>
          ) : (
            <div class="table-responsive">
              <table class="table">
                <caption class="visually-hidden" safe>
                  {t('privacy.consents.historyHeading')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" safe>
                      {t('privacy.consents.columns.when')}
                    </th>
                    <th scope="col" safe>
                      {t('privacy.consents.columns.purpose')}
                    </th>
                    <th scope="col" safe>
                      {t('privacy.consents.columns.choice')}
                    </th>
                    <th scope="col" safe>
                      {t('privacy.consents.columns.noticeVersion')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.history.map((row) => (
                    <tr>
                      <td>
                        <time datetime={row.recordedAt.toISOString()} safe>
                          {formatDateTime(row.recordedAt, locale)}
                        </time>
                      </td>
                      <td safe>{purposeLabel(t, row.purpose)}</td>
                      <td safe>
                        {row.purpose === NOTICE_PURPOSE
                          ? t('privacy.consents.choiceAcknowledged')
                          : row.granted
                            ? t('privacy.consents.choiceGranted')
                            : t('privacy.consents.choiceWithdrawn')}
                      </td>
                      <td>{row.noticeVersion > 0 ? String(row.noticeVersion) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="small text-muted" safe>
            {t('privacy.consents.historyNote')}
          </p>
        </PortalLayout>,
      );
    },
  );

  app.post(
    AREA_CONSENTS_PATH,
    { preHandler: requireCitizen, schema: { body: ConsentBody } },
    async (request, reply) => {
      const body = request.body as { purpose: string; granted: '1' | '0' };
      const granted = body.granted === '1';
      const { changed } = await setConsent(ctx.database, tenantOf(request).id, citizenActorOf(request), {
        purpose: body.purpose,
        granted,
      });
      const ok = changed ? (granted ? 'granted' : 'withdrawn') : 'unchanged';
      return reply.redirect(`${AREA_CONSENTS_PATH}?ok=${ok}`, 303);
    },
  );
}
