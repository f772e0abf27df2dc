import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, can, knownPermissions } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import type { Translate } from '../../../platform/i18n/index.js';
import type { BackofficeChrome } from '../../../platform/views/backoffice-layout.js';
import { BackofficeLayout } from '../../../platform/views/backoffice-layout.js';
import { backofficeChrome } from '../../../platform/views/chrome.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  emptyForm,
  errorFor,
  Field,
  type FormState,
  fieldId,
  Select,
} from '../../../platform/views/form.js';
import {
  FilterActions,
  Flash,
  listHref,
  Pagination,
  ResultsTable,
  SortHeader,
} from '../../../platform/views/list.js';
import { createStaffUser } from '../commands/create-staff-user.js';
import { endAllStaffSessions } from '../commands/end-sessions.js';
import { resetStaffPassword } from '../commands/reset-staff-password.js';
import { updateStaffUser } from '../commands/update-staff-user.js';
import { MIN_PASSWORD_LENGTH } from '../passwords.js';
import { USERS_MANAGE } from '../policy.js';
import { countStaffByRole } from '../queries/count-staff-by-role.js';
import { getStaffUser, listOfficeOptions, type StaffUserDetail } from '../queries/get-staff-user.js';
import { listStaffUsers, STAFF_SORTS, type StaffSort } from '../queries/list-staff-users.js';
import { ROLES, type Role, roleDescriptionKey, roleLabelKey } from '../roles.js';
import {
  formatDateTime,
  formFromError,
  PASSWORD_PATH,
  ROLES_PATH,
  rejectedForm,
  staffActorOf,
  USERS_PATH,
} from './shared.js';
import { Facts, OneTimeSecret, RoleBadges, roleOptions } from './views.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const literals = <T extends string>(values: readonly T[]) => values.map((v) => Type.Literal(v));

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  role: Type.Optional(Type.Union([Type.Literal(''), ...literals(ROLES)])),
  active: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('yes'), Type.Literal('no')])),
  sort: Type.Optional(Type.Union([Type.Literal(''), ...literals(STAFF_SORTS)])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
type ListQuery = {
  q?: string;
  role?: Role | '';
  active?: 'yes' | 'no' | '';
  sort?: StaffSort | '';
  page?: number;
  ok?: string;
};

const userFields = {
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ minLength: 1, maxLength: 254, format: 'email' }),
  roles: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
  officeIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 500 })),
  company: Type.Optional(Type.String({ maxLength: 200 })),
};

const CreateBody = Type.Object(
  {
    ...userFields,
    passwordMode: Type.Union([Type.Literal('temporary'), Type.Literal('set')]),
    password: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

const UpdateBody = Type.Object(
  { ...userFields, active: Type.Optional(Type.String({ maxLength: 10 })) },
  { additionalProperties: false },
);

interface UserBody {
  fullName: string;
  email: string;
  roles?: string[];
  officeIds?: string[];
  company?: string;
  passwordMode?: 'temporary' | 'set';
  password?: string;
  active?: string;
}

const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

const USER_FLASHES: Record<string, string> = {
  created: 'identity.users.created',
  saved: 'common.saved',
  sessionsEnded: 'identity.users.sessionsEnded',
};

function userLabels(t: Translate): Record<string, string> {
  return {
    fullName: t('identity.users.fields.fullName'),
    email: t('identity.users.fields.email'),
    roles: t('identity.users.fields.roles'),
    officeIds: t('identity.users.fields.offices'),
    company: t('identity.users.fields.company'),
    passwordMode: t('identity.users.fields.passwordMode'),
    password: t('identity.users.fields.password'),
    active: t('identity.users.fields.active'),
  };
}

function statusOf(user: { active: boolean; locked?: boolean; lockedUntil?: Date | null }, t: Translate) {
  if (!user.active) return t('identity.users.status.inactive');
  const locked = user.locked ?? (user.lockedUntil ? user.lockedUntil.getTime() > Date.now() : false);
  return locked ? t('identity.users.status.locked') : t('identity.users.status.active');
}

function Breadcrumb(props: { t: Translate; current: string }): JSX.Element {
  return (
    <nav class="breadcrumb-container" aria-label={props.t('identity.users.breadcrumb')}>
      <ol class="breadcrumb">
        <li class="breadcrumb-item">
          <a href={USERS_PATH} safe>
            {props.t('identity.users.title')}
          </a>
          <span class="separator">/</span>
        </li>
        <li class="breadcrumb-item active" aria-current="page" safe>
          {props.current}
        </li>
      </ol>
    </nav>
  );
}

/** The radio pair of the create form: temporary password (default) or one typed by the administrator. */
function PasswordModeField(props: { form: FormState; t: Translate }): JSX.Element {
  const { form, t } = props;
  const mode = form.values.passwordMode === 'set' ? 'set' : 'temporary';
  const id = fieldId('passwordMode');
  const error = errorFor(form, 'passwordMode', t);
  return (
    <fieldset class="mb-4" id={id}>
      <legend class="h6" safe>
        {t('identity.users.fields.passwordMode')}
      </legend>
      <div class="form-check">
        <input
          class="form-check-input"
          type="radio"
          name="passwordMode"
          id={`${id}-temporary`}
          value="temporary"
          checked={mode === 'temporary'}
        />
        <label class="form-check-label" for={`${id}-temporary`} safe>
          {t('identity.users.passwordModeTemporary')}
        </label>
      </div>
      <div class="form-check">
        <input
          class="form-check-input"
          type="radio"
          name="passwordMode"
          id={`${id}-set`}
          value="set"
          checked={mode === 'set'}
        />
        <label class="form-check-label" for={`${id}-set`} safe>
          {t('identity.users.passwordModeSet')}
        </label>
      </div>
      {error ? (
        <div class="invalid-feedback d-block" safe>
          {error}
        </div>
      ) : (
        ''
      )}
    </fieldset>
  );
}

function UserForm(props: {
  chrome: BackofficeChrome;
  form: FormState;
  offices: Array<{ id: string; name: string }>;
  action: string;
  mode: 'create' | 'edit';
}): JSX.Element {
  const { chrome, form, offices, mode } = props;
  const { t } = chrome;
  const labels = userLabels(t);
  return (
    <>
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={chrome.csrfToken} />
        <Field
          form={form}
          t={t}
          name="fullName"
          label={labels.fullName!}
          required
          maxlength={200}
          autocomplete="off"
        />
        <Field
          form={form}
          t={t}
          name="email"
          type="email"
          label={labels.email!}
          required
          maxlength={254}
          autocomplete="off"
        />
        <CheckboxGroup
          form={form}
          t={t}
          name="roles"
          legend={labels.roles!}
          options={roleOptions(ROLES, t)}
        />
        {offices.length > 0 ? (
          <CheckboxGroup
            form={form}
            t={t}
            name="officeIds"
            legend={labels.officeIds!}
            options={offices.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : (
          <p class="text-muted" safe>
            {t('identity.users.noOffices')}
          </p>
        )}
        <Field
          form={form}
          t={t}
          name="company"
          label={labels.company!}
          hint={t('identity.users.companyHint')}
          maxlength={200}
        />
        {mode === 'create' ? (
          <>
            <PasswordModeField form={form} t={t} />
            <Field
              form={form}
              t={t}
              name="password"
              type="password"
              label={labels.password!}
              hint={t('identity.users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autocomplete="new-password"
            />
          </>
        ) : (
          <div class="form-check mb-4">
            <input
              class="form-check-input"
              type="checkbox"
              id={fieldId('active')}
              name="active"
              value="1"
              checked={Boolean(form.values.active)}
              aria-describedby={errorFor(form, 'active', t) ? `${fieldId('active')}-error` : undefined}
            />
            <label class="form-check-label" for={fieldId('active')} safe>
              {t('identity.users.activeLabel')}
            </label>
            {errorFor(form, 'active', t) ? (
              <div id={`${fieldId('active')}-error`} class="invalid-feedback d-block" safe>
                {errorFor(form, 'active', t)}
              </div>
            ) : (
              ''
            )}
          </div>
        )}
        <button type="submit" class="btn btn-primary" safe>
          {mode === 'create' ? t('identity.users.createSubmit') : t('common.save')}
        </button>
        <a class="btn btn-link" href={USERS_PATH} safe>
          {t('common.cancel')}
        </a>
      </form>
    </>
  );
}

function formValuesOf(user: StaffUserDetail): Record<string, unknown> {
  return {
    fullName: user.fullName,
    email: user.email,
    roles: user.roles,
    officeIds: user.officeIds,
    company: user.company ?? '',
    active: user.active ? '1' : '',
  };
}

function asArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === '' ? [] : [String(value)];
}

/** Staff accounts and roles, for administrators (permission users.manage). */
export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: authorize(USERS_MANAGE) };

  async function loadUser(request: FastifyRequest): Promise<StaffUserDetail> {
    const { id } = request.params as { id: string };
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    const user = await getStaffUser(ctx.database, tenantOf(request).id, id);
    if (!user) throw new AppError('NOT_FOUND');
    return user;
  }

  async function renderCreate(request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const offices = await listOfficeOptions(ctx.database, chrome.tenant.id);
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('identity.users.newTitle')}>
        <Breadcrumb t={t} current={t('identity.users.newTitle')} />
        <h1 class="mb-4" safe>
          {t('identity.users.newTitle')}
        </h1>
        <UserForm
          chrome={chrome}
          form={form}
          offices={offices}
          action={`${USERS_PATH}/nuovo`}
          mode="create"
        />
      </BackofficeLayout>,
      status,
    );
  }

  async function renderEdit(
    request: FastifyRequest,
    reply: FastifyReply,
    user: StaffUserDetail,
    form: FormState,
    opts: { status?: number; flash?: string | undefined } = {},
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, locale } = chrome;
    const offices = await listOfficeOptions(ctx.database, chrome.tenant.id);
    const base = `${USERS_PATH}/${user.id}`;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={user.fullName}>
        <Breadcrumb t={t} current={user.fullName} />
        <h1 class="mb-4" safe>
          {user.fullName}
        </h1>
        <Flash message={opts.flash} />
        <div class="row g-5">
          <div class="col-12 col-xl-7">
            <UserForm chrome={chrome} form={form} offices={offices} action={base} mode="edit" />
          </div>
          <div class="col-12 col-xl-5">
            <h2 class="h5" safe>
              {t('identity.users.accountHeading')}
            </h2>
            <Facts
              items={[
                [t('identity.users.fields.status'), statusOf(user, t)],
                [
                  t('identity.users.fields.lastLogin'),
                  formatDateTime(user.lastLoginAt, locale) || t('identity.users.neverLoggedIn'),
                ],
                [t('identity.users.fields.totp'), user.totpEnabled ? t('common.yes') : t('common.no')],
                [
                  t('identity.users.fields.mustChange'),
                  user.mustChangePassword ? t('common.yes') : t('common.no'),
                ],
                [t('identity.users.fields.createdAt'), formatDateTime(user.createdAt, locale)],
              ]}
            />
            <form method="post" action={`${base}/password`} class="mb-3">
              <CsrfField token={chrome.csrfToken} />
              <button type="submit" class="btn btn-outline-primary" safe>
                {t('identity.users.resetPassword')}
              </button>
              <p class="form-text" safe>
                {t('identity.users.resetPasswordHint')}
              </p>
            </form>
            <form method="post" action={`${base}/disconnetti`}>
              <CsrfField token={chrome.csrfToken} />
              <button type="submit" class="btn btn-outline-danger" safe>
                {t('identity.users.endSessions')}
              </button>
              <p class="form-text" safe>
                {t('identity.users.endSessionsHint')}
              </p>
            </form>
          </div>
        </div>
      </BackofficeLayout>,
      opts.status ?? 200,
    );
  }

  async function renderOneTimePassword(
    request: FastifyRequest,
    reply: FastifyReply,
    user: { id: string; fullName: string; email: string },
    password: string,
    heading: string,
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    // Shown on the POST's own response, never in a URL or a cookie: reloading does not show it again.
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={heading}>
        <Breadcrumb t={t} current={user.fullName} />
        <h1 class="mb-4" safe>
          {heading}
        </h1>
        <p safe>{t('identity.users.temporaryIntro', { name: user.fullName, email: user.email })}</p>
        <OneTimeSecret
          label={t('identity.users.temporaryPassword')}
          value={password}
          warning={t('identity.users.temporaryWarning')}
        />
        <p class="mt-4">
          <a class="btn btn-primary" href={`${USERS_PATH}/${user.id}`} safe>
            {t('identity.users.goToUser')}
          </a>
        </p>
      </BackofficeLayout>,
    );
  }

  app.get(USERS_PATH, { ...guard, schema: { querystring: ListQuery } }, async (request, reply) => {
    const query = request.query as ListQuery;
    const chrome = backofficeChrome(request, reply);
    const { t, locale } = chrome;
    const result = await listStaffUsers(ctx.database, chrome.tenant.id, {
      q: query.q,
      role: query.role || undefined,
      active: query.active || undefined,
      sort: query.sort || undefined,
      page: query.page,
    });
    const kept = { q: query.q, role: query.role, active: query.active, sort: query.sort };
    const filterForm = emptyForm({ q: query.q ?? '', role: query.role ?? '', active: query.active ?? '' });
    const flash = query.ok && USER_FLASHES[query.ok] ? t(USER_FLASHES[query.ok]!) : undefined;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('identity.users.title')}>
        <div class="d-flex flex-wrap justify-content-between align-items-center mb-4">
          <h1 class="mb-0" safe>
            {t('identity.users.title')}
          </h1>
          <a class="btn btn-primary" href={`${USERS_PATH}/nuovo`} safe>
            {t('identity.users.new')}
          </a>
        </div>
        <Flash message={flash} />
        <form method="get" action={USERS_PATH} class="row g-3 align-items-end mb-4">
          {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : ''}
          <div class="col-12 col-md-4">
            <Field
              form={filterForm}
              t={t}
              name="q"
              type="search"
              label={t('identity.users.filters.q')}
              maxlength={100}
            />
          </div>
          <div class="col-12 col-md-3">
            <Select
              form={filterForm}
              t={t}
              name="role"
              label={t('identity.users.filters.role')}
              placeholder={t('common.all')}
              options={ROLES.map((r) => ({ value: r, label: t(roleLabelKey(r)) }))}
            />
          </div>
          <div class="col-12 col-md-2">
            <Select
              form={filterForm}
              t={t}
              name="active"
              label={t('identity.users.filters.active')}
              placeholder={t('common.all')}
              options={[
                { value: 'yes', label: t('identity.users.filters.activeYes') },
                { value: 'no', label: t('identity.users.filters.activeNo') },
              ]}
            />
          </div>
          <FilterActions t={t} resetHref={USERS_PATH} width="col-md-3" />
        </form>
        <ResultsTable
          t={t}
          total={result.total}
          caption={t('identity.users.title')}
          empty={t('common.noResults')}
          isEmpty={result.rows.length === 0}
        >
          <thead>
            <tr>
              <SortHeader
                base={USERS_PATH}
                query={kept}
                column="name"
                label={t('identity.users.fields.fullName')}
                t={t}
              />
              <SortHeader
                base={USERS_PATH}
                query={kept}
                column="email"
                label={t('identity.users.fields.email')}
                t={t}
              />
              <th scope="col" safe>
                {t('identity.users.fields.roles')}
              </th>
              <th scope="col" safe>
                {t('identity.users.fields.status')}
              </th>
              <SortHeader
                base={USERS_PATH}
                query={kept}
                column="lastLogin"
                label={t('identity.users.fields.lastLogin')}
                t={t}
              />
            </tr>
          </thead>
          <tbody>
            {result.rows.map((u) => (
              <tr>
                <td>
                  <a href={`${USERS_PATH}/${u.id}`} safe>
                    {u.fullName}
                  </a>
                  {u.company ? (
                    <div class="small text-muted" safe>
                      {u.company}
                    </div>
                  ) : (
                    ''
                  )}
                </td>
                <td safe>{u.email}</td>
                <td>
                  <RoleBadges roles={u.roles} t={t} />
                </td>
                <td safe>{statusOf(u, t)}</td>
                <td safe>{formatDateTime(u.lastLoginAt, locale) || t('identity.users.neverLoggedIn')}</td>
              </tr>
            ))}
          </tbody>
        </ResultsTable>
        <Pagination
          base={USERS_PATH}
          query={kept}
          info={{ page: result.page, pageSize: result.pageSize, total: result.total }}
          t={t}
        />
      </BackofficeLayout>,
    );
  });

  app.get(`${USERS_PATH}/nuovo`, guard, async (request, reply) =>
    renderCreate(request, reply, emptyForm({ passwordMode: 'temporary' })),
  );

  app.post(
    `${USERS_PATH}/nuovo`,
    { ...guard, schema: { body: CreateBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request);
      if (rejected) return renderCreate(request, reply, rejected, 400);
      const body = request.body as UserBody;
      let created: Awaited<ReturnType<typeof createStaffUser>>;
      try {
        created = await createStaffUser(ctx.database, tenantOf(request).id, staffActorOf(request), {
          fullName: body.fullName,
          email: body.email,
          roles: asArray(body.roles),
          officeIds: asArray(body.officeIds),
          company: body.company ?? '',
          passwordMode: body.passwordMode ?? 'temporary',
          password: body.password,
        });
      } catch (err) {
        return renderCreate(request, reply, formFromError(err, { ...body, password: '' }), 400);
      }
      if (!created.temporaryPassword) return reply.redirect(`${USERS_PATH}/${created.id}?ok=created`, 303);
      return renderOneTimePassword(
        request,
        reply,
        { id: created.id, fullName: body.fullName.trim(), email: body.email.trim().toLowerCase() },
        created.temporaryPassword,
        request.t('identity.users.createdTitle'),
      );
    },
  );

  app.get(
    `${USERS_PATH}/:id`,
    {
      ...guard,
      schema: {
        params: IdParams,
        querystring: Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) }),
      },
    },
    async (request, reply) => {
      const user = await loadUser(request);
      const ok = (request.query as { ok?: string }).ok;
      const flash = ok && USER_FLASHES[ok] ? request.t(USER_FLASHES[ok]!) : undefined;
      return renderEdit(request, reply, user, emptyForm(formValuesOf(user)), { flash });
    },
  );

  app.post(
    `${USERS_PATH}/:id`,
    { ...guard, schema: { params: IdParams, body: UpdateBody }, attachValidation: true },
    async (request, reply) => {
      const user = await loadUser(request);
      const rejected = rejectedForm(request);
      if (rejected) return renderEdit(request, reply, user, rejected, { status: 400 });
      const body = request.body as UserBody;
      try {
        await updateStaffUser(ctx.database, tenantOf(request).id, staffActorOf(request), user.id, {
          fullName: body.fullName,
          email: body.email,
          roles: asArray(body.roles),
          officeIds: asArray(body.officeIds),
          company: body.company ?? '',
          active: Boolean(body.active),
        });
      } catch (err) {
        return renderEdit(request, reply, user, formFromError(err, { ...body }), { status: 400 });
      }
      return reply.redirect(`${USERS_PATH}/${user.id}?ok=saved`, 303);
    },
  );

  app.post(
    `${USERS_PATH}/:id/password`,
    { ...guard, schema: { params: IdParams } },
    async (request, reply) => {
      const user = await loadUser(request);
      const actor = staffActorOf(request);
      // One's own password is changed knowing the current one, not reset.
      if (user.id === actor.id) return reply.redirect(PASSWORD_PATH, 303);
      const { temporaryPassword } = await resetStaffPassword(
        ctx.database,
        tenantOf(request).id,
        actor,
        user.id,
      );
      return renderOneTimePassword(
        request,
        reply,
        user,
        temporaryPassword,
        request.t('identity.users.resetTitle'),
      );
    },
  );

  app.post(
    `${USERS_PATH}/:id/disconnetti`,
    { ...guard, schema: { params: IdParams } },
    async (request, reply) => {
      const user = await loadUser(request);
      await endAllStaffSessions(ctx.database, tenantOf(request).id, staffActorOf(request), user.id);
      return reply.redirect(`${USERS_PATH}/${user.id}?ok=sessionsEnded`, 303);
    },
  );

  app.get(ROLES_PATH, guard, async (request, reply) => {
    const chrome = backofficeChrome(request, reply);
    const { t } = chrome;
    const counts = await countStaffByRole(ctx.database, chrome.tenant.id);
    const permissions = knownPermissions();
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={t('identity.rolesPage.title')}>
        <h1 class="mb-3" safe>
          {t('identity.rolesPage.title')}
        </h1>
        <p class="mb-4" safe>
          {t('identity.rolesPage.intro')}
        </p>
        <div class="table-responsive">
          <table class="table">
            <caption class="visually-hidden" safe>
              {t('identity.rolesPage.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('identity.rolesPage.role')}
                </th>
                <th scope="col" safe>
                  {t('identity.rolesPage.description')}
                </th>
                <th scope="col" safe>
                  {t('identity.rolesPage.activeUsers')}
                </th>
                <th scope="col" safe>
                  {t('identity.rolesPage.permissions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROLES.map((role) => {
                const probe = {
                  kind: 'staff' as const,
                  id: '',
                  name: '',
                  email: '',
                  roles: [role],
                  officeIds: [],
                  sessionId: '',
                };
                const held = role === 'admin' ? [] : permissions.filter((p) => can(probe, p));
                return (
                  <tr>
                    <th scope="row" safe>
                      {t(roleLabelKey(role))}
                    </th>
                    <td safe>{t(roleDescriptionKey(role))}</td>
                    <td>
                      <a href={listHref(USERS_PATH, {}, { role, active: 'yes' })} safe>
                        {String(counts.get(role) ?? 0)}
                      </a>
                    </td>
                    <td>
                      {role === 'admin' ? (
                        <span safe>{t('identity.rolesPage.allPermissions')}</span>
                      ) : held.length === 0 ? (
                        <span class="text-muted" safe>
                          {t('common.none')}
                        </span>
                      ) : (
                        <ul class="list-unstyled mb-0">
                          {held.map((p) => (
                            <li>
                              <code safe>{p}</code>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </BackofficeLayout>,
    );
  });
}
