import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireCitizen } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { formFromError, rejectedForm } from '../../../platform/validation/forms.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { CsrfField, ErrorSummary, emptyForm, Field, type FormState } from '../../../platform/views/form.js';
import { Flash } from '../../../platform/views/list.js';
import { PortalLayout } from '../../../platform/views/portal-layout.js';
import { acknowledgeNotice } from '../commands/acknowledge-notice.js';
import { exportPersonalData } from '../commands/export-personal-data.js';
import { updateContacts } from '../commands/update-contacts.js';
import { type CitizenProfile, citizenProfile, type ErasureStatus } from '../queries/citizen-profile.js';
import { pendingNoticeVersion } from '../queries/consents.js';
import { currentNotice } from '../queries/notices.js';
import { citizenActorOf } from './actors.js';
import { formatDate, formatDateTime, isoDay } from './format.js';
import {
  AREA_CONSENTS_PATH,
  AREA_CONTACTS_PATH,
  AREA_ERASURE_PATH,
  AREA_EXPORT_PATH,
  AREA_NOTICE_PATH,
  AREA_PATH,
  GATE_EXEMPT,
  LOGOUT_PATH,
  NOTICE_PATH,
  personalAreaNext,
} from './paths.js';
import { Facts, NoticeBody } from './views.js';

const ContactsBody = Type.Object(
  {
    email: Type.String({ maxLength: 254 }),
    phone: Type.String({ maxLength: 30 }),
  },
  { additionalProperties: false },
);

const AckBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    next: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

const FlashQuery = Type.Object({ ok: Type.Optional(Type.String({ maxLength: 40 })) });
const NoticeQuery = Type.Object({
  next: Type.Optional(Type.String({ maxLength: 500 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});

const AREA_FLASHES: Record<string, string> = {
  saved: 'privacy.area.contactsSaved',
  unchanged: 'privacy.area.contactsUnchanged',
  acknowledged: 'privacy.consent.acknowledgedFlash',
};

export function flashOf(
  t: Translate,
  table: Record<string, string>,
  ok: string | undefined,
): string | undefined {
  return ok && table[ok] ? t(table[ok]!) : undefined;
}

/** A tab of the personal area that another module adds (messages, appointments, preferences…). */
export interface PersonalAreaSection {
  /** Path under /area-personale. */
  href: string;
  /** i18n key of the tab's label. */
  label: string;
  /** Position among the tabs: profile 0, consents 800, notice 850, erasure 900. */
  order: number;
}

const sections = new Map<string, PersonalAreaSection>();

/** Adds a tab to the personal area's navigation; the module serves the page itself. */
export function registerPersonalAreaSection(section: PersonalAreaSection): void {
  if (!section.href.startsWith(`${AREA_PATH}/`)) throw new Error(`not a personal-area path: ${section.href}`);
  sections.set(section.href, section);
}

/** Links shared by the personal-area pages. */
export function AreaNav(props: { t: Translate; current: string }): JSX.Element {
  const { t } = props;
  const entries: PersonalAreaSection[] = [
    { href: AREA_PATH, label: 'privacy.area.nav.profile', order: 0 },
    ...sections.values(),
    { href: AREA_CONSENTS_PATH, label: 'privacy.area.nav.consents', order: 800 },
    { href: AREA_NOTICE_PATH, label: 'privacy.area.nav.notice', order: 850 },
    { href: AREA_ERASURE_PATH, label: 'privacy.area.nav.erasure', order: 900 },
  ];
  const links = entries.sort((a, b) => a.order - b.order).map((s) => [s.href, t(s.label)] as const);
  return (
    <nav class="mb-4" aria-label={t('privacy.area.nav.label')}>
      <ul class="nav nav-tabs">
        {links.map(([href, label]) => (
          <li class="nav-item">
            <a
              class={href === props.current ? 'nav-link active' : 'nav-link'}
              href={href}
              aria-current={href === props.current ? 'page' : undefined}
              safe
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of a personal-area page: the title, the logout button and the tabs. Other modules' pages
 * (through the privacy module's index.ts) look the same as the profile.
 */
export function PersonalAreaFrame(props: {
  t: Translate;
  csrfToken: string;
  current: string;
  title: string;
  children?: JSX.Element | JSX.Element[] | string;
}): JSX.Element {
  const { t } = props;
  return (
    <>
      <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
        <h1 class="mb-0" safe>
          {props.title}
        </h1>
        <form method="post" action={LOGOUT_PATH}>
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="btn btn-outline-primary btn-sm" safe>
            {t('privacy.area.logout')}
          </button>
        </form>
      </div>
      <AreaNav t={t} current={props.current} />
      {props.children as 'safe'}
    </>
  );
}

function ErasureNotice(props: {
  t: Translate;
  locale: Parameters<typeof formatDate>[1];
  erasure: ErasureStatus | null;
}) {
  const { t, erasure } = props;
  if (!erasure || erasure.status === 'completed') return '';
  if (erasure.status === 'pending')
    return (
      <div class="alert alert-warning" role="status">
        <p class="mb-1" safe>
          {t('privacy.area.erasurePending', { date: formatDate(erasure.requestedAt, props.locale) })}
        </p>
        <a href={AREA_ERASURE_PATH} safe>
          {t('privacy.area.erasureDetails')}
        </a>
      </div>
    );
  return (
    <div class="alert alert-info" role="status">
      <p class="mb-1" safe>
        {t('privacy.area.erasureRejected', {
          date: erasure.processedAt ? formatDate(erasure.processedAt, props.locale) : '',
        })}
      </p>
      <p class="mb-0" safe>
        {erasure.reason}
      </p>
    </div>
  );
}

/**
 * The citizen's personal area: profile and contacts, consents, the privacy notice, the download of
 * their data and the request of erasure. A citizen who has not acknowledged the notice in force is
 * taken to it first, from any page under /area-personale (other modules' pages included).
 */
export function registerPersonalAreaRoutes(app: FastifyInstance, ctx: AppContext): void {
  const guard = { preHandler: requireCitizen };

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (request.actor.kind !== 'citizen' || !request.tenant) return;
    const path = (request.url.split('?')[0] ?? '').replace(/\/+$/, '');
    if (path !== AREA_PATH && !path.startsWith(`${AREA_PATH}/`)) return;
    if (GATE_EXEMPT.has(path)) return;
    const tenantId = request.tenant.id;
    const citizenId = request.actor.id;
    const pending = await withTenant(ctx.database, tenantId, (tx) =>
      pendingNoticeVersion(tx, tenantId, citizenId),
    );
    if (pending === null) return;
    return reply
      .header('cache-control', 'no-store')
      .redirect(`${AREA_NOTICE_PATH}?next=${encodeURIComponent(request.url)}`, 303);
  });

  async function renderArea(
    request: FastifyRequest,
    reply: FastifyReply,
    opts: { form?: FormState; flash?: string | undefined; status?: number } = {},
  ) {
    const chrome = portalChrome(request);
    const { t, locale } = chrome;
    const csrf = reply.generateCsrf();
    const actor = citizenActorOf(request);
    const found = await citizenProfile(ctx.database, chrome.tenant.id, actor.id);
    if (!found) throw new AppError('UNAUTHENTICATED');
    const { profile, erasure } = found;
    const form = opts.form ?? emptyForm({ email: profile.email ?? '', phone: profile.phone ?? '' });
    const labels = { email: t('privacy.area.fields.email'), phone: t('privacy.area.fields.phone') };
    return sendPage(
      reply,
      <PortalLayout {...chrome} title={t('privacy.area.title')}>
        <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
          <h1 class="mb-0" safe>
            {t('privacy.area.title')}
          </h1>
          <form method="post" action={LOGOUT_PATH}>
            <CsrfField token={csrf} />
            <button type="submit" class="btn btn-outline-primary btn-sm" safe>
              {t('privacy.area.logout')}
            </button>
          </form>
        </div>
        <AreaNav t={t} current={AREA_PATH} />
        <Flash message={opts.flash} />
        <ErasureNotice t={t} locale={locale} erasure={erasure} />
        <div class="row g-5">
          <section class="col-12 col-lg-6" aria-labelledby="profile-heading">
            <h2 class="h4" id="profile-heading" safe>
              {t('privacy.area.profileHeading')}
            </h2>
            <Facts items={profileFacts(t, locale, profile)} />
            <p class="small text-muted" safe>
              {t('privacy.area.identityNote')}
            </p>
          </section>
          <section class="col-12 col-lg-6" aria-labelledby="contacts-heading">
            <h2 class="h4" id="contacts-heading" safe>
              {t('privacy.area.contactsHeading')}
            </h2>
            <p safe>{t('privacy.area.contactsIntro')}</p>
            <ErrorSummary form={form} t={t} labels={labels} />
            <form method="post" action={AREA_CONTACTS_PATH} novalidate>
              <CsrfField token={csrf} />
              <Field
                form={form}
                t={t}
                name="email"
                type="email"
                label={labels.email}
                autocomplete="email"
                maxlength={254}
                hint={t('privacy.area.emailHint')}
              />
              <Field
                form={form}
                t={t}
                name="phone"
                type="tel"
                label={labels.phone}
                autocomplete="tel"
                maxlength={30}
                inputmode="tel"
                hint={t('privacy.area.phoneHint')}
              />
              <button type="submit" class="btn btn-primary" safe>
                {t('privacy.area.saveContacts')}
              </button>
            </form>
          </section>
        </div>
        <section class="mt-5" aria-labelledby="data-heading">
          <h2 class="h4" id="data-heading" safe>
            {t('privacy.area.dataHeading')}
          </h2>
          <ul class="list-unstyled">
            <li class="mb-2">
              <a href={AREA_CONSENTS_PATH} safe>
                {t('privacy.area.links.consents')}
              </a>
            </li>
            <li class="mb-2">
              <a href={AREA_EXPORT_PATH} safe>
                {t('privacy.area.links.export')}
              </a>
            </li>
            <li class="mb-2">
              <a href={AREA_ERASURE_PATH} safe>
                {t('privacy.area.links.erasure')}
              </a>
            </li>
            <li class="mb-2">
              <a href={NOTICE_PATH} safe>
                {t('privacy.area.links.notice')}
              </a>
            </li>
          </ul>
        </section>
      </PortalLayout>,
      opts.status ?? 200,
    );
  }

  app.get(AREA_PATH, { ...guard, schema: { querystring: FlashQuery } }, async (request, reply) => {
    const { ok } = request.query as { ok?: string };
    return renderArea(request, reply, { flash: flashOf(request.t, AREA_FLASHES, ok) });
  });

  app.post(
    AREA_CONTACTS_PATH,
    { ...guard, schema: { body: ContactsBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request);
      if (rejected) return renderArea(request, reply, { form: rejected, status: 400 });
      const body = request.body as { email: string; phone: string };
      try {
        const { changed } = await updateContacts(
          ctx.database,
          tenantOf(request).id,
          citizenActorOf(request),
          body,
        );
        return reply.redirect(`${AREA_PATH}?ok=${changed ? 'saved' : 'unchanged'}`, 303);
      } catch (err) {
        return renderArea(request, reply, { form: formFromError(err, body), status: 400 });
      }
    },
  );

  app.get(
    AREA_NOTICE_PATH,
    { ...guard, schema: { querystring: NoticeQuery }, attachValidation: true },
    async (request, reply) => {
      const query = request.validationError ? {} : (request.query as { next?: string; ok?: string });
      const chrome = portalChrome(request);
      const { t, locale } = chrome;
      const actor = citizenActorOf(request);
      const { notice, pending } = await withTenant(ctx.database, chrome.tenant.id, async (tx) => ({
        notice: await currentNotice(tx, chrome.tenant.id),
        pending: await pendingNoticeVersion(tx, chrome.tenant.id, actor.id),
      }));
      const next = personalAreaNext(query.next);
      return sendPage(
        reply,
        <PortalLayout {...chrome} title={t('privacy.consent.title')}>
          <h1 class="mb-3" safe>
            {t('privacy.consent.title')}
          </h1>
          <AreaNav t={t} current={AREA_NOTICE_PATH} />
          <Flash message={flashOf(t, AREA_FLASHES, query.ok)} />
          {!notice ? (
            <p safe>
              {t('privacy.notice.none', {
                comune: chrome.tenant.name,
                email: chrome.tenant.email || chrome.tenant.pec,
              })}
            </p>
          ) : (
            <>
              {pending !== null ? (
                <div class="callout important">
                  <div class="callout-title" safe>
                    {t('privacy.consent.requiredTitle')}
                  </div>
                  <p safe>{t('privacy.consent.requiredText')}</p>
                </div>
              ) : (
                <p class="alert alert-success" role="status" safe>
                  {t('privacy.consent.alreadyAcknowledged', { version: notice.version })}
                </p>
              )}
              <article class="border rounded p-4 mb-4" aria-labelledby="notice-title">
                <h2 class="h3" id="notice-title" safe>
                  {notice.title}
                </h2>
                <p class="text-muted" safe>
                  {t('privacy.notice.versionOf', {
                    version: notice.version,
                    date: formatDate(notice.publishedAt, locale),
                  })}
                </p>
                <NoticeBody body={notice.body} />
              </article>
              {pending !== null ? (
                <form method="post" action={AREA_NOTICE_PATH}>
                  <CsrfField token={reply.generateCsrf()} />
                  <input type="hidden" name="version" value={String(notice.version)} />
                  {next ? <input type="hidden" name="next" value={next} /> : ''}
                  <button type="submit" class="btn btn-primary" safe>
                    {t('privacy.consent.acknowledge')}
                  </button>
                </form>
              ) : (
                <a class="btn btn-primary" href={next ?? AREA_PATH} safe>
                  {t('privacy.consent.continue')}
                </a>
              )}
            </>
          )}
        </PortalLayout>,
      );
    },
  );

  app.post(AREA_NOTICE_PATH, { ...guard, schema: { body: AckBody } }, async (request, reply) => {
    const body = request.body as { version: number; next?: string };
    try {
      await acknowledgeNotice(ctx.database, tenantOf(request).id, citizenActorOf(request), body.version);
    } catch (err) {
      // A newer version was published while the page was open: show it.
      if (err instanceof AppError && err.code === 'STALE_VERSION')
        return reply.redirect(AREA_NOTICE_PATH, 303);
      throw err;
    }
    const next = personalAreaNext(body.next);
    return reply.redirect(next ?? `${AREA_PATH}?ok=acknowledged`, 303);
  });

  app.get(AREA_EXPORT_PATH, guard, async (request, reply) => {
    const tenant = tenantOf(request);
    const data = await exportPersonalData(ctx.database, tenant, citizenActorOf(request));
    return reply
      .header('content-disposition', `attachment; filename="campanile-dati-${isoDay(new Date())}.json"`)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });
}

function profileFacts(
  t: Translate,
  locale: Parameters<typeof formatDate>[1],
  p: CitizenProfile,
): Array<[string, string]> {
  return [
    [t('privacy.area.fields.name'), `${p.givenName} ${p.familyName}`],
    [t('privacy.area.fields.fiscalCode'), p.fiscalCode],
    [t('privacy.area.fields.email'), p.email ?? t('privacy.area.notGiven')],
    [t('privacy.area.fields.phone'), p.phone ?? t('privacy.area.notGiven')],
    [t('privacy.area.fields.lastLogin'), formatDateTime(p.lastLoginAt, locale) || t('privacy.area.notGiven')],
    [t('privacy.area.fields.since'), formatDate(p.createdAt, locale)],
  ];
}
