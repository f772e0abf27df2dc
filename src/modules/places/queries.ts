import { and, asc, count, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx, withTenant } from '../../platform/db/client.js';
import type { LonLat } from '../../platform/db/columns.js';
import { areas } from '../tenancy/schema.js';
import { events, placeKinds, places } from './schema.js';

export const PLACE_PAGE_SIZE = 20;
export const EVENT_PAGE_SIZE = 12;
/** What visitors see: drafts never, cancelled events with their status (calendars must learn it). */
export const PUBLIC_STATUSES = ['published', 'cancelled'];

export interface Option {
  slug: string;
  name: string;
}

export interface PlaceListRow {
  slug: string;
  name: string;
  address: string;
  kindSlug: string;
  kindName: string;
  kindPlural: string;
  areaName: string | null;
  location: LonLat;
}

export interface PlaceFilter {
  kind?: string | undefined;
  area?: string | undefined;
}

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

function placeWhere(tenantId: string, filter: PlaceFilter): SQL | undefined {
  return and(
    eq(places.tenantId, tenantId),
    filter.kind ? eq(placeKinds.slug, filter.kind) : undefined,
    filter.area ? eq(areas.slug, filter.area) : undefined,
  );
}

/** A place as the map shows it: every place of the Comune is public (places have no draft state). */
export interface PlacePoint {
  slug: string;
  name: string;
  kindName: string;
  address: string;
  location: LonLat;
}

/** Places ordered by kind then name, one page of them, plus every matching point for the map. */
export async function listPlaces(
  database: Database,
  tenantId: string,
  filter: PlaceFilter,
  page = 1,
  pageSize = PLACE_PAGE_SIZE,
): Promise<Paged<PlaceListRow> & { points: PlacePoint[] }> {
  return withTenant(database, tenantId, async (tx) => {
    const where = placeWhere(tenantId, filter);
    const base = () =>
      tx
        .select({
          slug: places.slug,
          name: places.name,
          address: places.address,
          kindSlug: placeKinds.slug,
          kindName: placeKinds.name,
          kindPlural: placeKinds.plural,
          areaName: areas.name,
          location: places.location,
        })
        .from(places)
        .innerJoin(placeKinds, eq(placeKinds.id, places.kindId))
        .leftJoin(areas, eq(areas.id, places.areaId))
        .where(where);
    const all = await base().orderBy(asc(placeKinds.name), asc(places.name));
    const rows = all.slice((page - 1) * pageSize, page * pageSize);
    return {
      rows,
      total: all.length,
      page,
      pageSize,
      points: all.map((p) => ({
        slug: p.slug,
        name: p.name,
        kindName: p.kindName,
        address: p.address,
        location: p.location,
      })),
    };
  });
}

export async function listKindOptions(database: Database, tenantId: string): Promise<Option[]> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({ slug: placeKinds.slug, name: placeKinds.plural })
      .from(placeKinds)
      .where(eq(placeKinds.tenantId, tenantId))
      .orderBy(asc(placeKinds.plural)),
  );
}

export interface AreaShape {
  slug: string;
  name: string;
  boundary: LonLat[];
}

export async function listAreaShapes(database: Database, tenantId: string): Promise<AreaShape[]> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({ slug: areas.slug, name: areas.name, boundary: areas.boundary })
      .from(areas)
      .where(eq(areas.tenantId, tenantId))
      .orderBy(asc(areas.name)),
  );
}

export interface PlaceDetail {
  id: string;
  slug: string;
  name: string;
  kindName: string;
  description: string;
  address: string;
  areaName: string | null;
  location: LonLat;
  phone: string;
  email: string;
  website: string;
  openingNotes: string;
  accessibilityNotes: string;
  topics: string[];
}

export async function getPlace(
  database: Database,
  tenantId: string,
  slug: string,
): Promise<PlaceDetail | null> {
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .select({
        id: places.id,
        slug: places.slug,
        name: places.name,
        kindName: placeKinds.name,
        description: places.description,
        address: places.address,
        areaName: areas.name,
        location: places.location,
        phone: places.phone,
        email: places.email,
        website: places.website,
        openingNotes: places.openingNotes,
        accessibilityNotes: places.accessibilityNotes,
        topics: places.topics,
      })
      .from(places)
      .innerJoin(placeKinds, eq(placeKinds.id, places.kindId))
      .leftJoin(areas, eq(areas.id, places.areaId))
      .where(and(eq(places.tenantId, tenantId), eq(places.slug, slug)))
      .limit(1);
    return row ?? null;
  });
}

export interface EventListRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  price: string;
  organiser: string;
  audience: string;
  topics: string[];
  locationText: string;
  placeSlug: string | null;
  placeName: string | null;
  placeAddress: string | null;
  placeLocation: LonLat | null;
  areaName: string | null;
  updatedAt: Date;
}

export interface EventFilter {
  /** YYYY-MM, a month in Rome's calendar. */
  month?: string | undefined;
  topic?: string | undefined;
  area?: string | undefined;
  placeId?: string | undefined;
}

const eventColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  description: events.description,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  status: events.status,
  price: events.price,
  organiser: events.organiser,
  audience: events.audience,
  topics: events.topics,
  locationText: events.locationText,
  placeSlug: places.slug,
  placeName: places.name,
  placeAddress: places.address,
  placeLocation: places.location,
  areaName: areas.name,
  updatedAt: events.updatedAt,
};

/** Upcoming public events (not yet ended), soonest first. */
export async function listUpcomingEvents(
  database: Database,
  tenantId: string,
  filter: EventFilter,
  page = 1,
  pageSize = EVENT_PAGE_SIZE,
  now = new Date(),
): Promise<Paged<EventListRow>> {
  return withTenant(database, tenantId, async (tx) => {
    const where = and(
      eq(events.tenantId, tenantId),
      inArray(events.status, PUBLIC_STATUSES),
      gte(events.endsAt, now),
      filter.month
        ? sql`to_char(${events.startsAt} at time zone 'Europe/Rome', 'YYYY-MM') = ${filter.month}`
        : undefined,
      filter.topic ? sql`${filter.topic} = any(${events.topics})` : undefined,
      filter.area ? eq(areas.slug, filter.area) : undefined,
      filter.placeId ? eq(events.placeId, filter.placeId) : undefined,
    );
    const [rows, [total]] = await Promise.all([
      tx
        .select(eventColumns)
        .from(events)
        .leftJoin(places, eq(places.id, events.placeId))
        .leftJoin(areas, eq(areas.id, places.areaId))
        .where(where)
        .orderBy(asc(events.startsAt), asc(events.title))
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      tx
        .select({ n: count() })
        .from(events)
        .leftJoin(places, eq(places.id, events.placeId))
        .leftJoin(areas, eq(areas.id, places.areaId))
        .where(where),
    ]);
    return { rows, total: Number(total?.n ?? 0), page, pageSize };
  });
}

export async function getPublicEvent(
  database: Database,
  tenantId: string,
  slug: string,
): Promise<EventListRow | null> {
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .select(eventColumns)
      .from(events)
      .leftJoin(places, eq(places.id, events.placeId))
      .leftJoin(areas, eq(areas.id, places.areaId))
      .where(
        and(eq(events.tenantId, tenantId), eq(events.slug, slug), inArray(events.status, PUBLIC_STATUSES)),
      )
      .limit(1);
    return row ?? null;
  });
}

/** Topics used by upcoming public events, for the filter. */
export async function listEventTopics(
  database: Database,
  tenantId: string,
  now = new Date(),
): Promise<string[]> {
  return withTenant(database, tenantId, async (tx) => {
    const rows = await queryRows<{ topic: string }>(
      tx,
      sql`select distinct unnest(topics) as topic from event
           where tenant_id = ${tenantId} and status in ('published', 'cancelled') and ends_at >= ${now}
           order by 1`,
    );
    return rows.map((r) => r.topic);
  });
}

/** True when the point lies inside one of the Comune's area polygons (its territory). */
export async function insideTerritory(tx: Tx, tenantId: string, [lon, lat]: LonLat): Promise<boolean> {
  const [row] = await queryRows<{ inside: boolean }>(
    tx,
    sql`select exists (select 1 from area where tenant_id = ${tenantId}
                          and boundary @> point(${lon}, ${lat})) as inside`,
  );
  return row?.inside === true;
}
