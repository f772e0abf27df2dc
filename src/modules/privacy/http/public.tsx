import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { type NoticeSummary, noticeByVersion, publicNotice } from '../queries/notices.js';
import { formatDate } from './format.js';
import { NOTICE_PATH, NOTICE_VERSIONS_PATH } from './paths.js';
import { NoticeBody } from './views.js';

const VersionParams = Type.Object({ version: Type.Integer({ minimum: 1, maximum: 1_000_000 }) });

function VersionList(props: {
  t: Translate;
  locale: Parameters<typeof formatDate>[1];
  versions: NoticeSummary[];
  shown: number;
}): JSX.Element {
  const { t } = props;
  const others = props.versions.filter((v) => v.version !== props.shown);
  return (
    <section class="mt-5" aria-labelledby="privacy-versions">
      <h2 class="h4" id="privacy-versions" safe>
        {t('privacy.notice.versionsHeading')}
      </h2>
      {others.length === 0 ? (
        <p safe>{t('privacy.notice.noOtherVersions')}</p>
      ) : (
        <ul>
          {others.map((v) => (
            <li>
              <a href={`${NOTICE_VERSIONS_PATH}/${v.version}`} safe>
                {t('privacy.notice.versionLink', {
                  version: v.version,
                  date: formatDate(v.publishedAt, props.locale),
                  title: v.title,
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The public privacy notice (informativa): the version in force and the history of versions. */
export function registerPublicNoticeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(NOTICE_PATH, async (request, reply) => {
    const chrome = portalChrome(request);
    const { t, locale } = chrome;
    const { current, versions } = await publicNotice(ctx.database, chrome.tenant.id);
    if (!current)
      return sendPage(
        reply,
        <PortalLayout {...chrome} title={t('privacy.notice.title')}>
          <h1 class="mb-4" safe>
            {t('privacy.notice.title')}
          </h1>
          <div class="callout note">
            <div class="callout-title" safe>
              {t('privacy.notice.noneTitle')}
            </div>
            <p safe>
              {t('privacy.notice.none', {
                comune: chrome.tenant.name,
                email: chrome.tenant.email || chrome.tenant.pec,
              })}
            </p>
          </div>
        </PortalLayout>,
      );
    return sendPage(
      reply,
      <PortalLayout {...chrome} title={current.title}>
        <h1 class="mb-2" safe>
          {current.title}
        </h1>
        <p class="text-muted mb-4" safe>
          {t('privacy.notice.versionOf', {
            version: current.version,
            date: formatDate(current.publishedAt, locale),
          })}
        </p>
        <NoticeBody body={current.body} />
        <VersionList t={t} locale={locale} versions={versions} shown={current.version} />
      </PortalLayout>,
    );
  });

  app.get(
    `${NOTICE_VERSIONS_PATH}/:version`,
    { schema: { params: VersionParams }, attachValidation: true },
    async (request, reply) => {
      if (request.validationError) throw new AppError('NOT_FOUND');
      const { version } = request.params as { version: number };
      const chrome = portalChrome(request);
      const { t, locale } = chrome;
      const notice = await noticeByVersion(ctx.database, chrome.tenant.id, version);
      if (!notice) throw new AppError('NOT_FOUND');
      const { current, versions } = await publicNotice(ctx.database, chrome.tenant.id);
      const isCurrent = current?.version === notice.version;
      return sendPage(
        reply,
        <PortalLayout
          {...chrome}
          title={`${notice.title} (${t('privacy.notice.versionShort', { version })})`}
        >
          <h1 class="mb-2" safe>
            {notice.title}
          </h1>
          <p class="text-muted mb-4" safe>
            {t('privacy.notice.versionOf', {
              version: notice.version,
              date: formatDate(notice.publishedAt, locale),
            })}
          </p>
          {isCurrent ? (
            ''
          ) : (
            <div class="alert alert-warning" role="note">
              <span safe>{t('privacy.notice.outdated')}</span>{' '}
              <a href={NOTICE_PATH} safe>
                {t('privacy.notice.goToCurrent')}
              </a>
            </div>
          )}
          <NoticeBody body={notice.body} />
          <VersionList t={t} locale={locale} versions={versions} shown={notice.version} />
        </PortalLayout>,
      );
    },
  );
}
