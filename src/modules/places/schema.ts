import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, point, tenantId, updatedAt } from '../../platform/db/columns.js';
import { areas, tenants } from '../tenancy/schema.js';

/** Kinds of place (municipio, scuola, biblioteca, parco…): a vocabulary each Comune can extend. */
export const placeKinds = pgTable(
  'place_kind',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Plural label for grouped lists ("Scuole", "Parchi"). */
    plural: text('plural').notNull().default(''),
  },
  (t) => [uniqueIndex('place_kind_tenant_slug').on(t.tenantId, t.slug)],
);

/** Luoghi: places and points of interest of the Comune's territory. */
export const places = pgTable(
  'place',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kindId: uuid('kind_id')
      .notNull()
      .references(() => placeKinds.id, { onDelete: 'restrict' }),
    description: text('description').notNull().default(''),
    address: text('address').notNull().default(''),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'set null' }),
    /** (x = lon, y = lat), WGS84 degrees. */
    location: point('location').notNull(),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    website: text('website').notNull().default(''),
    openingNotes: text('opening_notes').notNull().default(''),
    accessibilityNotes: text('accessibility_notes').notNull().default(''),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('place_tenant_slug').on(t.tenantId, t.slug),
    index('place_tenant_kind').on(t.tenantId, t.kindId),
    index('place_location').using('gist', t.location),
  ],
);

/** Eventi: what happens in the Comune (sagre, teatro, incontri, consigli comunali aperti…). */
export const events = pgTable(
  'event',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
    /** Free text location when the event is not at a catalogued place. */
    locationText: text('location_text').notNull().default(''),
    organiser: text('organiser').notNull().default(''),
    price: text('price').notNull().default(''),
    audience: text('audience').notNull().default(''),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    /** published | draft | cancelled (checked in code and by a constraint). */
    status: text('status').notNull().default('draft'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('event_tenant_slug').on(t.tenantId, t.slug),
    index('event_tenant_starts').on(t.tenantId, t.startsAt),
    index('event_place').on(t.placeId),
  ],
);

export const EVENT_STATUSES = ['published', 'draft', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type PlaceRow = typeof places.$inferSelect;
export type PlaceKindRow = typeof placeKinds.$inferSelect;
export type EventRow = typeof events.$inferSelect;
