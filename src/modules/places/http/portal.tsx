import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { tenantOf } from '../../../platform/http/tenant-required.js';
import { TIME_ZONE } from '../../../platform/i18n/format.js';
import type { Translate } from '../../../platform/i18n/index.js';
import { pageQuery } from '../../../platform/validation/query.js';
import { portalChrome } from '../../../platform/views/chrome.js';
import { emptyForm, Select } from '../../../platform/views/form.js';
import { FilterActions, Pagination } from '../../../platform/views/list.js';
import { LeafletMap, type MapLabels, mapTiles } from '../../../platform/views/map.js';
import { sendPortalPage } from '../../portal/index.js';
import { buildCalendar, type IcalEvent } from '../ical.js';
import {
  type EventListRow,
  getPlace,
  getPublicEvent,
  listAreaShapes,
  listEventTopics,
  listKindOptions,
  listPlaces,
  listUpcomingEvents,
} from '../queries.js';

export const VIVERE_PATH = '/vivere-il-comune';
export const PLACES_PUBLIC_PATH = `${VIVERE_PATH}/luoghi`;
export const EVENTS_PUBLIC_PATH = `${VIVERE_PATH}/eventi`;

const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const SLUG_OR_EMPTY = `^$|${SLUG}`;
const MONTH_OR_EMPTY = '^$|^[0-9]{4}-(0[1-9]|1[0-2])$';

const PlacesQuery = pageQuery({
  kind: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
  area: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  feedback: Type.Optional(Type.String({ maxLength: 20 })),
});
type PlacesQuery = { kind?: string; area?: string; page?: number };

const EventsQuery = pageQuery({
  month: Type.Optional(Type.String({ maxLength: 7, pattern: MONTH_OR_EMPTY })),
  topic: Type.Optional(Type.String({ maxLength: 80 })),
  area: Type.Optional(Type.String({ maxLength: 80, pattern: SLUG_OR_EMPTY })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  feedback: Type.Optional(Type.String({ maxLength: 20 })),
});
type EventsQuery = { month?: string; topic?: string; area?: string; page?: number };

const SlugParams = Type.Object({ slug: Type.String({ maxLength: 120, pattern: SLUG }) });
const EventParams = Type.Object({
  slug: Type.String({ maxLength: 124, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*(\\.ics)?$' }),
});

const tag = (locale: string) => (locale === 'it' ? 'it-IT' : locale);

function formatDay(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

function formatTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date);
}

const romeDay = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: TIME_ZONE }).format(date);

/** "sabato 18 luglio 2026, dalle 19:00 alle 02:00" or, over several days, "… 10:00 – domenica … 18:00". */
export function formatWhen(start: Date, end: Date, locale: string, t: Translate): string {
  const day = formatDay(start, locale);
  if (romeDay(start) === romeDay(end) || end.getTime() - start.getTime() <= 12 * 3600_000)
    return `${day}, ${t('places.event.from', { start: formatTime(start, locale), end: formatTime(end, locale) })}`;
  return `${day}, ${formatTime(start, locale)} – ${formatDay(end, locale)}, ${formatTime(end, locale)}`;
}

/** The next twelve months in Rome's calendar, as YYYY-MM with their names. */
function monthOptions(locale: string, now = new Date()): Array<{ value: string; label: string }> {
  const [y, m] = romeDay(now).split('-').map(Number) as [number, number];
  const fmt = new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 15));
    return { value: d.toISOString().slice(0, 7), label: fmt.format(d) };
  });
}

function eventLocation(e: EventListRow): string {
  if (e.placeName) return e.placeAddress ? `${e.placeName}, ${e.placeAddress}` : e.placeName;
  return e.locationText;
}

function EventCard(props: { event: EventListRow; t: Translate; locale: string }): JSX.Element {
  const { event: e, t } = props;
  return (
    <div class="col-12 col-md-6 col-lg-4">
      <div class="card card-bg shadow-sm h-100">
        <div class="card-body">
          <p class="small text-uppercase mb-2" safe>
            {formatDay(e.startsAt, props.locale)}
          </p>
          <h3 class="card-title h5">
            <a href={`${EVENTS_PUBLIC_PATH}/${e.slug}`} data-element="event-link" safe>
              {e.title}
            </a>
          </h3>
          {e.status === 'cancelled' ? (
            <p>
              <span class="badge bg-danger" safe>
                {t('places.events.cancelled')}
              </span>
            </p>
          ) : (
            ''
          )}
          <p class="card-text" safe>
            {e.summary}
          </p>
          {eventLocation(e) ? (
            <p class="card-text small" safe>
              {eventLocation(e)}
            </p>
          ) : (
            ''
          )}
        </div>
      </div>
    </div>
  );
}

function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function toIcal(e: EventListRow, base: string): IcalEvent {
  return {
    id: e.id,
    title: e.title,
    description: [e.summary, e.description].filter(Boolean).join('\n\n'),
    location: eventLocation(e),
    url: `${base}${EVENTS_PUBLIC_PATH}/${e.slug}`,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    updatedAt: e.updatedAt,
    cancelled: e.status === 'cancelled',
  };
}

function sendCalendar(reply: FastifyReply, body: string, filename: string): FastifyReply {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${filename}"`)
    .send(body);
}

/** The map's texts in the page's language. */
function mapLabels(t: Translate, name: string, description: string): MapLabels {
  return {
    name,
    description,
    skip: t('places.map.skip'),
    zoomIn: t('places.map.zoomIn'),
    zoomOut: t('places.map.zoomOut'),
    closePopup: t('places.map.closePopup'),
  };
}

export function registerPlacesPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { database } = ctx;
  const tiles = mapTiles(ctx.env);

  app.get(PLACES_PUBLIC_PATH, { schema: { querystring: PlacesQuery } }, async (request, reply) => {
    const query = request.query as PlacesQuery;
    const chrome = portalChrome(request, reply);
    const { t, tenant } = chrome;
    const page = query.page ?? 1;
    const filter = { kind: query.kind || undefined, area: query.area || undefined };
    const [result, kinds, areaShapes] = await Promise.all([
      listPlaces(database, tenant.id, filter, page),
      listKindOptions(database, tenant.id),
      listAreaShapes(database, tenant.id),
    ]);
    const kept = { kind: query.kind, area: query.area };
    const form = emptyForm({ kind: query.kind ?? '', area: query.area ?? '' });
    // Group the page's rows under their kind, in list order.
    const groups: Array<{ kind: string; rows: typeof result.rows }> = [];
    for (const row of result.rows) {
      const last = groups.at(-1);
      if (last && last.kind === row.kindPlural) last.rows.push(row);
      else groups.push({ kind: row.kindPlural || row.kindName, rows: [row] });
    }
    return sendPortalPage(request, reply, {
      title: t('places.places.title'),
      breadcrumb: [{ href: VIVERE_PATH, label: t('places.section') }],
      feedback: true,
      children: (
        <>
          <h1 data-element="page-name" safe>
            {t('places.places.title')}
          </h1>
          <p class="lead mb-4" safe>
            {t('places.places.intro', { name: tenant.name })}
          </p>
          <search aria-labelledby="places-filter">
            <form method="get" action={PLACES_PUBLIC_PATH} class="row g-3 align-items-end mb-3">
              <h2 id="places-filter" class="visually-hidden" safe>
                {t('places.places.filterLegend')}
              </h2>
              <div class="col-12 col-md-4">
                <Select
                  form={form}
                  t={t}
                  name="kind"
                  label={t('places.places.kind')}
                  placeholder={t('places.places.allKinds')}
                  options={kinds.map((k) => ({ value: k.slug, label: k.name }))}
                />
              </div>
              <div class="col-12 col-md-4">
                <Select
                  form={form}
                  t={t}
                  name="area"
                  label={t('places.places.area')}
                  placeholder={t('places.places.allAreas')}
                  options={areaShapes.map((a) => ({ value: a.slug, label: a.name }))}
                />
              </div>
              <FilterActions t={t} resetHref={PLACES_PUBLIC_PATH} width="col-md-4" />
            </form>
          </search>
          <LeafletMap
            id="places-map"
            labels={mapLabels(
              t,
              t('places.map.placesName'),
              t('places.map.placesDescription', { count: result.total }),
            )}
            markers={result.points.map((p) => ({
              location: p.location,
              label: p.name,
              href: `${PLACES_PUBLIC_PATH}/${p.slug}`,
              detail: [p.kindName, p.address].filter(Boolean).join(' · '),
            }))}
            areas={areaShapes}
            tiles={tiles}
            skipTo="places-list"
          />
          <h2 id="places-list" class="h4" tabindex="-1" safe>
            {t('places.places.list')}
          </h2>
          <p role="status" safe>
            {t('places.places.count', { count: result.total })}
          </p>
          {result.rows.length === 0 ? (
            <p safe>{t('places.places.none')}</p>
          ) : (
            <div>
              {groups.map((g) => (
                <section class="mb-4">
                  <h3 class="h5" safe>
                    {g.kind}
                  </h3>
                  <ul class="list-unstyled">
                    {g.rows.map((p) => (
                      <li class="mb-2">
                        <a href={`${PLACES_PUBLIC_PATH}/${p.slug}`} class="fw-semibold" safe>
                          {p.name}
                        </a>
                        <br />
                        <span class="small" safe>
                          {[p.address, p.areaName].filter(Boolean).join(' · ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
          <Pagination base={PLACES_PUBLIC_PATH} query={kept} info={result} t={t} />
        </>
      ),
    });
  });

  app.get(
    `${PLACES_PUBLIC_PATH}/:slug`,
    { schema: { params: SlugParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const chrome = portalChrome(request, reply);
      const { t, tenant, locale } = chrome;
      const place = await getPlace(database, tenant.id, slug);
      if (!place) throw new AppError('NOT_FOUND');
      const [upcoming, areaShapes] = await Promise.all([
        listUpcomingEvents(database, tenant.id, { placeId: place.id }, 1, 6),
        listAreaShapes(database, tenant.id),
      ]);
      const [lon, lat] = place.location;
      const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
      return sendPortalPage(request, reply, {
        title: place.name,
        description: place.description.slice(0, 160),
        feedback: true,
        breadcrumb: [
          { href: VIVERE_PATH, label: t('places.section') },
          { href: PLACES_PUBLIC_PATH, label: t('places.places.title') },
        ],
        children: (
          <>
            <p class="text-uppercase small mb-1" safe>
              {place.kindName}
            </p>
            <h1 safe>{place.name}</h1>
            <p class="lead" safe>
              {place.description}
            </p>
            <div class="row g-4">
              <div class="col-12 col-lg-6">
                <h2 class="h4" safe>
                  {t('places.place.address')}
                </h2>
                <p>
                  <span safe>{place.address}</span>
                  {place.areaName ? (
                    <>
                      <br />
                      <span safe>{`${t('places.place.area')}: ${place.areaName}`}</span>
                    </>
                  ) : (
                    ''
                  )}
                </p>
                <p>
                  <a href={osm} rel="noopener" safe>
                    {t('places.place.openStreetMap')}
                  </a>
                  <br />
                  <span class="small" safe>
                    {t('places.place.coordinates', { lat, lon })}
                  </span>
                </p>
                {place.openingNotes ? (
                  <>
                    <h2 class="h4" safe>
                      {t('places.place.hours')}
                    </h2>
                    <p safe>{place.openingNotes}</p>
                  </>
                ) : (
                  ''
                )}
              </div>
              <div class="col-12 col-lg-6">
                {place.phone || place.email || place.website ? (
                  <>
                    <h2 class="h4" safe>
                      {t('places.place.contacts')}
                    </h2>
                    <ul class="list-unstyled">
                      {place.phone ? (
                        <li>
                          <span safe>{`${t('places.place.phone')}: `}</span>
                          <a href={`tel:${place.phone.replace(/[^0-9+]/g, '')}`} safe>
                            {place.phone}
                          </a>
                        </li>
                      ) : (
                        ''
                      )}
                      {place.email ? (
                        <li>
                          <span safe>{`${t('places.place.email')}: `}</span>
                          <a href={`mailto:${place.email}`} safe>
                            {place.email}
                          </a>
                        </li>
                      ) : (
                        ''
                      )}
                      {place.website && /^https?:\/\//.test(place.website) ? (
                        <li>
                          <span safe>{`${t('places.place.website')}: `}</span>
                          <a href={place.website} rel="noopener" safe>
                            {place.website}
                          </a>
                        </li>
                      ) : (
                        ''
                      )}
                    </ul>
                  </>
                ) : (
                  ''
                )}
                {place.accessibilityNotes ? (
                  <>
                    <h2 class="h4" safe>
                      {t('places.place.accessibility')}
                    </h2>
                    <p safe>{place.accessibilityNotes}</p>
                  </>
                ) : (
                  ''
                )}
              </div>
            </div>
            <LeafletMap
              id="place-map"
              labels={mapLabels(
                t,
                t('places.map.placeName', { name: place.name }),
                t('places.map.placeDescription'),
              )}
              markers={[
                {
                  location: place.location,
                  label: place.name,
                  detail: [place.kindName, place.address].filter(Boolean).join(' · '),
                },
              ]}
              areas={areaShapes}
              tiles={tiles}
              skipTo="place-events"
              zoom={15}
              small
            />
            <h2 id="place-events" class="h4 mt-4" tabindex="-1" safe>
              {t('places.place.events')}
            </h2>
            {upcoming.rows.length ? (
              <ul>
                {upcoming.rows.map((e) => (
                  <li>
                    <a href={`${EVENTS_PUBLIC_PATH}/${e.slug}`} safe>
                      {e.title}
                    </a>
                    <span safe>{` — ${formatWhen(e.startsAt, e.endsAt, locale, t)}`}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p safe>{t('places.place.noEvents')}</p>
            )}
          </>
        ),
      });
    },
  );

  app.get(`${EVENTS_PUBLIC_PATH}.ics`, { schema: { querystring: pageQuery({}) } }, async (request, reply) => {
    const tenant = tenantOf(request);
    const rows: EventListRow[] = [];
    for (let page = 1; ; page++) {
      const result = await listUpcomingEvents(database, tenant.id, {}, page, 200);
      rows.push(...result.rows);
      if (rows.length >= result.total || result.rows.length === 0) break;
    }
    const base = origin(request);
    const body = buildCalendar({
      name: request.t('places.events.calendarName', { name: tenant.name }),
      host: request.hostname,
      events: rows.map((e) => toIcal(e, base)),
    });
    return sendCalendar(reply, body, 'eventi.ics');
  });

  app.get(EVENTS_PUBLIC_PATH, { schema: { querystring: EventsQuery } }, async (request, reply) => {
    const query = request.query as EventsQuery;
    const chrome = portalChrome(request, reply);
    const { t, tenant, locale } = chrome;
    const page = query.page ?? 1;
    const filter = {
      month: query.month || undefined,
      topic: query.topic || undefined,
      area: query.area || undefined,
    };
    const [result, topics, areaShapes] = await Promise.all([
      listUpcomingEvents(database, tenant.id, filter, page),
      listEventTopics(database, tenant.id),
      listAreaShapes(database, tenant.id),
    ]);
    const kept = { month: query.month, topic: query.topic, area: query.area };
    const form = emptyForm({ month: query.month ?? '', topic: query.topic ?? '', area: query.area ?? '' });
    return sendPortalPage(request, reply, {
      title: t('places.events.title'),
      breadcrumb: [{ href: VIVERE_PATH, label: t('places.section') }],
      feedback: true,
      children: (
        <>
          <h1 data-element="page-name" safe>
            {t('places.events.title')}
          </h1>
          <p class="lead mb-3" safe>
            {t('places.events.intro', { name: tenant.name })}
          </p>
          <p class="mb-4">
            <a href={`${EVENTS_PUBLIC_PATH}.ics`} type="text/calendar" safe>
              {t('places.events.subscribe')}
            </a>
          </p>
          <search aria-labelledby="events-filter">
            <form method="get" action={EVENTS_PUBLIC_PATH} class="row g-3 align-items-end mb-3">
              <h2 id="events-filter" class="visually-hidden" safe>
                {t('places.events.filterLegend')}
              </h2>
              <div class="col-12 col-md-3">
                <Select
                  form={form}
                  t={t}
                  name="month"
                  label={t('places.events.month')}
                  placeholder={t('places.events.allMonths')}
                  options={monthOptions(locale)}
                />
              </div>
              <div class="col-12 col-md-3">
                <Select
                  form={form}
                  t={t}
                  name="topic"
                  label={t('places.events.topic')}
                  placeholder={t('places.events.allTopics')}
                  options={topics.map((x) => ({ value: x, label: x }))}
                />
              </div>
              <div class="col-12 col-md-3">
                <Select
                  form={form}
                  t={t}
                  name="area"
                  label={t('places.events.area')}
                  placeholder={t('places.events.allAreas')}
                  options={areaShapes.map((a) => ({ value: a.slug, label: a.name }))}
                />
              </div>
              <FilterActions t={t} resetHref={EVENTS_PUBLIC_PATH} width="col-md-3" />
            </form>
          </search>
          <p role="status" safe>
            {t('places.events.count', { count: result.total })}
          </p>
          {result.rows.length === 0 ? (
            <p safe>{t('places.events.none')}</p>
          ) : (
            <div class="row g-4 mb-4">
              {result.rows.map((e) => (
                <EventCard event={e} t={t} locale={locale} />
              ))}
            </div>
          )}
          <Pagination base={EVENTS_PUBLIC_PATH} query={kept} info={result} t={t} />
        </>
      ),
    });
  });

  app.get(
    `${EVENTS_PUBLIC_PATH}/:slug`,
    { schema: { params: EventParams, querystring: pageQuery({}) } },
    async (request, reply) => {
      const { slug: raw } = request.params as { slug: string };
      const ics = raw.endsWith('.ics');
      const slug = ics ? raw.slice(0, -4) : raw;
      const tenant = tenantOf(request);
      const event = await getPublicEvent(database, tenant.id, slug);
      if (!event) throw new AppError('NOT_FOUND');
      if (ics) {
        const body = buildCalendar({
          name: event.title,
          host: request.hostname,
          events: [toIcal(event, origin(request))],
        });
        return sendCalendar(reply, body, `${slug}.ics`);
      }
      const chrome = portalChrome(request, reply);
      const { t, locale } = chrome;
      return sendPortalPage(request, reply, {
        title: event.title,
        description: event.summary.slice(0, 160),
        feedback: true,
        breadcrumb: [
          { href: VIVERE_PATH, label: t('places.section') },
          { href: EVENTS_PUBLIC_PATH, label: t('places.events.title') },
        ],
        children: (
          <>
            <h1 safe>{event.title}</h1>
            {event.status === 'cancelled' ? (
              <div class="alert alert-danger" role="alert" safe>
                {t('places.event.cancelledNotice')}
              </div>
            ) : (
              ''
            )}
            <p class="lead" safe>
              {event.summary}
            </p>
            <dl class="row">
              <dt class="col-12 col-md-3" safe>
                {t('places.event.when')}
              </dt>
              <dd class="col-12 col-md-9">
                <time datetime={event.startsAt.toISOString()} safe>
                  {formatWhen(event.startsAt, event.endsAt, locale, t)}
                </time>
              </dd>
              <dt class="col-12 col-md-3" safe>
                {t('places.event.where')}
              </dt>
              <dd class="col-12 col-md-9">
                {event.placeSlug ? (
                  <a href={`${PLACES_PUBLIC_PATH}/${event.placeSlug}`} safe>
                    {eventLocation(event)}
                  </a>
                ) : (
                  <span safe>{event.locationText}</span>
                )}
              </dd>
              {event.price ? (
                <>
                  <dt class="col-12 col-md-3" safe>
                    {t('places.event.price')}
                  </dt>
                  <dd class="col-12 col-md-9" safe>
                    {event.price}
                  </dd>
                </>
              ) : (
                ''
              )}
              {event.organiser ? (
                <>
                  <dt class="col-12 col-md-3" safe>
                    {t('places.event.organiser')}
                  </dt>
                  <dd class="col-12 col-md-9" safe>
                    {event.organiser}
                  </dd>
                </>
              ) : (
                ''
              )}
              {event.audience ? (
                <>
                  <dt class="col-12 col-md-3" safe>
                    {t('places.event.audience')}
                  </dt>
                  <dd class="col-12 col-md-9" safe>
                    {event.audience}
                  </dd>
                </>
              ) : (
                ''
              )}
            </dl>
            {event.placeLocation && event.placeName ? (
              <LeafletMap
                id="event-map"
                labels={mapLabels(
                  t,
                  t('places.map.placeName', { name: event.placeName }),
                  t('places.map.eventDescription'),
                )}
                markers={[
                  {
                    location: event.placeLocation,
                    label: event.placeName,
                    href: `${PLACES_PUBLIC_PATH}/${event.placeSlug}`,
                    detail: event.placeAddress ?? '',
                  },
                ]}
                tiles={tiles}
                skipTo="event-more"
                zoom={15}
                small
              />
            ) : (
              ''
            )}
            <div id="event-more" tabindex="-1">
              {event.description ? (
                <>
                  <h2 class="h4" safe>
                    {t('places.event.description')}
                  </h2>
                  <p safe>{event.description}</p>
                </>
              ) : (
                ''
              )}
              <p>
                <a
                  class="btn btn-outline-primary"
                  href={`${EVENTS_PUBLIC_PATH}/${event.slug}.ics`}
                  type="text/calendar"
                  safe
                >
                  {t('places.event.addToCalendar')}
                </a>
              </p>
            </div>
          </>
        ),
      });
    },
  );
}
