import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, polygon, tenantId, updatedAt } from '../../platform/db/columns.js';

/** A Comune. Row-level security keys this table on `id` (it is its own tenant). */
export const tenants = pgTable('tenant', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  istatCode: text('istat_code').notNull(),
  fiscalCode: text('fiscal_code').notNull(),
  province: text('province').notNull().default(''),
  region: text('region').notNull().default(''),
  postalCode: text('postal_code').notNull().default(''),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  pec: text('pec').notNull().default(''),
  website: text('website').notNull().default(''),
  primaryColor: text('primary_color').notNull().default('#0066cc'),
  secondaryColor: text('secondary_color').notNull().default('#5c6f82'),
  /** Storage key of the logo (see platform/storage), null for the default emblem. */
  logoKey: text('logo_key'),
  /** The Comune's accessibility declaration on AgID's form.agid.gov.it ('' until it is published). */
  accessibilityUrl: text('accessibility_url').notNull().default(''),
  residents: integer('residents').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Host names a Comune answers on; the tenant of a request is looked up here from its Host header. */
export const tenantHosts = pgTable('tenant_host', {
  hostname: text('hostname').primaryKey(),
  tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
});

/** Frazioni and quartieri: named polygons of the Comune's territory, used for routing and targeting. */
export const areas = pgTable(
  'area',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    residents: integer('residents').notNull().default(0),
    boundary: polygon('boundary').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('area_tenant_slug').on(t.tenantId, t.slug), index('area_tenant').on(t.tenantId)],
);

/** Key/value settings a Comune changes (retention, feature switches…), typed by their readers. */
export const tenantSettings = pgTable(
  'tenant_setting',
  {
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('tenant_setting_pk').on(t.tenantId, t.key)],
);

export type TenantRow = typeof tenants.$inferSelect;
export type AreaRow = typeof areas.$inferSelect;
