import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tenantId, updatedAt } from '../../platform/db/columns.js';
import { tenants } from '../tenancy/schema.js';

/** Staff with a local account: employees, contractors' people, the Giunta. */
export const staffUsers = pgTable(
  'staff_user',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    /** argon2id PHC string; null until the person sets a password through an invitation. */
    passwordHash: text('password_hash'),
    /** Roles from the fixed set in identity/roles.ts; what each may do lives in the policy layer. */
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    /** For contractors (ditta esterna): the company they work for. */
    company: text('company'),
    phone: text('phone'),
    /** Set by an administrator's reset: the next login must choose a new password. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    active: boolean('active').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('staff_user_tenant_email').on(t.tenantId, sql`lower(${t.email})`)],
);

/** Residents and businesses, known through SPID/CIE. Minimal data: what the IdP asserts and they add. */
export const citizens = pgTable(
  'citizen',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    fiscalCode: text('fiscal_code').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** Which identity system asserted them last: spid | cie. */
    lastIdentityProvider: text('last_identity_provider'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('citizen_tenant_fiscal_code').on(t.tenantId, t.fiscalCode)],
);

/**
 * Server-side sessions: the cookie holds a random token, the table its SHA-256, so a database leak
 * gives no usable cookie and "log out everywhere" is one DELETE.
 */
export const sessions = pgTable(
  'session',
  {
    id: id(),
    tenantId: tenantId().references(() => tenants.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    staffUserId: uuid('staff_user_id').references(() => staffUsers.id, { onDelete: 'cascade' }),
    citizenId: uuid('citizen_id').references(() => citizens.id, { onDelete: 'cascade' }),
    /** True between a correct password and the TOTP code: such a session authorises nothing else. */
    pendingSecondFactor: boolean('pending_second_factor').notNull().default(false),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('session_staff_user').on(t.staffUserId), index('session_citizen').on(t.citizenId)],
);

export type StaffUserRow = typeof staffUsers.$inferSelect;
export type CitizenRow = typeof citizens.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
