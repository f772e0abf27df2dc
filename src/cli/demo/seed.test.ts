import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { testApp } from '../../../test/helpers/context.js';
import { loginAs } from '../../../test/helpers/staff.js';
import { citizens, staffUsers } from '../../modules/identity/index.js';
import { officeHours, officeMembers, offices } from '../../modules/offices/index.js';
import { privacyNotices, retentionPolicies } from '../../modules/privacy/index.js';
import { areas, tenantHosts, tenants } from '../../modules/tenancy/index.js';
import { type Database, openDatabase, queryRows } from '../../platform/db/client.js';
import { migrateDatabase } from '../../platform/db/migrate.js';
import { COMMANDS } from '../commands.js';
import { demoAreas, demoLogins, demoOffices, demoStaff, generateCitizens } from './comune-data.js';
import { DEMO_CITIZEN_COUNT, DEMO_PASSWORD, DEMO_RETENTION_DAYS, seedDemo } from './seed.js';
import { demoSummaryLines } from './summary.js';

/**
 * The demo Comune has a fixed slug and fixed host names (localhost…), so it gets a database of its
 * own: an in-memory PGlite, or a scratch database next to DATABASE_URL's.
 */
async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const admin = await openDatabase({ url, poolSize: 1 });
  const name = `campanile_seed_${Math.random().toString(36).slice(2, 10)}`;
  await admin.db.execute(sql.raw(`create database ${name}`));
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.href, poolSize: 3 });
  await migrateDatabase(database);
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    },
  };
}

test('seed demo is a registered command', () => {
  assert.equal(COMMANDS['seed demo']?.usage, 'seed demo');
});

test('seeding writes the whole demo Comune once, fast, and a second run does nothing', async () => {
  const { database, drop } = await freshDatabase();
  try {
    const first = await seedDemo(database, { password: DEMO_PASSWORD });
    assert.equal(first.created, true);
    assert.ok(first.ms < 3000, `seeding took ${Math.round(first.ms)} ms`);
    const id = first.tenantId;
    const count = async (table: string) =>
      Number(
        (
          await queryRows<{ n: string }>(
            database.db,
            sql`select count(*) as n from ${sql.identifier(table)} where tenant_id = ${id}`,
          )
        )[0]?.n,
      );
    assert.equal(await count('area'), demoAreas.length);
    assert.equal(await count('office'), demoOffices.length);
    assert.equal(await count('office_hours'), demoOffices.flatMap((o) => o.openingHours).length);
    assert.equal(await count('staff_user'), demoStaff.length);
    assert.equal(await count('office_member'), demoStaff.flatMap((m) => m.offices).length);
    assert.equal(await count('citizen'), DEMO_CITIZEN_COUNT);
    assert.equal(await count('privacy_notice'), 1);
    assert.equal(await count('retention_policy'), Object.keys(DEMO_RETENTION_DAYS).length);

    const hosts = await database.db.select().from(tenantHosts).where(eq(tenantHosts.tenantId, id));
    assert.deepEqual(hosts.map((h) => h.hostname).sort(), ['127.0.0.1', 'localhost', 'valmorena.localhost']);

    // Offices point at their area; polygons come back as written.
    const [urp] = await database.db
      .select({ areaId: offices.areaId })
      .from(offices)
      .where(and(eq(offices.tenantId, id), eq(offices.slug, 'urp')));
    const [centro] = await database.db
      .select()
      .from(areas)
      .where(and(eq(areas.tenantId, id), eq(areas.id, urp?.areaId ?? '')));
    const expected = demoAreas.find((a) => a.slug === centro?.slug);
    assert.ok(expected);
    assert.deepEqual(centro?.boundary, expected.polygon);
    const hours = await database.db
      .select()
      .from(officeHours)
      .where(eq(officeHours.tenantId, id))
      .orderBy(officeHours.weekday);
    assert.match(hours[0]?.opens ?? '', /^\d\d:\d\d/);

    // Roles and office memberships of a known person; the citizens the fake SPID/CIE offers exist.
    const admin = demoLogins.find((l) => l.role === 'admin')!;
    const [user] = await database.db
      .select()
      .from(staffUsers)
      .where(and(eq(staffUsers.tenantId, id), eq(staffUsers.email, admin.email)));
    assert.deepEqual(user?.roles, ['admin']);
    const memberships = await database.db
      .select()
      .from(officeMembers)
      .where(eq(officeMembers.staffUserId, user?.id ?? ''));
    assert.equal(memberships.length, demoStaff.find((m) => m.email === admin.email)?.offices.length);
    const [firstCitizen] = generateCitizens(1);
    const [citizen] = await database.db
      .select()
      .from(citizens)
      .where(and(eq(citizens.tenantId, id), eq(citizens.fiscalCode, firstCitizen!.fiscalCode)));
    assert.equal(citizen?.familyName, firstCitizen!.familyName);

    const [notice] = await database.db.select().from(privacyNotices).where(eq(privacyNotices.tenantId, id));
    assert.equal(notice?.version, 1);
    for (const word of [
      'Titolare',
      'Responsabile della protezione dei dati',
      'Finalità',
      'conservazione',
      'Diritti',
    ])
      assert.match(notice?.body ?? '', new RegExp(word, 'i'));
    const retention = await database.db
      .select()
      .from(retentionPolicies)
      .where(eq(retentionPolicies.tenantId, id));
    assert.deepEqual(Object.fromEntries(retention.map((r) => [r.dataKind, r.days])), DEMO_RETENTION_DAYS);

    const again = await seedDemo(database, { password: DEMO_PASSWORD });
    assert.deepEqual({ created: again.created, tenantId: again.tenantId }, { created: false, tenantId: id });
    assert.equal(await count('staff_user'), demoStaff.length);
    const tenantRows = await database.db.select().from(tenants).where(eq(tenants.slug, 'valmorena'));
    assert.equal(tenantRows.length, 1);
  } finally {
    await drop();
  }
});

test('a demo login works with the demo password through the real login form', async () => {
  // The shared test database may already hold "localhost" for another Comune: give the demo its own.
  const { database, drop } = await freshDatabase();
  try {
    const { ctx } = await testApp();
    const seeded = await seedDemo(database, { password: DEMO_PASSWORD });
    const { buildApp } = await import('../../app.js');
    const app = await buildApp({ ...ctx, database });
    try {
      const tenant = {
        id: seeded.tenantId,
        host: 'valmorena.localhost',
        slug: 'valmorena',
        name: 'Valmorena',
      };
      const login = demoLogins.find((l) => l.role === 'urp_operator')!;
      const cookie = await loginAs(app, tenant, login.email, DEMO_PASSWORD);
      const page = await app.inject({ url: '/backoffice', headers: { host: tenant.host, cookie } });
      assert.equal(page.statusCode, 200);
    } finally {
      await app.close();
    }
  } finally {
    await drop();
  }
});

test('the summary names the portal, the back office and every demo login with the password', () => {
  const lines = demoSummaryLines('http://127.0.0.1:4321');
  assert.equal(lines[0], 'Portale del Comune: http://localhost:4321/');
  assert.match(lines[1] ?? '', /^Back office: +http:\/\/localhost:4321\/backoffice$/);
  const text = lines.join('\n');
  assert.match(text, /password per tutti: campanile-demo/);
  for (const login of demoLogins) assert.match(text, new RegExp(login.email.replace(/\./g, '\\.')));
  assert.match(text, /elena\.marchisio@comune\.valmorena\.to\.it +Sindaca/);
});
