// Commands of the back office: create and update places and events, publish and cancel events.
// Every change is checked (territory, dates, unique slug) and audited in the same transaction.

import { and, eq, ne } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { SLUG, SLUG_MAX_LENGTH, slugify } from '../../../platform/validation/slug.js';
import { areas } from '../../tenancy/schema.js';
import { insideTerritory } from '../queries.js';
import { type EventStatus, events, placeKinds, places } from '../schema.js';

export interface PlaceInput {
  name: string;
  slug?: string | undefined;
  kindId: string;
  description?: string | undefined;
  address?: string | undefined;
  areaId?: string | undefined;
  lat: string;
  lon: string;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  openingNotes?: string | undefined;
  accessibilityNotes?: string | undefined;
  topics?: string | undefined;
}

export interface EventInput {
  title: string;
  slug?: string | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  placeId?: string | undefined;
  locationText?: string | undefined;
  organiser?: string | undefined;
  price?: string | undefined;
  audience?: string | undefined;
  topics?: string | undefined;
}

const clean = (v: string | undefined) => v?.trim() ?? '';
const topicsOf = (v: string | undefined) =>
  [
    ...new Set(
      clean(v)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, 20);

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

const slugTaken = (): FieldError => ({ path: 'slug', code: 'taken', message: 'places.errors.slugTaken' });

function reject(problems: FieldError[]): void {
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
}

/** Local time in Rome ('2026-07-18', '21:00') as an instant. */
export function romeToUtc(date: string, time: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const h = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !h) return null;
  const [y, mo, d, hh, mm] = [m[1], m[2], m[3], h[1], h[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mm > 59) return null;
  const guess = Date.UTC(y, mo - 1, d, hh, mm);
  if (new Date(guess).getUTCDate() !== d) return null;
  // Offset of Rome at that moment: format the guess in Rome and compare.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Rome',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    hour12: false,
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  let offsetMin = (get('hour') % 24) * 60 + get('minute') - (hh * 60 + mm);
  if (get('day') !== d) offsetMin += get('day') > d || (d > 27 && get('day') === 1) ? 1440 : -1440;
  return new Date(guess - offsetMin * 60_000);
}

function placeFields(input: PlaceInput) {
  const name = input.name.trim().replace(/\s+/g, ' ');
  return {
    name,
    slug: clean(input.slug) || slugify(name, SLUG_MAX_LENGTH),
    kindId: clean(input.kindId),
    description: clean(input.description),
    address: clean(input.address),
    areaId: clean(input.areaId) || null,
    location: [Number(input.lon), Number(input.lat)] as [number, number],
    phone: clean(input.phone),
    email: clean(input.email).toLowerCase(),
    website: clean(input.website),
    openingNotes: clean(input.openingNotes),
    accessibilityNotes: clean(input.accessibilityNotes),
    topics: topicsOf(input.topics),
  };
}
type PlaceFields = ReturnType<typeof placeFields>;

async function placeProblems(
  tx: Tx,
  tenantId: string,
  f: PlaceFields,
  exceptId?: string,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (!f.name) problems.push({ path: 'name', code: 'required', message: 'validation.required' });
  if (!SLUG.test(f.slug))
    problems.push({ path: 'slug', code: 'pattern', message: 'places.errors.slugFormat' });
  const [kind] = await tx
    .select({ id: placeKinds.id })
    .from(placeKinds)
    .where(and(eq(placeKinds.tenantId, tenantId), eq(placeKinds.id, f.kindId)));
  if (!kind) problems.push({ path: 'kindId', code: 'unknown', message: 'places.errors.kindUnknown' });
  if (f.areaId) {
    const [area] = await tx
      .select({ id: areas.id })
      .from(areas)
      .where(and(eq(areas.tenantId, tenantId), eq(areas.id, f.areaId)));
    if (!area) problems.push({ path: 'areaId', code: 'unknown', message: 'places.errors.areaUnknown' });
  }
  const [lon, lat] = f.location;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90)
    problems.push({ path: 'lat', code: 'range', message: 'places.errors.latitude' });
  if (!Number.isFinite(lon) || lon < -180 || lon > 180)
    problems.push({ path: 'lon', code: 'range', message: 'places.errors.longitude' });
  if (Number.isFinite(lat) && Number.isFinite(lon) && !(await insideTerritory(tx, tenantId, f.location)))
    problems.push({ path: 'lat', code: 'outside', message: 'places.errors.outsideTerritory' });
  if (f.website && !/^https?:\/\/\S+$/.test(f.website))
    problems.push({ path: 'website', code: 'pattern', message: 'places.errors.website' });
  const [same] = await tx
    .select({ id: places.id })
    .from(places)
    .where(
      and(
        eq(places.tenantId, tenantId),
        eq(places.slug, f.slug),
        exceptId ? ne(places.id, exceptId) : undefined,
      ),
    );
  if (same) problems.push(slugTaken());
  return problems;
}

export async function savePlace(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  input: PlaceInput,
  placeId?: string,
): Promise<{ id: string; changed: boolean }> {
  const fields = placeFields(input);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      reject(await placeProblems(tx, tenantId, fields, placeId));
      if (!placeId) {
        const [row] = await tx
          .insert(places)
          .values({ tenantId, ...fields })
          .returning({ id: places.id });
        if (!row) throw new Error('place insert returned nothing');
        await recordAudit(tx, tenantId, actor, {
          action: 'place.created',
          entity: 'place',
          entityId: row.id,
          changes: diff(null, { ...fields, location: fields.location.join(',') }),
        });
        return { id: row.id, changed: true };
      }
      const [before] = await tx
        .select()
        .from(places)
        .where(and(eq(places.tenantId, tenantId), eq(places.id, placeId)));
      if (!before) throw new AppError('NOT_FOUND');
      const old = {
        name: before.name,
        slug: before.slug,
        kindId: before.kindId,
        description: before.description,
        address: before.address,
        areaId: before.areaId,
        location: before.location.join(','),
        phone: before.phone,
        email: before.email,
        website: before.website,
        openingNotes: before.openingNotes,
        accessibilityNotes: before.accessibilityNotes,
        topics: before.topics.join(','),
      };
      const changes = diff(old, {
        ...fields,
        location: fields.location.join(','),
        topics: fields.topics.join(','),
      });
      if (!changes || Object.keys(changes).length === 0) return { id: placeId, changed: false };
      await tx
        .update(places)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(eq(places.tenantId, tenantId), eq(places.id, placeId)));
      await recordAudit(tx, tenantId, actor, {
        action: 'place.updated',
        entity: 'place',
        entityId: placeId,
        changes,
      });
      return { id: placeId, changed: true };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', [slugTaken()]);
    throw err;
  }
}

function eventFields(input: EventInput) {
  const title = input.title.trim().replace(/\s+/g, ' ');
  return {
    title,
    slug: clean(input.slug) || slugify(title, SLUG_MAX_LENGTH),
    summary: clean(input.summary),
    description: clean(input.description),
    startsAt: romeToUtc(clean(input.startDate), clean(input.startTime)),
    endsAt: romeToUtc(clean(input.endDate), clean(input.endTime)),
    placeId: clean(input.placeId) || null,
    locationText: clean(input.locationText),
    organiser: clean(input.organiser),
    price: clean(input.price),
    audience: clean(input.audience),
    topics: topicsOf(input.topics),
  };
}
type EventFields = ReturnType<typeof eventFields>;

async function eventProblems(
  tx: Tx,
  tenantId: string,
  f: EventFields,
  exceptId?: string,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (!f.title) problems.push({ path: 'title', code: 'required', message: 'validation.required' });
  if (!SLUG.test(f.slug))
    problems.push({ path: 'slug', code: 'pattern', message: 'places.errors.slugFormat' });
  if (!f.startsAt) problems.push({ path: 'startDate', code: 'invalid', message: 'places.errors.dateTime' });
  if (!f.endsAt) problems.push({ path: 'endDate', code: 'invalid', message: 'places.errors.dateTime' });
  if (f.startsAt && f.endsAt && f.endsAt <= f.startsAt)
    problems.push({ path: 'endDate', code: 'order', message: 'places.errors.endBeforeStart' });
  if (f.placeId) {
    const [place] = await tx
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.tenantId, tenantId), eq(places.id, f.placeId)));
    if (!place) problems.push({ path: 'placeId', code: 'unknown', message: 'places.errors.placeUnknown' });
  } else if (!f.locationText) {
    problems.push({ path: 'locationText', code: 'required', message: 'places.errors.locationRequired' });
  }
  const [same] = await tx
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        eq(events.tenantId, tenantId),
        eq(events.slug, f.slug),
        exceptId ? ne(events.id, exceptId) : undefined,
      ),
    );
  if (same) problems.push(slugTaken());
  return problems;
}

const auditable = (f: {
  startsAt: Date | null;
  endsAt: Date | null;
  topics: string[];
  [k: string]: unknown;
}) => ({
  ...f,
  startsAt: f.startsAt?.toISOString() ?? null,
  endsAt: f.endsAt?.toISOString() ?? null,
  topics: f.topics.join(','),
});

/** New events start as drafts; publishing is a separate, audited step. */
export async function saveEvent(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  input: EventInput,
  eventId?: string,
): Promise<{ id: string; changed: boolean }> {
  const fields = eventFields(input);
  try {
    return await withTenant(database, tenantId, async (tx) => {
      reject(await eventProblems(tx, tenantId, fields, eventId));
      const values = { ...fields, startsAt: fields.startsAt as Date, endsAt: fields.endsAt as Date };
      if (!eventId) {
        const [row] = await tx
          .insert(events)
          .values({ tenantId, ...values, status: 'draft' })
          .returning({ id: events.id });
        if (!row) throw new Error('event insert returned nothing');
        await recordAudit(tx, tenantId, actor, {
          action: 'event.created',
          entity: 'event',
          entityId: row.id,
          changes: diff(null, auditable(fields)),
        });
        return { id: row.id, changed: true };
      }
      const [before] = await tx
        .select()
        .from(events)
        .where(and(eq(events.tenantId, tenantId), eq(events.id, eventId)));
      if (!before) throw new AppError('NOT_FOUND');
      const old = auditable({
        title: before.title,
        slug: before.slug,
        summary: before.summary,
        description: before.description,
        startsAt: before.startsAt,
        endsAt: before.endsAt,
        placeId: before.placeId,
        locationText: before.locationText,
        organiser: before.organiser,
        price: before.price,
        audience: before.audience,
        topics: before.topics,
      });
      const changes = diff(old, auditable(fields));
      if (!changes || Object.keys(changes).length === 0) return { id: eventId, changed: false };
      await tx
        .update(events)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(events.tenantId, tenantId), eq(events.id, eventId)));
      await recordAudit(tx, tenantId, actor, {
        action: 'event.updated',
        entity: 'event',
        entityId: eventId,
        changes,
      });
      return { id: eventId, changed: true };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', [slugTaken()]);
    throw err;
  }
}

export async function setEventStatus(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  eventId: string,
  status: EventStatus,
): Promise<void> {
  await withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .select({ status: events.status })
      .from(events)
      .where(and(eq(events.tenantId, tenantId), eq(events.id, eventId)));
    if (!before) throw new AppError('NOT_FOUND');
    if (before.status === status) return;
    await tx
      .update(events)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(events.tenantId, tenantId), eq(events.id, eventId)));
    await recordAudit(tx, tenantId, actor, {
      action:
        status === 'published'
          ? 'event.published'
          : status === 'cancelled'
            ? 'event.cancelled'
            : 'event.unpublished',
      entity: 'event',
      entityId: eventId,
      changes: { status: [before.status, status] },
    });
  });
}
