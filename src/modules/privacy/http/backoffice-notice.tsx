import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  Field,
  type FormState,
  TextArea,
} from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX, publishNotice } from '../commands/publish-notice.js';
import { PRIVACY_MANAGE } from '../policy.js';
import { countPendingErasureRequests } from '../queries/erasure-requests.js';
import { listNotices, noticeByVersion } from '../queries/notices.js';
import { staffActorOf } from './actors.js';
import { formatDateTime } from './format.js';
import {
  BO_NEW_NOTICE_PATH,
  BO_PRIVACY_PATH,
  BO_REQUESTS_PATH,
  NOTICE_PATH,
  NOTICE_VERSIONS_PATH,
} from './paths.js';
import { PrivacyTabs } from './views.js';

const NoticeBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: NOTICE_TITLE_MAX }),
    body: Type.String({ minLength: 1, maxLength: NOTICE_BODY_MAX }),
  },
  { additionalProperties: false },
);
const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

/** The privacy notice in the back office: its versions, and publishing a new one (never editing). */
export function registerNoticeBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: authorize(PRIVACY_MANAGE) };

  app.get(BO_PRIVACY_PATH, { ...guard, schema: { querystring: FlashQuery } }, async (request, reply) => {
    const chrome = backofficeChrome(request, reply);
    const { t, locale } = chrome;
    const [versions, pending] = await Promise.all([
      listNotices(ctx.database, chrome.tenant.id),
      countPendingErasureRequests(ctx.database, chrome.tenant.id),
    ]);
    const { ok } = request.query as { ok?: string };
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('privacy.backoffice.title')}>
        <div class="d-flex flex-wrap justify-content-between align-items-center mb-4">
          <h1 class="mb-0" safe>
            {t('privacy.backoffice.title')}
          </h1>
          <a class="btn btn-primary" href={BO_NEW_NOTICE_PATH} safe>
            {t('privacy.backoffice.publishNew')}
          </a>
        </div>
        <PrivacyTabs t={t} current="notice" />
        <Flash message={ok === 'published' ? t('privacy.backoffice.publishedFlash') : undefined} />
        {pending > 0 ? (
          <div class="alert alert-warning" role="status">
            <a href={`${BO_REQUESTS_PATH}?status=pending`} safe>
              {t('privacy.backoffice.pendingRequests', { count: pending })}
            </a>
          </div>
        ) : (
          ''
        )}
        <p safe>{t('privacy.backoffice.versionsIntro')}</p>
        {versions.length === 0 ? (
          <div class="callout note">
            <div class="callout-title" safe>
              {t('privacy.backoffice.noVersionsTitle')}
            </div>
            <p safe>{t('privacy.backoffice.noVersions')}</p>
          </div>
        ) : (
          <div class="table-responsive">
            <table class="table">
              <caption class="visually-hidden" safe>
                {t('privacy.backoffice.versionsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t('privacy.backoffice.columns.version')}
                  </th>
                  <th scope="col" safe>
                    {t('privacy.backoffice.columns.title')}
                  </th>
                  <th scope="col" safe>
                    {t('privacy.backoffice.columns.publishedAt')}
                  </th>
                  <th scope="col" safe>
                    {t('privacy.backoffice.columns.state')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v, i) => (
                  <tr>
                    <td safe>{String(v.version)}</td>
                    <td>
                      <a href={i === 0 ? NOTICE_PATH : `${NOTICE_VERSIONS_PATH}/${v.version}`} safe>
                        {v.title}
                      </a>
                    </td>
                    <td safe>{formatDateTime(v.publishedAt, locale)}</td>
                    <td safe>
                      {i === 0 ? t('privacy.backoffice.inForce') : t('privacy.backoffice.superseded')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </BackofficeLayout>,
    );
  });

  async function renderNew(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState | null,
    status = 200,
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    let state = form;
    if (!state) {
      // Start from the version in force: a new version is usually an edit of the last one.
      const versions = await listNotices(ctx.database, chrome.tenant.id);
      const latest = versions[0]
        ? await noticeByVersion(ctx.database, chrome.tenant.id, versions[0].version)
        : null;
      state = emptyForm(
        latest
          ? { title: latest.title, body: latest.body }
          : { title: t('privacy.backoffice.defaultTitle'), body: '' },
      );
    }
    const labels = { title: t('privacy.backoffice.fields.title'), body: t('privacy.backoffice.fields.body') };
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('privacy.backoffice.newTitle')}>
        <h1 class="mb-4" safe>
          {t('privacy.backoffice.newTitle')}
        </h1>
        <PrivacyTabs t={t} current="notice" />
        <div class="callout important">
          <div class="callout-title" safe>
            {t('privacy.backoffice.newWarningTitle')}
          </div>
          <p safe>{t('privacy.backoffice.newWarning')}</p>
        </div>
        <ErrorSummary form={state} t={t} labels={labels} />
        <form method="post" action={BO_NEW_NOTICE_PATH} novalidate>
          <CsrfField token={chrome.csrfToken} />
          <Field form={state} t={t} name="title" label={labels.title} required maxlength={NOTICE_TITLE_MAX} />
          <TextArea
            form={state}
            t={t}
            name="body"
            label={labels.body}
            required
            rows={20}
            maxlength={NOTICE_BODY_MAX}
            hint={t('privacy.backoffice.bodyHint')}
          />
          <button type="submit" class="btn btn-primary" safe>
            {t('privacy.backoffice.publishSubmit')}
          </button>
          <a class="btn btn-link" href={BO_PRIVACY_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
      </BackofficeLayout>,
      status,
    );
  }

  app.get(BO_NEW_NOTICE_PATH, guard, async (request, reply) => renderNew(request, reply, null));

  app.post(
    BO_NEW_NOTICE_PATH,
    { ...guard, schema: { body: NoticeBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request);
      if (rejected) return renderNew(request, reply, rejected, 400);
      const body = request.body as { title: string; body: string };
      try {
        await publishNotice(ctx.database, tenantOf(request).id, staffActorOf(request), body);
      } catch (err) {
        return renderNew(request, reply, formFromError(err, body), 400);
      }
      return reply.redirect(`${BO_PRIVACY_PATH}?ok=published`, 303);
    },
  );
}
