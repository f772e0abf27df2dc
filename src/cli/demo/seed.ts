// Writes the demo Comune "Valmorena" (pure data in comune-data.ts) into a database: the tenant and
// its host names, areas, offices with opening hours, staff with roles and offices, demo citizens,
// privacy notice version 1 and the default retention policies. One INSERT per table.

import { eq, inArray } from 'drizzle-orm';
import { seedAdministrationDemo } from '../../modules/administration/index.js';
import { citizens, staffUsers } from '../../modules/identity/index.js';
import { hashPassword } from '../../modules/identity/passwords.js';
import { seedNewsDemo } from '../../modules/news/index.js';
import { officeHours, officeMembers, offices } from '../../modules/offices/index.js';
import { seedPlacesDemo } from '../../modules/places/demo.js';
import { privacyNotices, retentionPolicies } from '../../modules/privacy/index.js';
import { seedReportsDemo } from '../../modules/reports/index.js';
import { seedServicesDemo } from '../../modules/services/demo.js';
import { areas, createTenant, tenantHosts, tenants } from '../../modules/tenancy/index.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../platform/db/client.js';
import type { Storage } from '../../platform/storage/storage.js';
import { demoAreas, demoOffices, demoStaff, demoTenant, generateCitizens } from './comune-data.js';
import { DEMO_NOTICE_BODY, DEMO_NOTICE_TITLE } from './privacy-notice.js';

/** The password of every demo staff account; public on purpose (printed by `start --demo`). */
export const DEMO_PASSWORD = 'campanile-demo';

/** Demo citizens written as `citizen` rows (the fake SPID/CIE provider offers the first ones). */
export const DEMO_CITIZEN_COUNT = 200;

/**
 * Retention defaults of a new Comune, in days, keyed as the privacy module's retention kinds:
 * expired sessions 30, audit log 10 years, dispatched outbox events 30, completed erasure requests
 * 10 years (the evidence that the erasure was done).
 */
export const DEMO_RETENTION_DAYS: Readonly<Record<string, number>> = {
  sessions_expired: 30,
  audit_log: 3650,
  outbox_dispatched: 30,
  erasure_requests_completed: 3650,
};

export interface SeedDemoOptions {
  password?: string;
  citizens?: number;
  /** Where demo images and attachments go (without it, demo news have none). */
  storage?: Storage;
}

export interface SeedDemoResult {
  /** False when the demo Comune already existed: nothing was written. */
  created: boolean;
  tenantId: string;
  /** Host names given to the Comune (those already taken by another Comune are skipped). */
  hostnames: string[];
  counts: Record<string, number>;
  ms: number;
}

/**
 * Creates the demo Comune unless a Comune with its slug exists (then does nothing). The tenant row
 * comes from createTenant (its own transaction); everything else is one transaction bound to the new
 * tenant, and if that fails the tenant is deleted again, so a half-seeded Comune never stays behind.
 */
export async function seedDemo(database: Database, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const started = performance.now();
  const existing = await findDemoTenant(database);
  if (existing)
    return { created: false, tenantId: existing, hostnames: [], counts: {}, ms: performance.now() - started };

  // Every staff account gets the same hash: the demo password is public, so one salt per account would
  // protect nothing and cost ~0.4 s of argon2 on first start.
  const [passwordHash, taken] = await Promise.all([
    hashPassword(options.password ?? DEMO_PASSWORD),
    database.db
      .select({ hostname: tenantHosts.hostname })
      .from(tenantHosts)
      .where(inArray(tenantHosts.hostname, demoTenant.hostnames)),
  ]);
  const takenSet = new Set(taken.map((h) => h.hostname));
  const hostnames = demoTenant.hostnames.filter((h) => !takenSet.has(h));

  const t = demoTenant;
  let tenantId: string;
  try {
    tenantId = await createTenant(database, {
      slug: t.slug,
      name: t.name,
      shortName: t.shortName,
      istatCode: t.istatCode,
      fiscalCode: t.fiscalCode,
      province: t.province,
      region: t.region,
      postalCode: t.postalCode,
      address: t.address,
      phone: t.phone,
      email: t.email,
      pec: t.pec,
      website: t.website,
      accessibilityUrl: t.accessibilityUrl,
      primaryColor: t.colors.primary,
      secondaryColor: t.colors.secondary,
      residents: t.residents,
      hostnames,
    });
  } catch (err) {
    // Another process seeded it at the same moment (PostgreSQL, two `start --demo`): that is fine.
    const other = await findDemoTenant(database);
    if (other)
      return { created: false, tenantId: other, hostnames: [], counts: {}, ms: performance.now() - started };
    throw err;
  }

  try {
    const counts = await withTenant(database, tenantId, (tx) =>
      writeDemoData(tx, tenantId, passwordHash, options.citizens ?? DEMO_CITIZEN_COUNT, options.storage),
    );
    return { created: true, tenantId, hostnames, counts, ms: performance.now() - started };
  } catch (err) {
    await database.db.delete(tenants).where(eq(tenants.id, tenantId));
    throw err;
  }
}

/** The id of the demo Comune, or null when the database has none. */
export async function findDemoTenant(database: Database): Promise<string | null> {
  const [row] = await database.db
    .select({ id: tenants.id })
    .from(tenants)
    .where(eq(tenants.slug, demoTenant.slug))
    .limit(1);
  return row?.id ?? null;
}

async function writeDemoData(
  tx: Tx,
  tenantId: string,
  passwordHash: string,
  citizenCount: number,
  storage?: Storage,
): Promise<Record<string, number>> {
  const areaRows = await tx
    .insert(areas)
    .values(
      demoAreas.map((a) => ({
        tenantId,
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        residents: a.residents,
        boundary: a.polygon,
      })),
    )
    .returning({ id: areas.id, slug: areas.slug });
  const areaId = idsBySlug(areaRows, 'area');

  const officeRows = await tx
    .insert(offices)
    .values(
      demoOffices.map((o) => ({
        tenantId,
        slug: o.slug,
        name: o.name,
        description: o.description,
        email: o.email,
        phone: o.phone,
        address: o.address,
        areaId: areaId(o.area),
      })),
    )
    .returning({ id: offices.id, slug: offices.slug });
  const officeId = idsBySlug(officeRows, 'office');

  const hours = demoOffices.flatMap((o) =>
    o.openingHours.map((slot) => ({
      tenantId,
      officeId: officeId(o.slug),
      weekday: slot.weekday,
      opens: slot.opens,
      closes: slot.closes,
    })),
  );
  await tx.insert(officeHours).values(hours);

  const staffRows = await tx
    .insert(staffUsers)
    .values(
      demoStaff.map((m) => ({
        tenantId,
        email: m.email,
        fullName: `${m.givenName} ${m.familyName}`,
        passwordHash,
        roles: [m.role],
        company: m.company ?? null,
        phone: m.phone,
        passwordChangedAt: new Date(),
      })),
    )
    .returning({ id: staffUsers.id, email: staffUsers.email });
  const staffId = new Map(staffRows.map((r) => [r.email, r.id]));
  const members = demoStaff.flatMap((m) =>
    m.offices.map((slug) => ({ tenantId, officeId: officeId(slug), staffUserId: staffId.get(m.email)! })),
  );
  await tx.insert(officeMembers).values(members);

  const people = generateCitizens(citizenCount);
  if (people.length)
    await tx.insert(citizens).values(
      people.map((c) => ({
        tenantId,
        fiscalCode: c.fiscalCode,
        givenName: c.givenName,
        familyName: c.familyName,
        email: c.email,
        phone: c.phone ?? null,
      })),
    );

  await tx
    .insert(privacyNotices)
    .values({ tenantId, version: 1, title: DEMO_NOTICE_TITLE, body: DEMO_NOTICE_BODY });
  const retention = Object.entries(DEMO_RETENTION_DAYS).map(([dataKind, days]) => ({
    tenantId,
    dataKind,
    days,
  }));
  await tx.insert(retentionPolicies).values(retention);

  const counts = {
    area: areaRows.length,
    office: officeRows.length,
    office_hours: hours.length,
    staff_user: staffRows.length,
    office_member: members.length,
    citizen: people.length,
    privacy_notice: 1,
    retention_policy: retention.length,
  };
  Object.assign(counts, await seedPlacesDemo(tx, tenantId));
  Object.assign(counts, await seedServicesDemo(tx, tenantId, demoTenant.name));
  Object.assign(counts, await seedNewsDemo(tx, tenantId, storage));
  Object.assign(counts, await seedReportsDemo(tx, tenantId));
  Object.assign(counts, await seedAdministrationDemo(tx, tenantId, storage));
  await recordAudit(
    tx,
    tenantId,
    { id: null, kind: 'system', name: 'campanile seed demo', ip: null, requestId: null },
    { action: 'tenant.seeded', entity: 'tenant', entityId: tenantId, changes: counts },
  );
  return counts;
}

function idsBySlug(rows: Array<{ id: string; slug: string }>, what: string): (slug: string) => string {
  const map = new Map(rows.map((r) => [r.slug, r.id]));
  return (slug) => {
    const id = map.get(slug);
    if (!id) throw new Error(`demo data: unknown ${what} "${slug}"`);
    return id;
  };
}
