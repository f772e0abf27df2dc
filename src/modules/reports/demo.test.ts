import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTenant, testDatabase } from '../../../test/helpers/context.js';
import { demoAreas, demoTerritory } from '../../cli/demo/areas.js';
import { pointInPolygon } from '../../cli/demo/geo.js';
import { DEMO_CONTRACTORS } from '../../cli/demo/staff.js';
import { queryRows, withTenant } from '../../platform/db/client.js';
import { staffUsers } from '../identity/schema.js';
import { areas } from '../tenancy/schema.js';
import { DEMO_REPORT_CATEGORIES, DEMO_REPORT_STATUS_COUNTS, seedReportsDemo } from './demo.js';
import { reportCounts, responseTimes } from './statistics.js';

test('demo reports: 2,220 over three years in the seeds’ proportions, inside the Comune, with a consistent history, seeded fast', async () => {
  const database = await testDatabase();
  const tenant = await createTestTenant(database, 'Comune di Valmorena (prova)');
  const now = new Date('2026-11-20T10:00:00Z');
  let contractorId = '';
  const started = performance.now();
  const counts = await withTenant(database, tenant.id, async (tx) => {
    await tx.insert(areas).values(
      demoAreas.map((a) => ({
        tenantId: tenant.id,
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        boundary: a.polygon,
      })),
    );
    const [luce] = await tx
      .insert(staffUsers)
      .values({
        tenantId: tenant.id,
        email: `luce-${tenant.id.slice(0, 8)}@example.test`,
        fullName: 'Fabio Quaglia',
        roles: ['contractor'],
        company: DEMO_CONTRACTORS.lighting,
      })
      .returning({ id: staffUsers.id });
    contractorId = luce?.id ?? '';
    return seedReportsDemo(tx, tenant.id, now);
  });
  const ms = performance.now() - started;
  assert.ok(ms < 4000, `the reports demo took ${Math.round(ms)} ms`);
  assert.equal(counts.report, 2220);
  assert.ok((counts.report_update ?? 0) > 2220 * 2, `updates: ${counts.report_update}`);

  const stats = await reportCounts(database, tenant.id);
  assert.equal(stats.total, 2220);
  assert.equal(stats.closed, DEMO_REPORT_STATUS_COUNTS.closed);
  const byCategory = Object.fromEntries(stats.byCategory.map((c) => [c.key, c.count]));
  for (const c of DEMO_REPORT_CATEGORIES) assert.equal(byCategory[c.slug], c.count, c.slug);
  // The seeds' top five, in their order.
  assert.deepEqual(
    stats.byCategory.slice(0, 5).map((c) => c.label),
    ['Strade e marciapiedi', 'Segnaletica', 'Illuminazione pubblica', 'Ambiente e rifiuti', 'Parchi e verde'],
  );
  const byStatus = Object.fromEntries(stats.byStatus.map((s) => [s.key, s.count]));
  assert.equal(byStatus['in-programmazione'], DEMO_REPORT_STATUS_COUNTS.inProgrammazione);
  assert.equal(
    (byStatus['in-lavorazione'] ?? 0) + (byStatus.nuova ?? 0),
    DEMO_REPORT_STATUS_COUNTS.inLavorazione,
  );
  assert.ok((byStatus.respinta ?? 0) > 0 && (byStatus.respinta ?? 0) < 100);
  assert.ok(stats.byMonth.length >= 36 && stats.byMonth.length <= 37, `${stats.byMonth.length} months`);
  assert.ok(stats.byChannel[0]?.key === 'web');

  const [check] = await queryRows<Record<string, number | string>>(
    database.db,
    sql`select
          count(*) filter (where not exists (select 1 from area a where a.tenant_id = r.tenant_id and a.boundary @> r.location)) as outside,
          count(*) filter (where r.area_id is null) as no_area,
          count(*) filter (where r.created_at < ${now.toISOString()}::timestamptz - interval '37 months' or r.created_at > ${now.toISOString()}::timestamptz) as out_of_range,
          count(*) filter (where r.first_response_at < r.created_at or r.closed_at < r.first_response_at or r.closed_at > ${now.toISOString()}::timestamptz) as bad_times,
          count(*) filter (where r.open = (r.closed_at is not null)) as open_mismatch,
          count(distinct r.address) as addresses
        from report r where r.tenant_id = ${tenant.id}`,
  );
  assert.equal(Number(check?.outside), 0, 'every point inside an area of the Comune');
  assert.equal(Number(check?.no_area), 0);
  assert.equal(Number(check?.out_of_range), 0);
  assert.equal(Number(check?.bad_times), 0);
  assert.equal(Number(check?.open_mismatch), 0);
  assert.ok(Number(check?.addresses) > 500);
  // Lighting goes to the lighting contractor's account (a routing rule); nothing else does.
  const [assigned] = await queryRows<{ lighting: number | string; others: number | string }>(
    database.db,
    sql`select count(*) filter (where c.slug = 'illuminazione-pubblica') as lighting,
               count(*) filter (where c.slug <> 'illuminazione-pubblica') as others
          from report r join report_category c on c.id = r.category_id
         where r.tenant_id = ${tenant.id} and r.assignee_id = ${contractorId}`,
  );
  assert.equal(Number(assigned?.lighting), 302);
  assert.equal(Number(assigned?.others), 0);
  assert.equal(counts.report_routing_rule, 8);
  assert.equal(counts.report_reply_template, 4);
  const points = await queryRows<{ lat: number; lon: number }>(
    database.db,
    sql`select lat, lon from report where tenant_id = ${tenant.id}`,
  );
  assert.ok(points.every((p) => pointInPolygon(Number(p.lon), Number(p.lat), demoTerritory)));

  const times = await responseTimes(database, tenant.id);
  assert.ok(
    times.firstResponse.median !== null && times.firstResponse.median > 6 && times.firstResponse.median < 72,
  );
  assert.ok(times.closure.median !== null && times.closure.median > 24 && times.closure.median < 24 * 30);

  // A second run leaves the Comune alone.
  assert.deepEqual(await withTenant(database, tenant.id, (tx) => seedReportsDemo(tx, tenant.id, now)), {});
});
