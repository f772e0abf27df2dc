import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  errorFor,
  type FormState,
  fieldId,
  Select,
  TextArea,
} from '../../../platform/views/form.js';
import { FilterActions, Flash, Pagination, ResultsTable, SortHeader } from '../../../platform/views/list.js';
import { processErasure } from '../commands/process-erasure.js';
import { REJECT_REASON_MAX, rejectErasure } from '../commands/reject-erasure.js';
import { PRIVACY_MANAGE } from '../policy.js';
import {
  ERASURE_SORTS,
  ERASURE_STATUSES,
  type ErasureRequestDetail,
  type ErasureRequestStatus,
  type ErasureSort,
  getErasureRequest,
  listErasureRequests,
} from '../queries/erasure-requests.js';
import { personalDataErasers } from '../registries.js';
import { staffActorOf } from './actors.js';
import { formatDateTime } from './format.js';
import { BO_REQUESTS_PATH } from './paths.js';
import { Facts, PrivacyTabs, StatusBadge, statusLabel } from './views.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const literals = <T extends string>(values: readonly T[]) => values.map((v) => Type.Literal(v));

const ListQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal(''), ...literals(ERASURE_STATUSES)])),
    sort: Type.Optional(Type.Union([Type.Literal(''), ...literals(ERASURE_SORTS)])),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    ok: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
interface ListQuery {
  status?: ErasureRequestStatus | '';
  sort?: ErasureSort | '';
  page?: number;
  ok?: string;
}

const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const ProcessBody = Type.Object(
  { confirm: Type.Optional(Type.Literal('1')) },
  { additionalProperties: false },
);
const RejectBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: REJECT_REASON_MAX }) },
  { additionalProperties: false },
);

const FLASHES: Record<string, string> = {
  completed: 'privacy.requests.completedFlash',
  rejected: 'privacy.requests.rejectedFlash',
};

/** Erasure requests in the back office: the queue, one request, carrying it out or declining it. */
export function registerRequestsBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: authorize(PRIVACY_MANAGE) };

  app.get(BO_REQUESTS_PATH, { ...guard, schema: { querystring: ListQuery } }, async (request, reply) => {
    const query = request.query as ListQuery;
    const chrome = backofficeChrome(request, reply);
    const { t, locale } = chrome;
    const result = await listErasureRequests(ctx.database, chrome.tenant.id, {
      status: query.status || undefined,
      sort: query.sort || undefined,
      page: query.page,
    });
    const kept = { status: query.status, sort: query.sort };
    const filter = emptyForm({ status: query.status ?? '' });
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('privacy.requests.title')}>
        <h1 class="mb-4" safe>
          {t('privacy.requests.title')}
        </h1>
        <PrivacyTabs t={t} current="requests" />
        <Flash message={query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined} />
        <form method="get" action={BO_REQUESTS_PATH} class="row g-3 align-items-end mb-4">
          {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : ''}
          <div class="col-12 col-md-4">
            <Select
              form={filter}
              t={t}
              name="status"
              label={t('privacy.requests.filterStatus')}
              placeholder={t('common.all')}
              options={ERASURE_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
            />
          </div>
          <FilterActions t={t} resetHref={BO_REQUESTS_PATH} width="col-md-4" />
        </form>
        <ResultsTable
          t={t}
          total={result.total}
          caption={t('privacy.requests.title')}
          empty={t('privacy.requests.empty')}
          isEmpty={result.rows.length === 0}
        >
          <thead>
            <tr>
              <SortHeader
                base={BO_REQUESTS_PATH}
                query={kept}
                column="requestedAt"
                label={t('privacy.requests.columns.requestedAt')}
                t={t}
              />
              <th scope="col" safe>
                {t('privacy.requests.columns.citizen')}
              </th>
              <th scope="col" safe>
                {t('privacy.requests.columns.status')}
              </th>
              <th scope="col" safe>
                {t('privacy.requests.columns.processedAt')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr>
                <td>
                  <a href={`${BO_REQUESTS_PATH}/${r.id}`} safe>
                    {formatDateTime(r.requestedAt, locale)}
                  </a>
                </td>
                <td safe>{r.citizenName ?? t('privacy.requests.citizenErased')}</td>
                <td>
                  <StatusBadge t={t} status={r.status} />
                </td>
                <td safe>{formatDateTime(r.processedAt, locale) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </ResultsTable>
        <Pagination
          base={BO_REQUESTS_PATH}
          query={kept}
          info={{ page: result.page, pageSize: result.pageSize, total: result.total }}
          t={t}
        />
      </BackofficeLayout>,
    );
  });

  async function loadRequest(request: FastifyRequest): Promise<ErasureRequestDetail> {
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    const found = await getErasureRequest(ctx.database, tenantOf(request).id, id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  }

  async function renderDetail(
    request: FastifyRequest,
    reply: FastifyReply,
    detail: ErasureRequestDetail,
    forms: { process?: FormState; reject?: FormState; status?: number; flash?: string | undefined } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, locale } = chrome;
    const processForm = forms.process ?? emptyForm();
    const rejectForm = forms.reject ?? emptyForm();
    const confirmError = errorFor(processForm, 'confirm', t);
    const confirmId = fieldId('confirm');
    const base = `${BO_REQUESTS_PATH}/${detail.id}`;
    const erasers = personalDataErasers().map(([name]) => name);
    const facts: Array<[string, string]> = [
      [t('privacy.requests.columns.status'), statusLabel(t, detail.status)],
      [t('privacy.requests.columns.requestedAt'), formatDateTime(detail.requestedAt, locale)],
      [t('privacy.requests.columns.citizen'), detail.citizenName ?? t('privacy.requests.citizenErased')],
    ];
    if (detail.fiscalCode) facts.push([t('privacy.requests.fiscalCode'), detail.fiscalCode]);
    if (detail.processedAt) {
      facts.push([t('privacy.requests.columns.processedAt'), formatDateTime(detail.processedAt, locale)]);
      facts.push([t('privacy.requests.processedBy'), detail.processedByName ?? '—']);
    }
    if (detail.status === 'rejected') facts.push([t('privacy.requests.reason'), detail.reason]);
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('privacy.requests.detailTitle')}>
        <nav class="breadcrumb-container" aria-label={t('privacy.requests.breadcrumb')}>
          <ol class="breadcrumb">
            <li class="breadcrumb-item">
              <a href={BO_REQUESTS_PATH} safe>
                {t('privacy.requests.title')}
              </a>
              <span class="separator">/</span>
            </li>
            <li class="breadcrumb-item active" aria-current="page" safe>
              {t('privacy.requests.detailTitle')}
            </li>
          </ol>
        </nav>
        <h1 class="mb-4" safe>
          {t('privacy.requests.detailTitle')}
        </h1>
        <Flash message={forms.flash} />
        <Facts items={facts} />
        {detail.status === 'completed' && detail.outcome ? (
          <>
            <h2 class="h5" safe>
              {t('privacy.requests.outcome')}
            </h2>
            <pre class="bg-light p-3 border rounded" safe>
              {JSON.stringify(detail.outcome, null, 2)}
            </pre>
          </>
        ) : (
          ''
        )}
        {detail.status === 'pending' ? (
          <div class="row g-5 mt-2">
            <section class="col-12 col-xl-6" aria-labelledby="process-heading">
              <h2 class="h4" id="process-heading" safe>
                {t('privacy.requests.processHeading')}
              </h2>
              <p safe>{t('privacy.requests.processIntro')}</p>
              <ul>
                <li safe>{t('privacy.requests.processCore')}</li>
                {erasers.map((name) => (
                  <li safe>{t('privacy.requests.processModule', { name })}</li>
                ))}
              </ul>
              <ErrorSummary
                form={processForm}
                t={t}
                labels={{ confirm: t('privacy.requests.processConfirm') }}
              />
              <form method="post" action={`${base}/esegui`}>
                <CsrfField token={chrome.csrfToken} />
                <div class="form-check mb-4">
                  <input
                    class={confirmError ? 'form-check-input is-invalid' : 'form-check-input'}
                    type="checkbox"
                    id={confirmId}
                    name="confirm"
                    value="1"
                    required
                    aria-invalid={confirmError ? 'true' : undefined}
                    aria-describedby={confirmError ? `${confirmId}-error` : undefined}
                  />
                  <label class="form-check-label" for={confirmId} safe>
                    {t('privacy.requests.processConfirm')}
                  </label>
                  {confirmError ? (
                    <div id={`${confirmId}-error`} class="invalid-feedback d-block" safe>
                      {confirmError}
                    </div>
                  ) : (
                    ''
                  )}
                </div>
                <button type="submit" class="btn btn-danger" safe>
                  {t('privacy.requests.processSubmit')}
                </button>
              </form>
            </section>
            <section class="col-12 col-xl-6" aria-labelledby="reject-heading">
              <h2 class="h4" id="reject-heading" safe>
                {t('privacy.requests.rejectHeading')}
              </h2>
              <ErrorSummary form={rejectForm} t={t} labels={{ reason: t('privacy.requests.reason') }} />
              <form method="post" action={`${base}/rifiuta`} novalidate>
                <CsrfField token={chrome.csrfToken} />
                <TextArea
                  form={rejectForm}
                  t={t}
                  name="reason"
                  label={t('privacy.requests.reason')}
                  hint={t('privacy.requests.reasonHint')}
                  required
                  rows={5}
                  maxlength={REJECT_REASON_MAX}
                />
                <button type="submit" class="btn btn-outline-primary" safe>
                  {t('privacy.requests.rejectSubmit')}
                </button>
              </form>
            </section>
          </div>
        ) : (
          ''
        )}
      </BackofficeLayout>,
      forms.status ?? 200,
    );
  }

  app.get(
    `${BO_REQUESTS_PATH}/:id`,
    { ...guard, schema: { params: IdParams, querystring: FlashQuery } },
    async (request, reply) => {
      const { ok } = request.query as { ok?: string };
      const flash = ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined;
      return renderDetail(request, reply, await loadRequest(request), { flash });
    },
  );

  app.post(
    `${BO_REQUESTS_PATH}/:id/esegui`,
    { ...guard, schema: { params: IdParams, body: ProcessBody }, attachValidation: true },
    async (request, reply) => {
      const detail = await loadRequest(request);
      const confirmed = !request.validationError && (request.body as { confirm?: string }).confirm === '1';
      if (!confirmed) {
        const form: FormState = {
          values: {},
          errors: [{ path: 'confirm', code: 'required', message: 'privacy.requests.confirmRequired' }],
        };
        return renderDetail(request, reply, detail, { process: form, status: 400 });
      }
      await processErasure(ctx.database, tenantOf(request).id, staffActorOf(request), detail.id);
      return reply.redirect(`${BO_REQUESTS_PATH}/${detail.id}?ok=completed`, 303);
    },
  );

  app.post(
    `${BO_REQUESTS_PATH}/:id/rifiuta`,
    { ...guard, schema: { params: IdParams, body: RejectBody }, attachValidation: true },
    async (request, reply) => {
      const detail = await loadRequest(request);
      const rejected = rejectedForm(request);
      if (rejected) return renderDetail(request, reply, detail, { reject: rejected, status: 400 });
      const body = request.body as { reason: string };
      try {
        await rejectErasure(ctx.database, tenantOf(request).id, staffActorOf(request), detail.id, body);
      } catch (err) {
        return renderDetail(request, reply, detail, { reject: formFromError(err, body), status: 400 });
      }
      return reply.redirect(`${BO_REQUESTS_PATH}/${detail.id}?ok=rejected`, 303);
    },
  );
}
