import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import { Pagination, ResultsTable } from '../../../platform/views/list.js';
import { recordFeedback } from '../commands/record-feedback.js';
import {
  FEEDBACK_ANSWERS,
  type FeedbackAnswer,
  NEGATIVE_ANSWERS,
  POSITIVE_ANSWERS,
} from '../feedback-answers.js';
import { FEEDBACK_READ } from '../policy.js';
import { feedbackReport } from '../queries/feedback-report.js';
import { sendPortalPage } from './page.js';

export const FEEDBACK_REPORT_PATH = '/backoffice/feedback';
export const FEEDBACK_THANKS_PATH = '/feedback/grazie';

/** A site-relative path: one leading slash, no second slash or backslash after it (no open redirect). */
const SITE_PATH = '^/(?![/\\\\])[^\\s?#\\\\]*$';

const FeedbackBody = Type.Object({
  page: Type.String({ pattern: SITE_PATH, maxLength: 200 }),
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  answer: Type.Optional(Type.Union([Type.Literal(''), ...FEEDBACK_ANSWERS.map((a) => Type.Literal(a))])),
  comment: Type.Optional(Type.String({ maxLength: 200 })),
});
interface FeedbackBody {
  page: string;
  rating: number;
  answer?: FeedbackAnswer | '';
  comment?: string;
}

const ThanksQuery = pageQuery({ pagina: Type.Optional(Type.String({ pattern: SITE_PATH, maxLength: 200 })) });

const ReportQuery = pageQuery({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })) });

/** The rating component's POST (anonymous, CSRF-protected, rate-limited) and its back-office report. */
export function registerFeedbackRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/feedback',
    {
      // Anyone may rate a page without logging in: same-origin check, token only with a session.
      config: { csrf: 'anonymous-same-origin', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { body: FeedbackBody },
      attachValidation: true,
    },
    async (request, reply) => {
      const { t } = request;
      const body = request.body as FeedbackBody;
      const answer = body?.answer || null;
      const consistent =
        answer === null ||
        (body.rating >= 4
          ? (POSITIVE_ANSWERS as readonly string[]).includes(answer)
          : (NEGATIVE_ANSWERS as readonly string[]).includes(answer));
      if (request.validationError || !consistent) {
        const back =
          typeof body?.page === 'string' && new RegExp(SITE_PATH).test(body.page) ? body.page : '/';
        return sendPortalPage(request, reply, {
          title: t('portal.feedback.title'),
          status: 400,
          children: (
            <>
              <h1 class="h2" safe>
                {t('portal.feedback.title')}
              </h1>
              <div class="alert alert-danger" role="alert">
                <p class="mb-0" safe>
                  {t('portal.feedback.invalid')}
                </p>
              </div>
              <a class="btn btn-primary" href={`${back}#feedback`} safe>
                {t('portal.feedback.back')}
              </a>
            </>
          ),
        });
      }
      await recordFeedback(ctx.database, tenantOf(request).id, {
        page: body.page,
        rating: body.rating,
        answer,
        comment: body.comment ?? '',
      });
      // A page of its own: the rated page may belong to a module whose query schema has no room for a flag.
      return reply.redirect(`${FEEDBACK_THANKS_PATH}?pagina=${encodeURIComponent(body.page)}`, 303);
    },
  );

  app.get(FEEDBACK_THANKS_PATH, { schema: { querystring: ThanksQuery } }, async (request, reply) => {
    const { t } = request;
    const back = (request.query as { pagina?: string }).pagina ?? '/';
    return sendPortalPage(request, reply, {
      title: t('portal.feedback.thanksTitle'),
      children: (
        <>
          <h1 class="h2" safe>
            {t('portal.feedback.thanksTitle')}
          </h1>
          <div class="alert alert-success" role="status">
            <p class="mb-0" safe>
              {t('portal.feedback.thanks')}
            </p>
          </div>
          <a class="btn btn-primary" href={back} safe>
            {t('portal.feedback.back')}
          </a>
        </>
      ),
    });
  });

  app.get(
    FEEDBACK_REPORT_PATH,
    { preHandler: authorize(FEEDBACK_READ), schema: { querystring: ReportQuery } },
    async (request, reply) => {
      const chrome = backofficeChrome(request, reply);
      const { t, locale } = chrome;
      const report = await feedbackReport(
        ctx.database,
        chrome.tenant.id,
        (request.query as { page?: number }).page ?? 1,
      );
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('portal.feedback.report')}>
          <h1 class="h2 mb-4" safe>
            {t('portal.feedback.report')}
          </h1>
          <ResultsTable
            t={t}
            total={report.total}
            caption={t('portal.feedback.report')}
            empty={t('portal.feedback.none')}
            isEmpty={report.pages.length === 0}
          >
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('portal.feedback.page')}
                </th>
                <th scope="col" class="text-end" safe>
                  {t('portal.feedback.count')}
                </th>
                <th scope="col" class="text-end" safe>
                  {t('portal.feedback.average')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.pages.map((row) => (
                <tr>
                  <td>
                    <a href={row.page} safe>
                      {row.page}
                    </a>
                  </td>
                  <td class="text-end" safe>
                    {formatNumber(row.answers, locale)}
                  </td>
                  <td class="text-end" safe>
                    {t('portal.feedback.ratingOf', {
                      n: formatNumber(Math.round(row.average * 10) / 10, locale),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </ResultsTable>
          <Pagination base={FEEDBACK_REPORT_PATH} query={{}} info={report} t={t} />
          <h2 class="h4 mt-5" safe>
            {t('portal.feedback.latest')}
          </h2>
          {report.latest.length === 0 ? (
            <p safe>{t('portal.feedback.none')}</p>
          ) : (
            <ul class="list-unstyled">
              {report.latest.map((c) => (
                <li class="border-bottom py-2">
                  <p class="mb-1" safe>
                    {c.comment}
                  </p>
                  <small class="text-muted" safe>
                    {`${c.page} · ${t('portal.feedback.ratingOf', { n: c.rating })} · ${formatDateTime(c.createdAt, locale)}`}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </BackofficeLayout>,
      );
    },
  );
}
