import { Type } from '@sinclair/typebox';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import { authorize } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { sendPage } from '../../../platform/http/server.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { formFromError, rejectedForm } from '../../../platform/validation/forms.js';
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
import { Flash, listHref, Pagination } from '../../../platform/views/list.js';
import { areas } from '../../tenancy/schema.js';
import { type EventInput, type PlaceInput, saveEvent, savePlace, setEventStatus } from '../commands/save.js';
import { EVENTS_MANAGE, PLACES_MANAGE } from '../policy.js';
import { EVENT_STATUSES, type EventRow, events, type PlaceRow, placeKinds, places } from '../schema.js';
import { EVENTS_PUBLIC_PATH, PLACES_PUBLIC_PATH } from './portal.js';

export const PLACES_ADMIN_PATH = '/backoffice/luoghi';
export const EVENTS_ADMIN_PATH = '/backoffice/eventi';
const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_OR_EMPTY = '^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const SLUG_OR_EMPTY = '^$|^[a-z0-9]+(?:-[a-z0-9]+)*$';
const EMAIL_OR_EMPTY = '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
const NUMBER = '^-?[0-9]{1,3}(\\.[0-9]{1,8})?$';
const DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const TIME = '^[0-9]{2}:[0-9]{2}$';

const FLASHES: Record<string, string> = {
  created: 'places.flash.created',
  saved: 'places.flash.saved',
  unchanged: 'places.flash.unchanged',
  published: 'places.flash.published',
  cancelled: 'places.flash.cancelled',
};

const text = (max: number) => Type.Optional(Type.String({ maxLength: max }));

const PlaceBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String()),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    slug: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
    kindId: Type.String({ pattern: UUID_OR_EMPTY }),
    description: text(4000),
    address: text(300),
    areaId: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
    lat: Type.String({ pattern: NUMBER }),
    lon: Type.String({ pattern: NUMBER }),
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9+ ()./-]*$' })),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: EMAIL_OR_EMPTY })),
    website: text(300),
    openingNotes: text(1000),
    accessibilityNotes: text(1000),
    topics: text(500),
  },
  { additionalProperties: false },
);
const PLACE_MESSAGES = {
  slug: 'places.errors.slugFormat',
  lat: 'places.errors.latitude',
  lon: 'places.errors.longitude',
  email: 'validation.email',
  phone: 'places.errors.phone',
  kindId: 'places.errors.kindUnknown',
  areaId: 'places.errors.areaUnknown',
};

const EventBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String()),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    slug: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
    summary: text(300),
    description: text(8000),
    startDate: Type.String({ pattern: DATE }),
    startTime: Type.String({ pattern: TIME }),
    endDate: Type.String({ pattern: DATE }),
    endTime: Type.String({ pattern: TIME }),
    placeId: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
    locationText: text(300),
    organiser: text(200),
    price: text(200),
    audience: text(200),
    topics: text(500),
  },
  { additionalProperties: false },
);
const EVENT_MESSAGES = {
  slug: 'places.errors.slugFormat',
  startDate: 'places.errors.dateTime',
  startTime: 'places.errors.dateTime',
  endDate: 'places.errors.dateTime',
  endTime: 'places.errors.dateTime',
  placeId: 'places.errors.placeUnknown',
};

const PlacesListQuery = pageQuery({
  kind: Type.Optional(Type.String({ pattern: UUID_OR_EMPTY })),
  sort: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('name'), Type.Literal('-name')])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
type PlacesListQuery = { kind?: string; sort?: '' | 'name' | '-name'; page?: number; ok?: string };

const EventsListQuery = pageQuery({
  status: Type.Optional(Type.Union([Type.Literal(''), ...EVENT_STATUSES.map((s) => Type.Literal(s))])),
  sort: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('starts'), Type.Literal('-starts')])),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  ok: Type.Optional(Type.String({ maxLength: 40 })),
});
type EventsListQuery = { status?: string; sort?: '' | 'starts' | '-starts'; page?: number; ok?: string };

const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const OkQuery = pageQuery({ ok: Type.Optional(Type.String({ maxLength: 40 })) });

function idOf(request: FastifyRequest): string {
  const id = (request.params as { id: string }).id;
  if (!UUID.test(id)) throw new AppError('NOT_FOUND');
  return id;
}

const romeParts = (date: Date) => {
  const day = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/Rome' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Europe/Rome',
  }).format(date);
  return [day, time] as const;
};

export function registerPlacesBackofficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { database } = ctx;
  const managePlaces = { preHandler: authorize(PLACES_MANAGE) };
  const manageEvents = { preHandler: authorize(EVENTS_MANAGE) };

  const kindOptions = (tenantId: string) =>
    withTenant(database, tenantId, (tx) =>
      tx
        .select({ value: placeKinds.id, label: placeKinds.name })
        .from(placeKinds)
        .where(eq(placeKinds.tenantId, tenantId))
        .orderBy(asc(placeKinds.name)),
    );
  const areaOptions = (tenantId: string) =>
    withTenant(database, tenantId, (tx) =>
      tx
        .select({ value: areas.id, label: areas.name })
        .from(areas)
        .where(eq(areas.tenantId, tenantId))
        .orderBy(asc(areas.name)),
    );
  const placeOptions = (tenantId: string) =>
    withTenant(database, tenantId, (tx) =>
      tx
        .select({ value: places.id, label: places.name })
        .from(places)
        .where(eq(places.tenantId, tenantId))
        .orderBy(asc(places.name)),
    );

  async function loadPlace(request: FastifyRequest): Promise<PlaceRow> {
    const tenantId = tenantOf(request).id;
    const id = idOf(request);
    const [row] = await withTenant(database, tenantId, (tx) =>
      tx
        .select()
        .from(places)
        .where(and(eq(places.tenantId, tenantId), eq(places.id, id))),
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function loadEvent(request: FastifyRequest): Promise<EventRow> {
    const tenantId = tenantOf(request).id;
    const id = idOf(request);
    const [row] = await withTenant(database, tenantId, (tx) =>
      tx
        .select()
        .from(events)
        .where(and(eq(events.tenantId, tenantId), eq(events.id, id))),
    );
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  // ---------------------------------------------------------------------------------------------
  // Places
  // ---------------------------------------------------------------------------------------------
  app.get(
    PLACES_ADMIN_PATH,
    { ...managePlaces, schema: { querystring: PlacesListQuery } },
    async (request, reply) => {
      const query = request.query as PlacesListQuery;
      const chrome = backofficeChrome(request, reply);
      const { t, tenant } = chrome;
      const page = query.page ?? 1;
      const where: SQL | undefined = and(
        eq(places.tenantId, tenant.id),
        query.kind ? eq(places.kindId, query.kind) : undefined,
      );
      const [[rows, [total]], kinds] = await Promise.all([
        withTenant(database, tenant.id, (tx) =>
          Promise.all([
            tx
              .select({
                id: places.id,
                name: places.name,
                slug: places.slug,
                kind: placeKinds.name,
                area: areas.name,
              })
              .from(places)
              .innerJoin(placeKinds, eq(placeKinds.id, places.kindId))
              .leftJoin(areas, eq(areas.id, places.areaId))
              .where(where)
              .orderBy(query.sort === '-name' ? desc(places.name) : asc(places.name))
              .limit(PAGE_SIZE)
              .offset((page - 1) * PAGE_SIZE),
            tx.select({ n: count() }).from(places).where(where),
          ]),
        ),
        kindOptions(tenant.id),
      ]);
      const kept = { kind: query.kind, sort: query.sort };
      const flash = query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined;
      const nextSort = query.sort === '-name' ? 'name' : '-name';
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('places.admin.placesTitle')}>
          <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
            <h1 class="mb-0" safe>
              {t('places.admin.placesTitle')}
            </h1>
            <a class="btn btn-primary" href={`${PLACES_ADMIN_PATH}/nuovo`} safe>
              {t('places.admin.newPlace')}
            </a>
          </div>
          <Flash message={flash} />
          <form method="get" action={PLACES_ADMIN_PATH} class="row g-3 align-items-end mb-3">
            <div class="col-12 col-md-6">
              <Select
                form={emptyForm({ kind: query.kind ?? '' })}
                t={t}
                name="kind"
                label={t('places.places.kind')}
                placeholder={t('places.places.allKinds')}
                options={kinds}
              />
            </div>
            <div class="col-12 col-md-6 mb-4">
              <button type="submit" class="btn btn-primary" safe>
                {t('places.places.filter')}
              </button>
            </div>
          </form>
          <p role="status" safe>
            {t('places.places.count', { count: Number(total?.n ?? 0) })}
          </p>
          <table class="table">
            <caption class="visually-hidden" safe>
              {t('places.admin.placesTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <a href={listHref(PLACES_ADMIN_PATH, kept, { sort: nextSort, page: undefined })} safe>
                    {t('places.admin.name')}
                  </a>
                </th>
                <th scope="col" safe>
                  {t('places.places.kind')}
                </th>
                <th scope="col" safe>
                  {t('places.places.area')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`${PLACES_ADMIN_PATH}/${r.id}/modifica`} safe>
                      {r.name}
                    </a>
                  </td>
                  <td safe>{r.kind}</td>
                  <td safe>{r.area ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            base={PLACES_ADMIN_PATH}
            query={kept}
            info={{ page, pageSize: PAGE_SIZE, total: Number(total?.n ?? 0) }}
            t={t}
          />
        </BackofficeLayout>,
      );
    },
  );

  async function renderPlaceForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    place: PlaceRow | null,
    status = 200,
    flash?: string,
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, tenant } = chrome;
    const [kinds, areaList] = await Promise.all([kindOptions(tenant.id), areaOptions(tenant.id)]);
    const title = place ? place.name : t('places.admin.newPlace');
    const labels: Record<string, string> = {
      name: t('places.admin.name'),
      slug: t('places.admin.slug'),
      kindId: t('places.places.kind'),
      description: t('places.admin.description'),
      address: t('places.place.address'),
      areaId: t('places.places.area'),
      lat: t('places.admin.lat'),
      lon: t('places.admin.lon'),
      phone: t('places.place.phone'),
      email: t('places.place.email'),
      website: t('places.place.website'),
      openingNotes: t('places.place.hours'),
      accessibilityNotes: t('places.place.accessibility'),
      topics: t('places.admin.topics'),
    };
    const action = place ? `${PLACES_ADMIN_PATH}/${place.id}/modifica` : `${PLACES_ADMIN_PATH}/nuovo`;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb
          t={t}
          items={[{ href: PLACES_ADMIN_PATH, label: t('places.admin.placesTitle') }]}
          current={title}
        />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <Flash message={flash} />
        {place ? (
          <p>
            <a href={`${PLACES_PUBLIC_PATH}/${place.slug}`} safe>
              {t('places.admin.viewOnPortal')}
            </a>
          </p>
        ) : (
          ''
        )}
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={action} novalidate>
          <CsrfField token={chrome.csrfToken} />
          <Field form={form} t={t} name="name" label={labels.name!} required maxlength={200} />
          <Field
            form={form}
            t={t}
            name="slug"
            label={labels.slug!}
            hint={t('places.admin.slugHint')}
            maxlength={80}
          />
          <Select
            form={form}
            t={t}
            name="kindId"
            label={labels.kindId!}
            required
            placeholder=""
            options={kinds}
          />
          <TextArea
            form={form}
            t={t}
            name="description"
            label={labels.description!}
            maxlength={4000}
            rows={4}
          />
          <Field form={form} t={t} name="address" label={labels.address!} maxlength={300} />
          <Select
            form={form}
            t={t}
            name="areaId"
            label={labels.areaId!}
            placeholder={t('places.admin.noArea')}
            options={areaList}
          />
          <div class="row">
            <div class="col-12 col-md-6">
              <Field
                form={form}
                t={t}
                name="lat"
                label={labels.lat!}
                required
                inputmode="text"
                hint={t('places.admin.latHint')}
              />
            </div>
            <div class="col-12 col-md-6">
              <Field
                form={form}
                t={t}
                name="lon"
                label={labels.lon!}
                required
                inputmode="text"
                hint={t('places.admin.lonHint')}
              />
            </div>
          </div>
          <div class="row">
            <div class="col-12 col-md-4">
              <Field form={form} t={t} name="phone" type="tel" label={labels.phone!} maxlength={40} />
            </div>
            <div class="col-12 col-md-4">
              <Field form={form} t={t} name="email" type="email" label={labels.email!} maxlength={254} />
            </div>
            <div class="col-12 col-md-4">
              <Field form={form} t={t} name="website" type="url" label={labels.website!} maxlength={300} />
            </div>
          </div>
          <TextArea
            form={form}
            t={t}
            name="openingNotes"
            label={labels.openingNotes!}
            maxlength={1000}
            rows={2}
          />
          <TextArea
            form={form}
            t={t}
            name="accessibilityNotes"
            label={labels.accessibilityNotes!}
            maxlength={1000}
            rows={2}
          />
          <Field
            form={form}
            t={t}
            name="topics"
            label={labels.topics!}
            hint={t('places.admin.topicsHint')}
            maxlength={500}
          />
          <button type="submit" class="btn btn-primary me-2" safe>
            {place ? t('common.save') : t('common.create')}
          </button>
          <a class="btn btn-outline-secondary" href={PLACES_ADMIN_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
      </BackofficeLayout>,
      status,
    );
  }

  const placeValues = (p: PlaceRow) => ({
    name: p.name,
    slug: p.slug,
    kindId: p.kindId,
    description: p.description,
    address: p.address,
    areaId: p.areaId ?? '',
    lat: String(p.location[1]),
    lon: String(p.location[0]),
    phone: p.phone,
    email: p.email,
    website: p.website,
    openingNotes: p.openingNotes,
    accessibilityNotes: p.accessibilityNotes,
    topics: p.topics.join(', '),
  });

  app.get(`${PLACES_ADMIN_PATH}/nuovo`, managePlaces, (request, reply) =>
    renderPlaceForm(request, reply, emptyForm(), null),
  );

  app.post(
    `${PLACES_ADMIN_PATH}/nuovo`,
    { ...managePlaces, schema: { body: PlaceBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request, PLACE_MESSAGES);
      if (rejected) return renderPlaceForm(request, reply, rejected, null, 400);
      const body = request.body as PlaceInput;
      try {
        const { id } = await savePlace(database, tenantOf(request).id, auditActorOf(request), body);
        return reply.redirect(`${PLACES_ADMIN_PATH}/${id}/modifica?ok=created`, 303);
      } catch (err) {
        return renderPlaceForm(request, reply, formFromError(err, { ...body }), null, 400);
      }
    },
  );

  app.get(
    `${PLACES_ADMIN_PATH}/:id/modifica`,
    { ...managePlaces, schema: { params: IdParams, querystring: OkQuery } },
    async (request, reply) => {
      const place = await loadPlace(request);
      const ok = (request.query as { ok?: string }).ok;
      const flash = ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined;
      return renderPlaceForm(request, reply, emptyForm(placeValues(place)), place, 200, flash);
    },
  );

  app.post(
    `${PLACES_ADMIN_PATH}/:id/modifica`,
    { ...managePlaces, schema: { params: IdParams, body: PlaceBody }, attachValidation: true },
    async (request, reply) => {
      const place = await loadPlace(request);
      const rejected = rejectedForm(request, PLACE_MESSAGES);
      if (rejected) return renderPlaceForm(request, reply, rejected, place, 400);
      const body = request.body as PlaceInput;
      try {
        const { changed } = await savePlace(
          database,
          tenantOf(request).id,
          auditActorOf(request),
          body,
          place.id,
        );
        return reply.redirect(
          `${PLACES_ADMIN_PATH}/${place.id}/modifica?ok=${changed ? 'saved' : 'unchanged'}`,
          303,
        );
      } catch (err) {
        return renderPlaceForm(request, reply, formFromError(err, { ...body }), place, 400);
      }
    },
  );

  // ---------------------------------------------------------------------------------------------
  // Events
  // ---------------------------------------------------------------------------------------------
  app.get(
    EVENTS_ADMIN_PATH,
    { ...manageEvents, schema: { querystring: EventsListQuery } },
    async (request, reply) => {
      const query = request.query as EventsListQuery;
      const chrome = backofficeChrome(request, reply);
      const { t, tenant, locale } = chrome;
      const page = query.page ?? 1;
      const where = and(
        eq(events.tenantId, tenant.id),
        query.status ? eq(events.status, query.status) : undefined,
      );
      const [rows, [total]] = await withTenant(database, tenant.id, (tx) =>
        Promise.all([
          tx
            .select({ id: events.id, title: events.title, startsAt: events.startsAt, status: events.status })
            .from(events)
            .where(where)
            .orderBy(query.sort === '-starts' ? desc(events.startsAt) : asc(events.startsAt))
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE),
          tx.select({ n: count() }).from(events).where(where),
        ]),
      );
      const kept = { status: query.status, sort: query.sort };
      const flash = query.ok && FLASHES[query.ok] ? t(FLASHES[query.ok]!) : undefined;
      const nextSort = query.sort === '-starts' ? 'starts' : '-starts';
      return sendPage(
        reply,
        <BackofficeLayout {...chrome} title={t('places.admin.eventsTitle')}>
          <div class="d-flex flex-wrap justify-content-between align-items-center mb-3">
            <h1 class="mb-0" safe>
              {t('places.admin.eventsTitle')}
            </h1>
            <a class="btn btn-primary" href={`${EVENTS_ADMIN_PATH}/nuovo`} safe>
              {t('places.admin.newEvent')}
            </a>
          </div>
          <Flash message={flash} />
          <form method="get" action={EVENTS_ADMIN_PATH} class="row g-3 align-items-end mb-3">
            <div class="col-12 col-md-6">
              <Select
                form={emptyForm({ status: query.status ?? '' })}
                t={t}
                name="status"
                label={t('places.admin.status')}
                placeholder={t('places.admin.allStatuses')}
                options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`places.status.${s}`) }))}
              />
            </div>
            <div class="col-12 col-md-6 mb-4">
              <button type="submit" class="btn btn-primary" safe>
                {t('places.places.filter')}
              </button>
            </div>
          </form>
          <p role="status" safe>
            {t('places.admin.eventCount', { count: Number(total?.n ?? 0) })}
          </p>
          <table class="table">
            <caption class="visually-hidden" safe>
              {t('places.admin.eventsTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('places.admin.eventTitle')}
                </th>
                <th scope="col">
                  <a href={listHref(EVENTS_ADMIN_PATH, kept, { sort: nextSort, page: undefined })} safe>
                    {t('places.event.when')}
                  </a>
                </th>
                <th scope="col" safe>
                  {t('places.admin.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <a href={`${EVENTS_ADMIN_PATH}/${r.id}/modifica`} safe>
                      {r.title}
                    </a>
                  </td>
                  <td safe>{formatDateTime(r.startsAt, locale)}</td>
                  <td safe>{t(`places.status.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            base={EVENTS_ADMIN_PATH}
            query={kept}
            info={{ page, pageSize: PAGE_SIZE, total: Number(total?.n ?? 0) }}
            t={t}
          />
        </BackofficeLayout>,
      );
    },
  );

  async function renderEventForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    event: EventRow | null,
    status = 200,
    flash?: string,
  ) {
    const chrome = backofficeChrome(request, reply);
    const { t, tenant } = chrome;
    const placeList = await placeOptions(tenant.id);
    const title = event ? event.title : t('places.admin.newEvent');
    const labels: Record<string, string> = {
      title: t('places.admin.eventTitle'),
      slug: t('places.admin.slug'),
      summary: t('places.admin.summary'),
      description: t('places.event.description'),
      startDate: t('places.admin.startDate'),
      startTime: t('places.admin.startTime'),
      endDate: t('places.admin.endDate'),
      endTime: t('places.admin.endTime'),
      placeId: t('places.event.where'),
      locationText: t('places.admin.locationText'),
      organiser: t('places.event.organiser'),
      price: t('places.event.price'),
      audience: t('places.event.audience'),
      topics: t('places.admin.topics'),
    };
    const action = event ? `${EVENTS_ADMIN_PATH}/${event.id}/modifica` : `${EVENTS_ADMIN_PATH}/nuovo`;
    return sendPage(
      reply,
      <BackofficeLayout {...chrome} title={title}>
        <Breadcrumb
          t={t}
          items={[{ href: EVENTS_ADMIN_PATH, label: t('places.admin.eventsTitle') }]}
          current={title}
        />
        <h1 class="mb-3" safe>
          {title}
        </h1>
        <Flash message={flash} />
        {event ? (
          <div class="mb-4">
            <p safe>{`${t('places.admin.status')}: ${t(`places.status.${event.status}`)}`}</p>
            {event.status !== 'published' ? (
              <form method="post" action={`${EVENTS_ADMIN_PATH}/${event.id}/pubblica`} class="d-inline me-2">
                <CsrfField token={chrome.csrfToken} />
                <button type="submit" class="btn btn-success btn-sm" safe>
                  {t('places.admin.publish')}
                </button>
              </form>
            ) : (
              <a class="me-2" href={`${EVENTS_PUBLIC_PATH}/${event.slug}`} safe>
                {t('places.admin.viewOnPortal')}
              </a>
            )}
            {event.status !== 'cancelled' ? (
              <form method="post" action={`${EVENTS_ADMIN_PATH}/${event.id}/annulla`} class="d-inline">
                <CsrfField token={chrome.csrfToken} />
                <button type="submit" class="btn btn-outline-danger btn-sm" safe>
                  {t('places.admin.cancelEvent')}
                </button>
              </form>
            ) : (
              ''
            )}
          </div>
        ) : (
          ''
        )}
        <ErrorSummary form={form} t={t} labels={labels} />
        <form method="post" action={action} novalidate>
          <CsrfField token={chrome.csrfToken} />
          <Field form={form} t={t} name="title" label={labels.title!} required maxlength={200} />
          <Field
            form={form}
            t={t}
            name="slug"
            label={labels.slug!}
            hint={t('places.admin.slugHint')}
            maxlength={80}
          />
          <Field form={form} t={t} name="summary" label={labels.summary!} maxlength={300} />
          <TextArea
            form={form}
            t={t}
            name="description"
            label={labels.description!}
            maxlength={8000}
            rows={5}
          />
          <div class="row">
            <div class="col-6 col-md-3">
              <Field form={form} t={t} name="startDate" type="date" label={labels.startDate!} required />
            </div>
            <div class="col-6 col-md-3">
              <Field form={form} t={t} name="startTime" type="time" label={labels.startTime!} required />
            </div>
            <div class="col-6 col-md-3">
              <Field form={form} t={t} name="endDate" type="date" label={labels.endDate!} required />
            </div>
            <div class="col-6 col-md-3">
              <Field form={form} t={t} name="endTime" type="time" label={labels.endTime!} required />
            </div>
          </div>
          <Select
            form={form}
            t={t}
            name="placeId"
            label={labels.placeId!}
            placeholder={t('places.admin.noPlace')}
            options={placeList}
          />
          <Field form={form} t={t} name="locationText" label={labels.locationText!} maxlength={300} />
          <div class="row">
            <div class="col-12 col-md-4">
              <Field form={form} t={t} name="organiser" label={labels.organiser!} maxlength={200} />
            </div>
            <div class="col-12 col-md-4">
              <Field form={form} t={t} name="price" label={labels.price!} maxlength={200} />
            </div>
            <div class="col-12 col-md-4">
              <Field form={form} t={t} name="audience" label={labels.audience!} maxlength={200} />
            </div>
          </div>
          <Field
            form={form}
            t={t}
            name="topics"
            label={labels.topics!}
            hint={t('places.admin.topicsHint')}
            maxlength={500}
          />
          <button type="submit" class="btn btn-primary me-2" safe>
            {event ? t('common.save') : t('common.create')}
          </button>
          <a class="btn btn-outline-secondary" href={EVENTS_ADMIN_PATH} safe>
            {t('common.cancel')}
          </a>
        </form>
      </BackofficeLayout>,
      status,
    );
  }

  const eventValues = (e: EventRow) => {
    const [startDate, startTime] = romeParts(e.startsAt);
    const [endDate, endTime] = romeParts(e.endsAt);
    return {
      title: e.title,
      slug: e.slug,
      summary: e.summary,
      description: e.description,
      startDate,
      startTime,
      endDate,
      endTime,
      placeId: e.placeId ?? '',
      locationText: e.locationText,
      organiser: e.organiser,
      price: e.price,
      audience: e.audience,
      topics: e.topics.join(', '),
    };
  };

  app.get(`${EVENTS_ADMIN_PATH}/nuovo`, manageEvents, (request, reply) =>
    renderEventForm(request, reply, emptyForm(), null),
  );

  app.post(
    `${EVENTS_ADMIN_PATH}/nuovo`,
    { ...manageEvents, schema: { body: EventBody }, attachValidation: true },
    async (request, reply) => {
      const rejected = rejectedForm(request, EVENT_MESSAGES);
      if (rejected) return renderEventForm(request, reply, rejected, null, 400);
      const body = request.body as EventInput;
      try {
        const { id } = await saveEvent(database, tenantOf(request).id, auditActorOf(request), body);
        return reply.redirect(`${EVENTS_ADMIN_PATH}/${id}/modifica?ok=created`, 303);
      } catch (err) {
        return renderEventForm(request, reply, formFromError(err, { ...body }), null, 400);
      }
    },
  );

  app.get(
    `${EVENTS_ADMIN_PATH}/:id/modifica`,
    { ...manageEvents, schema: { params: IdParams, querystring: OkQuery } },
    async (request, reply) => {
      const event = await loadEvent(request);
      const ok = (request.query as { ok?: string }).ok;
      const flash = ok && FLASHES[ok] ? request.t(FLASHES[ok]!) : undefined;
      return renderEventForm(request, reply, emptyForm(eventValues(event)), event, 200, flash);
    },
  );

  app.post(
    `${EVENTS_ADMIN_PATH}/:id/modifica`,
    { ...manageEvents, schema: { params: IdParams, body: EventBody }, attachValidation: true },
    async (request, reply) => {
      const event = await loadEvent(request);
      const rejected = rejectedForm(request, EVENT_MESSAGES);
      if (rejected) return renderEventForm(request, reply, rejected, event, 400);
      const body = request.body as EventInput;
      try {
        const { changed } = await saveEvent(
          database,
          tenantOf(request).id,
          auditActorOf(request),
          body,
          event.id,
        );
        return reply.redirect(
          `${EVENTS_ADMIN_PATH}/${event.id}/modifica?ok=${changed ? 'saved' : 'unchanged'}`,
          303,
        );
      } catch (err) {
        return renderEventForm(request, reply, formFromError(err, { ...body }), event, 400);
      }
    },
  );

  for (const [segment, status, ok] of [
    ['pubblica', 'published', 'published'],
    ['annulla', 'cancelled', 'cancelled'],
  ] as const) {
    app.post(
      `${EVENTS_ADMIN_PATH}/:id/${segment}`,
      { ...manageEvents, schema: { params: IdParams } },
      async (request, reply) => {
        const event = await loadEvent(request);
        await setEventStatus(database, tenantOf(request).id, auditActorOf(request), event.id, status);
        return reply.redirect(`${EVENTS_ADMIN_PATH}/${event.id}/modifica?ok=${ok}`, 303);
      },
    );
  }
}
