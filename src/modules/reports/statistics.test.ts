import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withTenant } from '../../platform/db/client.js';
import { reports } from './schema.js';
import { overdueCounts, reportCounts, responseTimes } from './statistics.js';
import { CENTRE, reportsFixture } from './test-fixture.js';

const H = 3_600_000;
const at = (iso: string, plusHours = 0) => new Date(new Date(iso).getTime() + plusHours * H);

/**
 * Six reports with known times (and one merged into another, which no figure counts):
 * first responses after 1, 2, 3, 4 and 10 hours (one report never answered), closures after 10, 60
 * and 100 hours. percentile_cont interpolates: first response median 3 h, p90 4 + 0.6 × 6 = 7.6 h;
 * closure median 60 h, p90 60 + 0.8 × 40 = 92 h.
 */
async function fixture() {
  const f = await reportsFixture();
  const base = {
    tenantId: f.tenantId,
    location: CENTRE,
    description: 'Prova',
  };
  const s = (slug: string) => ({ statusId: f.status(slug).id, open: !f.status(slug).closed });
  const rows = [
    {
      number: 1,
      categoryId: f.roads,
      channel: 'web',
      createdAt: at('2025-03-10T10:00:00Z'),
      firstH: 1,
      closedH: 10,
      ...s('chiusa'),
      sla: 48,
    },
    {
      number: 2,
      categoryId: f.roads,
      channel: 'phone',
      createdAt: at('2025-03-11T10:00:00Z'),
      firstH: 2,
      closedH: 60,
      ...s('chiusa'),
      sla: 48,
    },
    {
      number: 3,
      categoryId: f.roads,
      channel: 'web',
      createdAt: at('2025-03-12T10:00:00Z'),
      firstH: 3,
      closedH: null,
      ...s('in-lavorazione'),
      sla: 48,
    },
    // 00:30 on 1 April in Rome: an April report, although it is still March in UTC.
    {
      number: 4,
      categoryId: f.lighting,
      channel: 'email',
      createdAt: at('2025-03-31T22:30:00Z'),
      firstH: 4,
      closedH: 100,
      ...s('respinta'),
      sla: null,
    },
    {
      number: 5,
      categoryId: f.lighting,
      channel: 'web',
      createdAt: at('2025-04-02T10:00:00Z'),
      firstH: 10,
      closedH: null,
      ...s('in-programmazione'),
      sla: null,
    },
    {
      number: 6,
      categoryId: f.roads,
      channel: 'web',
      createdAt: at('2025-04-03T10:00:00Z'),
      firstH: null,
      closedH: null,
      ...s('nuova'),
      sla: 48,
    },
  ] as const;
  await withTenant(f.database, f.tenantId, async (tx) => {
    const inserted = await tx
      .insert(reports)
      .values(
        rows.map((r) => ({
          ...base,
          number: r.number,
          categoryId: r.categoryId,
          channel: r.channel,
          statusId: r.statusId,
          open: r.open,
          createdAt: r.createdAt,
          firstResponseAt: r.firstH === null ? null : new Date(r.createdAt.getTime() + r.firstH * H),
          closedAt: r.closedH === null ? null : new Date(r.createdAt.getTime() + r.closedH * H),
          dueAt: r.sla === null ? null : new Date(r.createdAt.getTime() + r.sla * H),
        })),
      )
      .returning({ id: reports.id, number: reports.number });
    const first = inserted.find((r) => r.number === 1);
    await tx.insert(reports).values({
      ...base,
      number: 7,
      categoryId: f.roads,
      ...s('chiusa'),
      createdAt: at('2025-04-05T10:00:00Z'),
      firstResponseAt: at('2025-04-05T10:00:00Z', 500),
      closedAt: at('2025-04-05T10:00:00Z', 500),
      dueAt: at('2025-04-05T10:00:00Z', 1),
      mergedIntoId: first?.id ?? null,
    });
  });
  return f;
}

test('counts by category, status, channel and month (Rome calendar), merged reports left out', async () => {
  const f = await fixture();
  const counts = await reportCounts(f.database, f.tenantId);
  assert.equal(counts.total, 6);
  assert.equal(counts.open, 3);
  assert.equal(counts.closed, 3);
  assert.deepEqual(
    counts.byCategory.map((c) => [c.key, c.count]),
    [
      ['strade', 4],
      ['luce', 2],
    ],
  );
  assert.deepEqual(
    counts.byStatus.map((s) => [s.key, s.count, s.closed]),
    [
      ['nuova', 1, false],
      ['in-programmazione', 1, false],
      ['in-lavorazione', 1, false],
      ['chiusa', 2, true],
      ['respinta', 1, true],
    ],
  );
  assert.deepEqual(
    counts.byChannel.map((c) => [c.key, c.count]),
    [
      ['web', 4],
      ['email', 1],
      ['phone', 1],
    ],
  );
  assert.deepEqual(
    counts.byMonth.map((m) => [m.key, m.count]),
    [
      ['2025-03', 3],
      ['2025-04', 3],
    ],
  );
  const april = await reportCounts(f.database, f.tenantId, { from: new Date('2025-03-31T22:00:00Z') });
  assert.equal(april.total, 3);
});

test('median and 90th percentile of hours to first response and to closure', async () => {
  const f = await fixture();
  const times = await responseTimes(f.database, f.tenantId);
  assert.equal(times.firstResponse.count, 5);
  assert.equal(times.firstResponse.median, 3);
  assert.ok(Math.abs((times.firstResponse.p90 ?? 0) - 7.6) < 1e-9, String(times.firstResponse.p90));
  assert.equal(times.closure.count, 3);
  assert.equal(times.closure.median, 60);
  assert.ok(Math.abs((times.closure.p90 ?? 0) - 92) < 1e-9, String(times.closure.p90));
  const none = await responseTimes(f.database, f.tenantId, { from: new Date('2030-01-01T00:00:00Z') });
  assert.deepEqual(none.firstResponse, { count: 0, median: null, p90: null });
});

test('overdue: open past the SLA, open within it, closed late and on time; categories without a target ignored', async () => {
  const f = await fixture();
  const overdue = await overdueCounts(f.database, f.tenantId, new Date('2025-04-04T12:00:00Z'));
  assert.deepEqual(
    { ...overdue, byCategory: overdue.byCategory.map((c) => [c.key, c.count]) },
    { openOverdue: 1, openOnTime: 1, closedLate: 1, closedOnTime: 1, byCategory: [['strade', 1]] },
  );
  const later = await overdueCounts(f.database, f.tenantId, new Date('2025-04-10T12:00:00Z'));
  assert.equal(later.openOverdue, 2);
  assert.equal(later.openOnTime, 0);
});
