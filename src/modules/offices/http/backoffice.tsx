import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import { authorize, can } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { asList, formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { Breadcrumb } from '../../../platform/views/breadcrumb.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import {
  CsrfField,
  ErrorSummary,
  emptyForm,
  Field,
  type FormState,
  Select,
  TextArea,
} from '../../../platform/views/form.js';
import { FilterActions, Flash, Pagination, ResultsTable, SortHeader } from '../../../platform/views/list.js';
import { addOfficeMember } from '../commands/add-office-member.js';
import { createOffice } from '../commands/create-office.js';
import { deleteOffice } from '../commands/delete-office.js';
import type { OfficeInput } from '../commands/office-fields.js';
import { removeOfficeMember } from '../commands/remove-office-member.js';
import { setOfficeHours } from '../commands/set-office-hours.js';
import { updateOffice } from '../commands/update-office.js';
import { OFFICES_MANAGE, OFFICES_READ } from '../policy.js';
import { getOffice, listAreaOptions, listStaffOptions, type OfficeDetail } from '../queries/get-office.js';
import { listOffices, OFFICE_SORTS, type OfficeSort } from '../queries/list-offices.js';
import {
  DayFieldset,
  daySummary,
  type HoursRow,
  hoursLabels,
  OFFICES_PATH,
  officePath,
  rowsForHours,
  SlotRow,
  WEEKDAYS,
} from './views.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_OR_EMPTY = '^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const EMAIL_OR_EMPTY = '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
const PHONE = '^[0-9+ ()./-]*$';
const SLUG_OR_EMPTY = '^$|^[a-z0-9]+(?:-[a-z0-9]+)*$';

const FLASHES: Record<string, string> = {
  created: 'offices.flash.created',
  saved: 'offices.flash.saved',
  unchanged: 'offices.flash.unchanged',
  hours: 'offices.flash.hours',
  memberAdded: 'offices.flash.memberAdded',
  memberRemoved: 'offices.flash.memberRemoved',
  deleted: 'offices.flash.deleted',
};

const ListQuery = pageQuery({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  area: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
  sort: Type.Optional(Type.Union([Type.Literal(''), ...OFFICE_SORTS.map((s) => Type.Literal(s))])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
interface ListQuery {
  q?: string;
  area?: string;
  sort?: OfficeSort | '';
  page?: number;
  ok?: string;
}

const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const MemberParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  userId: Type.String({ maxLength: 64 }),
});
const OkQuery = pageQuery({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

const OfficeBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    slug: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: EMAIL_OR_EMPTY })),
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: PHONE })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    areaId: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
  },
  { additionalProperties: false },
);
type OfficeBody = OfficeInput;
/** Clearer explanations than "format not valid" for the fields checked by a pattern. */
const OFFICE_MESSAGES = {
  slug: 'offices.errors.slugFormat',
  email: 'validation.email',
  phone: 'offices.errors.phone',
  areaId: 'offices.errors.areaUnknown',
};

const TimeList = Type.Array(Type.String({ maxLength: 10 }), { maxItems: 200 });
const HoursBody = Type.Object(
  {
    weekday: Type.Optional(TimeList),
    opens: Type.Optional(TimeList),
    closes: Type.Optional(TimeList),
    add: Type.Optional(Type.String({ pattern: '^[1-7]$' })),
  },
  { additionalProperties: false },
);
/** htmx sends the triggering button's own name and value (add=N) along with the URL's weekday. */
const SlotQuery = pageQuery({
  weekday: Type.Integer({ minimum: 1, maximum: 7 }),
  add: Type.Optional(Type.String({ maxLength: 1 })),
});
const MemberBody = Type.Object(
  { staffUserId: Type.String({ maxLength: 64, pattern: UUID_OR_EMPTY }) },
  { additionalProperties: false },
);

function officeIdOf(request: FastifyRequest): string {
  const id = (request.params as { id: string }).id;
  if (!UUID.test(id)) throw new AppError('NOT_FOUND');
  return id;
}

function valuesOf(office: OfficeDetail): Record<string, unknown> {
  return {
    name: office.name,
    slug: office.slug,
    description: office.description,
    email: office.email,
    phone: office.phone,
    address: office.address,
    areaId: office.areaId ?? '',
  };
}

export function registerOfficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const read = { preHandler: authorize(OFFICES_READ) };
  const manage = { preHandler: authorize(OFFICES_MANAGE) };

  async function loadOffice(request: FastifyRequest): Promise<OfficeDetail> {
    const office = await getOffice(ctx.database, tenantOf(request).id, officeIdOf(request));
    if (!office) throw new AppError('NOT_FOUND');
    return office;
  }

  // ---------------------------------------------------------------------------------------------
  // List
  // ---------------------------------------------------------------------------------------------
  app.get(OFFICES_PATH, { ...read, schema: { querystring: ListQuery } }, async (request, reply) => {
    const query = request.query as ListQuery;
    const chrome = backofficeChrome(request, reply);
    const { t, tenant } = chrome;
    const [result, areaOptions] = await Promise.all([
      listOffices(
        ctx.database,
        tenant.id,
        { q: query.q, areaId: query.area || undefined, sort: query.sort || undefined },
        query.page,
      ),
      listAreaOptions(ctx.database, tenant.id),
    ]);
    const kept = { q: query.q, area: query.area, sort: query.sort };
    const filterForm = emptyForm({ q: query.q ?? '', area: query.area ?? '' });
    const flash = query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('offices.list.title')}>
        <div class="d-flex flex-wrap justify-content-between align-items-center mb-2">
          <h1 class="mb-0" safe>
            {t('offices.list.title')}
          </h1>
          {can(request.actor, OFFICES_MANAGE) ? (
            <a class="btn btn-primary" href={`${OFFICES_PATH}/nuovo`} safe>
              {t('offices.list.new')}
            </a>
          ) : (
            ''
          )}
        </div>
        <p class="mb-4" safe>
          {t('offices.list.intro')}
        </p>
        <Flash message={flash} />
        <search aria-labelledby="offices-filter">
          <form method="get" action={OFFICES_PATH} class="row g-3 align-items-end mb-3">
            <h2 id="offices-filter" class="visually-hidden" safe>
              {t('offices.list.filterLegend')}
            </h2>
            {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : ''}
            <div class="col-12 col-md-5">
              <Field
                form={filterForm}
                t={t}
                name="q"
                type="search"
                label={t('offices.list.q')}
                hint={t('offices.list.qHint')}
                maxlength={100}
              />
            </div>
            <div class="col-12 col-md-4">
              <Select
                form={filterForm}
                t={t}
                name="area"
                label={t('offices.list.area')}
                placeholder={t('common.all')}
                options={areaOptions.map((a) => ({ value: a.id, label: a.name }))}
              />
            </div>
            <FilterActions t={t} resetHref={OFFICES_PATH} width="col-md-3" />
          </form>
        </search>
        <ResultsTable
          t={t}
          total={result.total}
          caption={t('offices.list.title')}
          empty={t('common.noResults')}
          isEmpty={result.rows.length === 0}
        >
          <thead>
            <tr>
              <SortHeader
                base={OFFICES_PATH}
                query={{ ...kept, sort: query.sort || 'name' }}
                column="name"
                label={t('offices.fields.name')}
                t={t}
              />
              <th scope="col" safe>
                {t('offices.fields.area')}
              </th>
              <th scope="col" safe>
                {t('offices.fields.email')}
              </th>
              <th scope="col" safe>
                {t('offices.fields.phone')}
              </th>
              <th scope="col" class="text-end" safe>
                {t('offices.list.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((o) => (
              <tr>
                <td>
                  <a href={officePath(o.id)} safe>
                    {o.name}
                  </a>
                </td>
                <td safe>{o.areaName ?? t('offices.list.noArea')}</td>
                <td safe>{o.email}</td>
                <td safe>{o.phone}</td>
                <td class="text-end" safe>
                  {String(o.members)}
                </td>
              </tr>
            ))}
          </tbody>
        </ResultsTable>
        <Pagination
          base={OFFICES_PATH}
          query={kept}
          info={{ page: result.page, pageSize: result.pageSize, total: result.total }}
          t={t}
        />
      </BackofficeLayout>,
    );
  });

  // ---------------------------------------------------------------------------------------------
  // Create and edit
  // ---------------------------------------------------------------------------------------------
  async function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    office: OfficeDetail | null,
    status = 200,
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const areaOptions = await listAreaOptions(ctx.database, chrome.tenant.id);
    const title = office ? t('offices.form.editTitle', { name: office.name }) : t('offices.form.createTitle');
    const action = office ? officePath(office.id, '/modifica') : `${OFFICES_PATH}/nuovo`;
    const labels: Record<string, string> = {
      name: t('offices.fields.name'),
      slug: t('offices.fields.slug'),
      description: t('offices.fields.description'),
      email: t('offices.fields.email'),
      phone: t('offices.fields.phone'),
      address: t('offices.fields.address'),
      areaId: t('offices.fields.area'),
    };
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb
          t={t}
          items={[
            { href: OFFICES_PATH, label: t('offices.list.title') },
            ...(office ? [{ href: officePath(office.id), label: office.name }] : []),
          ]}
          current={office ? t('offices.detail.edit') : t('offices.form.createTitle')}
        />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <p class="small" safe>
          {t('offices.form.requiredNote')}
        </p>
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={action} novalidate>
          <CsrfField token={chrome.csrfToken} />
          <Field form={form} t={t} name="name" label={labels.name!} required maxlength={200} />
          <Field
            form={form}
            t={t}
            name="slug"
            label={labels.slug!}
            hint={t('offices.fields.slugHint')}
            maxlength={80}
          />
          <TextArea
            form={form}
            t={t}
            name="description"
            label={labels.description!}
            maxlength={2000}
            rows={4}
          />
          <div class="row">
            <div class="col-12 col-md-6">
              <Field form={form} t={t} name="email" type="email" label={labels.email!} maxlength={254} />
            </div>
            <div class="col-12 col-md-6">
              <Field form={form} t={t} name="phone" type="tel" label={labels.phone!} maxlength={40} />
            </div>
          </div>
          <Field form={form} t={t} name="address" label={labels.address!} maxlength={300} />
          <Select
            form={form}
            t={t}
            name="areaId"
            label={labels.areaId!}
            placeholder={t('offices.fields.noArea')}
            options={areaOptions.map((a) => ({ value: a.id, label: a.name }))}
          />
          <button type="submit" class="btn btn-primary me-2" safe>
            {office ? t('common.save') : t('common.create')}
          </button>
          <a class="btn btn-outline-secondary" href={office ? officePath(office.id) : OFFICES_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
      </BackofficeLayout>,
      status,
    );
  }

  app.get(`${OFFICES_PATH}/nuovo`, manage, async (request, reply) =>
    renderForm(request, reply, emptyForm(), null),
  );

  app.post(
    `${OFFICES_PATH}/nuovo`,
    { ...manage, schema: { body: OfficeBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request, OFFICE_MESSAGES);
      if (rejected) return renderForm(request, reply, rejected, null, 400);
      const body = request.body as OfficeBody;
      try {
        const { id } = await createOffice(ctx.database, tenantOf(request).id, auditActorOf(request), body);
        return reply.redirect(officePath(id, '?ok=created'), 303);
      } catch (err) {
        return renderForm(request, reply, formFromError(err, { ...body }), null, 400);
      }
    },
  );

  app.get(
    `${OFFICES_PATH}/:id/modifica`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const office = await loadOffice(request);
      return renderForm(request, reply, emptyForm(valuesOf(office)), office);
    },
  );

  app.post(
    `${OFFICES_PATH}/:id/modifica`,
    { ...manage, schema: { params: IdParams, body: OfficeBody }, attachValidation: true },
    async (request, reply) => {
      const office = await loadOffice(request);
      const rejected = rejectedForm(request, OFFICE_MESSAGES);
      if (rejected) return renderForm(request, reply, rejected, office, 400);
      const body = request.body as OfficeBody;
      try {
        const { changed } = await updateOffice(
          ctx.database,
          tenantOf(request).id,
          auditActorOf(request),
          office.id,
          body,
        );
        return reply.redirect(officePath(office.id, `?ok=${changed ? 'saved' : 'unchanged'}`), 303);
      } catch (err) {
        return renderForm(request, reply, formFromError(err, { ...body }), office, 400);
      }
    },
  );

  // ---------------------------------------------------------------------------------------------
  // Detail: data, hours, people
  // ---------------------------------------------------------------------------------------------
  async function renderDetail(
    request: FastifyRequest,
    reply: FastifyReply,
    office: OfficeDetail,
    options: { flash?: string | undefined; memberForm?: FormState; status?: number } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const mayManage = can(request.actor, OFFICES_MANAGE);
    const staffOptions = mayManage
      ? await listStaffOptions(
          ctx.database,
          chrome.tenant.id,
          office.members.map((m) => m.id),
        )
      : [];
    const memberForm = options.memberForm ?? emptyForm();
    const facts: Array<[string, string]> = [
      [t('offices.fields.slug'), office.slug],
      [t('offices.fields.description'), office.description],
      [t('offices.fields.email'), office.email],
      [t('offices.fields.phone'), office.phone],
      [t('offices.fields.address'), office.address],
      [t('offices.fields.area'), office.areaName ?? t('offices.fields.noArea')],
    ];
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={office.name}>
        <Breadcrumb
          t={t}
          items={[{ href: OFFICES_PATH, label: t('offices.list.title') }]}
          current={office.name}
        />
        <h1 class="mb-3" safe>
          {office.name}
        </h1>
        <Flash message={options.flash} />
        {mayManage ? (
          <p class="mb-4">
            <a class="btn btn-primary btn-sm me-2" href={officePath(office.id, '/modifica')} safe>
              {t('offices.detail.edit')}
            </a>
            <a class="btn btn-outline-primary btn-sm me-2" href={officePath(office.id, '/orari')} safe>
              {t('offices.detail.editHours')}
            </a>
            <a class="btn btn-outline-danger btn-sm" href={officePath(office.id, '/elimina')} safe>
              {t('offices.detail.delete')}
            </a>
          </p>
        ) : (
          ''
        )}

        <section class="mb-5" aria-labelledby="office-data">
          <h2 id="office-data" class="h4" safe>
            {t('offices.detail.data')}
          </h2>
          <dl class="row">
            {facts.map(([label, value]) => (
              <>
                <dt class="col-sm-4 col-lg-3" safe>
                  {label}
                </dt>
                <dd class="col-sm-8 col-lg-9 text-break" safe>
                  {value || t('offices.detail.noValue')}
                </dd>
              </>
            ))}
          </dl>
        </section>

        <section class="mb-5" aria-labelledby="office-hours">
          <h2 id="office-hours" class="h4" safe>
            {t('offices.hours.title')}
          </h2>
          {office.hours.length === 0 ? (
            <p safe>{t('offices.hours.none')}</p>
          ) : (
            <dl class="row">
              {WEEKDAYS.map((day) => (
                <>
                  <dt class="col-sm-4 col-lg-3" safe>
                    {t(`offices.weekdays.${day}`)}
                  </dt>
                  <dd class="col-sm-8 col-lg-9" safe>
                    {daySummary(office.hours, day, t)}
                  </dd>
                </>
              ))}
            </dl>
          )}
        </section>

        <section class="mb-5" aria-labelledby="office-members">
          <h2 id="office-members" class="h4" safe>
            {t('offices.members.title')}
          </h2>
          {office.members.length === 0 ? (
            <p safe>{t('offices.members.none')}</p>
          ) : (
            <ul class="list-unstyled">
              {office.members.map((m) => (
                <li class="d-flex flex-wrap align-items-center gap-2 mb-2">
                  <span safe>{`${m.fullName} <${m.email}>`}</span>
                  {mayManage ? (
                    <form
                      method="post"
                      action={officePath(office.id, `/persone/${m.id}/rimuovi`)}
                      class="d-inline"
                    >
                      <CsrfField token={chrome.csrfToken} />
                      <button type="submit" class="btn btn-outline-danger btn-xs">
                        <span safe>{t('offices.members.remove')}</span>
                        <span class="visually-hidden" safe>
                          {t('offices.members.removeWho', { name: m.fullName })}
                        </span>
                      </button>
                    </form>
                  ) : (
                    ''
                  )}
                </li>
              ))}
            </ul>
          )}
          {mayManage ? (
            staffOptions.length === 0 ? (
              <p class="text-muted" safe>
                {t('offices.members.allMembers')}
              </p>
            ) : (
              <form method="post" action={officePath(office.id, '/persone')} class="row g-2 align-items-end">
                <CsrfField token={chrome.csrfToken} />
                <div class="col-12 col-md-8">
                  <Select
                    form={memberForm}
                    t={t}
                    name="staffUserId"
                    label={t('offices.members.person')}
                    placeholder={t('offices.members.choose')}
                    required
                    options={staffOptions.map((s) => ({ value: s.id, label: `${s.fullName} <${s.email}>` }))}
                  />
                </div>
                <div class="col-12 col-md-4 mb-4">
                  <button type="submit" class="btn btn-primary" safe>
                    {t('offices.members.add')}
                  </button>
                </div>
              </form>
            )
          ) : (
            ''
          )}
        </section>
      </BackofficeLayout>,
      options.status ?? 200,
    );
  }

  app.get(
    `${OFFICES_PATH}/:id`,
    { ...read, schema: { params: IdParams, querystring: OkQuery } },
    async (request, reply) => {
      const office = await loadOffice(request);
      const ok = (request.query as { ok?: string }).ok;
      return renderDetail(request, reply, office, {
        flash: ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined,
      });
    },
  );

  app.post(
    `${OFFICES_PATH}/:id/persone`,
    { ...manage, schema: { params: IdParams, body: MemberBody }, attachValidation: true },
    async (request, reply) => {
      const office = await loadOffice(request);
      const body = request.body as { staffUserId?: string };
      const rejected = rejectedForm(request, { staffUserId: 'offices.members.errors.unknown' });
      if (rejected || !body.staffUserId) {
        const form = rejected ?? {
          values: {},
          errors: [{ path: 'staffUserId', code: 'required', message: 'validation.required' }],
        };
        return renderDetail(request, reply, office, { memberForm: form, status: 400 });
      }
      try {
        await addOfficeMember(
          ctx.database,
          tenantOf(request).id,
          auditActorOf(request),
          office.id,
          body.staffUserId,
        );
      } catch (err) {
        return renderDetail(request, reply, office, {
          memberForm: formFromError(err, { ...body }),
          status: 400,
        });
      }
      return reply.redirect(officePath(office.id, '?ok=memberAdded#office-members'), 303);
    },
  );

  app.post(
    `${OFFICES_PATH}/:id/persone/:userId/rimuovi`,
    { ...manage, schema: { params: MemberParams } },
    async (request, reply) => {
      const officeId = officeIdOf(request);
      const userId = (request.params as { userId: string }).userId;
      if (!UUID.test(userId)) throw new AppError('NOT_FOUND');
      await removeOfficeMember(ctx.database, tenantOf(request).id, auditActorOf(request), officeId, userId);
      return reply.redirect(officePath(officeId, '?ok=memberRemoved#office-members'), 303);
    },
  );

  // ---------------------------------------------------------------------------------------------
  // Opening hours
  // ---------------------------------------------------------------------------------------------
  async function renderHours(
    request: FastifyRequest,
    reply: FastifyReply,
    office: OfficeDetail,
    rows: HoursRow[],
    form: FormState,
    status = 200,
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const byDay = new Map<number, HoursRow[]>(WEEKDAYS.map((d) => [d, rows.filter((r) => r.weekday === d)]));
    const title = t('offices.hours.editTitle', { name: office.name });
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb
          t={t}
          items={[
            { href: OFFICES_PATH, label: t('offices.list.title') },
            { href: officePath(office.id), label: office.name },
          ]}
          current={t('offices.hours.title')}
        />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <p safe>{t('offices.hours.intro')}</p>
        <ErrorSummary form={form} t={t} labels={hoursLabels(byDay, t)} />
        <form method="post" action={officePath(office.id, '/orari')} novalidate>
          <CsrfField token={chrome.csrfToken} />
          {/* Enter in a time field submits with the form's first button: make that one "save", not "add". */}
          <p>
            <button type="submit" class="btn btn-primary btn-sm" safe>
              {t('offices.hours.save')}
            </button>
          </p>
          {WEEKDAYS.map((day) => (
            <DayFieldset form={form} t={t} officeId={office.id} day={day} rows={byDay.get(day) ?? []} />
          ))}
          <button type="submit" class="btn btn-primary me-2" safe>
            {t('offices.hours.save')}
          </button>
          <a class="btn btn-outline-secondary" href={officePath(office.id)} safe>
            {t('common.cancel')}
          </a>
        </form>
      </BackofficeLayout>,
      status,
    );
  }

  app.get(
    `${OFFICES_PATH}/:id/orari`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const office = await loadOffice(request);
      return renderHours(request, reply, office, rowsForHours(office.hours), emptyForm());
    },
  );

  /** htmx enhancement of "Aggiungi fascia": one blank row, appended to the day's rows. */
  app.get(
    `${OFFICES_PATH}/:id/orari/fascia`,
    { ...manage, schema: { params: IdParams, querystring: SlotQuery } },
    async (request, reply) => {
      await loadOffice(request);
      const { weekday } = request.query as { weekday: number };
      const t = request.t;
      const row: HoursRow = { index: `n${randomUUID().slice(0, 8)}`, weekday, opens: '', closes: '' };
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('vary', 'HX-Request')
        .send(
          await (
            <SlotRow
              form={emptyForm()}
              t={t}
              row={row}
              context={t('offices.hours.newSlot', { day: t(`offices.weekdays.${weekday}`) })}
            />
          ),
        );
    },
  );

  app.post(
    `${OFFICES_PATH}/:id/orari`,
    { ...manage, schema: { params: IdParams, body: HoursBody }, attachValidation: true },
    async (request, reply) => {
      const office = await loadOffice(request);
      const body = (request.body ?? {}) as {
        weekday?: unknown;
        opens?: unknown;
        closes?: unknown;
        add?: string;
      };
      const weekdays = asList(body.weekday);
      const opens = asList(body.opens);
      const closes = asList(body.closes);
      const submitted = weekdays.map((w, i) => ({
        weekday: w,
        opens: opens[i] ?? '',
        closes: closes[i] ?? '',
      }));
      const rows: HoursRow[] = submitted
        .map((r, index) => ({ index, weekday: Number(r.weekday), opens: r.opens, closes: r.closes }))
        .filter((r) => Number.isInteger(r.weekday) && r.weekday >= 1 && r.weekday <= 7);
      const rejected = rejectedForm(request);
      if (rejected) return renderHours(request, reply, office, rows, rejected, 400);
      if (body.add) {
        // Without JavaScript, "Aggiungi fascia" posts the form: show it again with one more row, save nothing.
        rows.push({ index: submitted.length, weekday: Number(body.add), opens: '', closes: '' });
        return renderHours(request, reply, office, rows, emptyForm());
      }
      try {
        const { changed } = await setOfficeHours(
          ctx.database,
          tenantOf(request).id,
          auditActorOf(request),
          office.id,
          submitted,
        );
        return reply.redirect(
          officePath(office.id, `?ok=${changed ? 'hours' : 'unchanged'}#office-hours`),
          303,
        );
      } catch (err) {
        return renderHours(request, reply, office, rows, formFromError(err, {}), 400);
      }
    },
  );

  // ---------------------------------------------------------------------------------------------
  // Delete, with a confirmation page (works without JavaScript)
  // ---------------------------------------------------------------------------------------------
  app.get(
    `${OFFICES_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const office = await loadOffice(request);
      const chrome = backofficeChrome(request, reply);
      const { t } = chrome;
      const title = t('offices.delete.title', { name: office.name });
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={title}>
          <Breadcrumb
            t={t}
            items={[
              { href: OFFICES_PATH, label: t('offices.list.title') },
              { href: officePath(office.id), label: office.name },
            ]}
            current={t('offices.detail.delete')}
          />
          <h1 class="mb-3" safe>
            {title}
          </h1>
          <div class="alert alert-warning" role="alert">
            <p class="fw-bold" safe>
              {t('offices.delete.question', { name: office.name })}
            </p>
            <p class="mb-0" safe>
              {t('offices.delete.consequences', { count: office.members.length })}
            </p>
          </div>
          <form method="post" action={officePath(office.id, '/elimina')}>
            <CsrfField token={chrome.csrfToken} />
            <button type="submit" class="btn btn-danger me-2" safe>
              {t('offices.delete.confirm')}
            </button>
            <a class="btn btn-outline-secondary" href={officePath(office.id)} safe>
              {t('common.cancel')}
            </a>
          </form>
        </BackofficeLayout>,
      );
    },
  );

  app.post(
    `${OFFICES_PATH}/:id/elimina`,
    { ...manage, schema: { params: IdParams } },
    async (request, reply) => {
      const officeId = officeIdOf(request);
      await deleteOffice(ctx.database, tenantOf(request).id, auditActorOf(request), officeId);
      return reply.redirect(`${OFFICES_PATH}?ok=deleted`, 303);
    },
  );
}
