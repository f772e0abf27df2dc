import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows, withTenant } from '../../platform/db/client.js';
import { changeReportStatus } from './commands/change-status.js';
import { findDuplicates } from './commands/find-duplicates.js';
import { submitReport } from './commands/submit-report.js';
import { listReportsInViewport } from './queries.js';
import { reports } from './schema.js';
import { CENTRE, metresNorth, reportsFixture } from './test-fixture.js';

const [LON, LAT] = CENTRE;
const BOX = { minLat: LAT - 0.005, maxLat: LAT + 0.005, minLon: LON - 0.005, maxLon: LON + 0.005 };

test('the map lists the newest reports inside the viewport: outside and merged ones left out, open/closed and category filters', async () => {
  const f = await reportsFixture();
  const put = async (metres: number, categoryId = f.lighting) =>
    (
      await submitReport(
        f.database,
        f.tenantId,
        { categoryId, description: 'Lampione spento', lat: LAT + metresNorth(metres), lon: LON },
        { kind: 'anonymous' },
      )
    ).report;
  const first = await put(0);
  const second = await put(100);
  await put(2000); // outside the box
  const merged = await put(50);
  const road = (
    await submitReport(
      f.database,
      f.tenantId,
      { categoryId: f.roads, description: 'Buca', lat: LAT, lon: LON, answers: { dove: 'carreggiata' } },
      { kind: 'anonymous' },
    )
  ).report;
  await withTenant(f.database, f.tenantId, (tx) =>
    tx.update(reports).set({ mergedIntoId: first.id }).where(eq(reports.id, merged.id)),
  );
  await changeReportStatus(f.database, f.tenantId, f.staff, {
    reportId: second.id,
    statusId: f.status('chiusa').id,
    text: 'Sostituita la lampada',
  });

  const all = await listReportsInViewport(f.database, f.tenantId, BOX);
  assert.deepEqual(
    all.map((r) => r.number),
    [road.number, second.number, first.number],
  );
  assert.equal(all[1]?.open, false);
  assert.ok(Math.abs((all[2]?.location[1] ?? 0) - LAT) < 1e-9);
  assert.deepEqual(
    (await listReportsInViewport(f.database, f.tenantId, BOX, { open: true })).map((r) => r.number),
    [road.number, first.number],
  );
  assert.deepEqual(
    (await listReportsInViewport(f.database, f.tenantId, BOX, { open: false })).map((r) => r.number),
    [second.number],
  );
  assert.deepEqual(
    (await listReportsInViewport(f.database, f.tenantId, BOX, { categoryId: f.lighting, limit: 1 })).map(
      (r) => r.number,
    ),
    [second.number],
  );
});

test('the viewport query finds its matches in the report_map index under row-level security', async () => {
  const f = await reportsFixture();
  await f.database.db.execute(
    sql`insert into report (tenant_id, number, category_id, status_id, open, location, description)
        select ${f.tenantId}, g, ${f.lighting}, ${f.status('nuova').id}, g % 3 > 0,
               point(7.60 + (g % 100) * 0.001, 44.80 + (g / 100) * 0.001), 'Lampione spento'
          from generate_series(1, 5000) as g`,
  );
  await f.database.db.execute(sql`analyze report`);
  const plan = await withTenant(f.database, f.tenantId, async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await queryRows<Record<string, string>>(
      tx,
      sql`explain select r.id, r.created_at from report r
           where r.tenant_id = ${f.tenantId} and r.open in (true)
             and r.lat between 44.84::float8 and 44.845::float8 and r.lon between 7.64::float8 and 7.647::float8
             and r.merged_into_id is null
           order by r.created_at desc limit 200`,
    );
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
  assert.match(plan, /report_map/, plan);
  assert.match(plan, /Index Cond: .*lat >=/s, plan);
});

test('malformed input from a query string finds nothing instead of failing in SQL', async () => {
  const f = await reportsFixture();
  assert.deepEqual(await listReportsInViewport(f.database, f.tenantId, BOX, { categoryId: 'luce' }), []);
  assert.deepEqual(await listReportsInViewport(f.database, f.tenantId, { ...BOX, minLat: Number.NaN }), []);
  assert.deepEqual(await findDuplicates(f.database, f.tenantId, { categoryId: 'luce', point: CENTRE }), []);
  assert.deepEqual(
    await findDuplicates(f.database, f.tenantId, { categoryId: f.roads, point: [Number.NaN, LAT] }),
    [],
  );
});
