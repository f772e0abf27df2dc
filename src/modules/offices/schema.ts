import { index, integer, pgTable, primaryKey, text, time, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId, updatedAt } from '../../platform/db/columns.js';
import { staffUsers } from '../identity/schema.js';
import { areas, tenants } from '../tenancy/schema.js';

/** Uffici: the organisational units that answer citizens (URP, Anagrafe, Lavori pubblici…). */
export const offices = pgTable(
  'office',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    address: text('address').notNull().default(''),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('office_tenant_slug').on(t.tenantId, t.slug)],
);

/** Weekly opening hours; several rows per weekday allow morning and afternoon openings. */
export const officeHours = pgTable(
  'office_hours',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: integer('weekday').notNull(),
    opens: time('opens').notNull(),
    closes: time('closes').notNull(),
  },
  (t) => [index('office_hours_office').on(t.officeId)],
);

export const officeMembers = pgTable(
  'office_member',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    staffUserId: uuid('staff_user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.staffUserId] }),
    index('office_member_user').on(t.staffUserId),
  ],
);

export type OfficeRow = typeof offices.$inferSelect;
