import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema.js';
import { queryRows, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { offices } from '../../offices/schema.js';
import { reportCategories, reportFollowers, reportRoutingRules, reports, reportUpdates } from '../schema.js';
import { reportCounts } from '../statistics.js';
import { CENTRE, metresNorth, reportsFixture } from '../test-fixture.js';
import { changeReportStatus } from './change-status.js';
import { findDuplicates } from './find-duplicates.js';
import { followReport } from './follow-report.js';
import { mergeReport } from './merge-report.js';
import { submitReport } from './submit-report.js';

const [LON, LAT] = CENTRE;

function rejects(code: string, path?: string) {
  return (err: unknown) => {
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.code, code);
    if (path)
      assert.ok(
        err.fields.some((f) => f.path === path),
        JSON.stringify(err.fields),
      );
    return true;
  };
}

const road = (f: { roads: string }, extra: Record<string, unknown> = {}) => ({
  categoryId: f.roads,
  description: 'Buca profonda davanti al civico 12',
  lat: LAT,
  lon: LON,
  address: 'Via Roma 12',
  answers: { dove: 'carreggiata' },
  ...extra,
});

test('a report inside the Comune gets a number, its area, the initial status, a due date from the SLA and a history entry', async () => {
  const f = await reportsFixture();
  const before = Date.now();
  const { report, created } = await submitReport(f.database, f.tenantId, road(f), {
    kind: 'citizen',
    citizenId: f.citizenId,
  });
  assert.equal(created, true);
  assert.equal(report.number, 1);
  assert.equal(report.areaId, f.areaId);
  assert.equal(report.statusId, f.status('nuova').id);
  assert.equal(report.open, true);
  assert.equal(report.citizenId, f.citizenId);
  assert.deepEqual(report.answers, { dove: 'carreggiata' });
  assert.ok(report.dueAt);
  const hours = (report.dueAt.getTime() - report.createdAt.getTime()) / 3_600_000;
  assert.equal(hours, 48);
  assert.ok(report.createdAt.getTime() >= before - 1000);
  const second = await submitReport(f.database, f.tenantId, road(f), { kind: 'anonymous' });
  assert.equal(second.report.number, 2);
  await withTenant(f.database, f.tenantId, async (tx) => {
    const history = await tx.select().from(reportUpdates).where(eq(reportUpdates.reportId, report.id));
    assert.equal(history.length, 1);
    assert.equal(history[0]?.public, true);
    assert.equal(history[0]?.toStatusId, f.status('nuova').id);
    // Citizens' submissions are not staff changes: no audit entry.
    const audits = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, f.tenantId), eq(auditLog.entity, 'report')));
    assert.equal(audits.length, 0);
  });
});

test('a point outside the Comune, an unknown category, a missing place or answer are refused with the reason', async () => {
  const f = await reportsFixture();
  const anyone = { kind: 'anonymous' } as const;
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { lat: 45.2 }), anyone),
    rejects('OUTSIDE_TERRITORY', 'location'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { categoryId: randomUUID() }), anyone),
    rejects('VALIDATION_FAILED', 'categoryId'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { categoryId: 'not-a-uuid' }), anyone),
    rejects('VALIDATION_FAILED', 'categoryId'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { lat: undefined, lon: undefined }), anyone),
    rejects('VALIDATION_FAILED', 'location'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { answers: {} }), anyone),
    rejects('VALIDATION_FAILED', 'answers/dove'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { answers: { dove: 'tetto' } }), anyone),
    rejects('VALIDATION_FAILED', 'answers/dove'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { contactEmail: 'non-una-mail' }), anyone),
    rejects('VALIDATION_FAILED', 'contactEmail'),
  );
  await assert.rejects(
    submitReport(f.database, f.tenantId, road(f, { description: '   ' }), anyone),
    rejects('VALIDATION_FAILED', 'description'),
  );
  // A suggestion may be about no place at all.
  const suggestion = await submitReport(
    f.database,
    f.tenantId,
    { type: 'suggestion', categoryId: f.lighting, description: 'Lampioni a LED in tutta la città' },
    anyone,
  );
  assert.equal(suggestion.report.location, null);
  const [row] = await queryRows<{ n: number | string }>(
    f.database.db,
    sql`select count(*) as n from report where tenant_id = ${f.tenantId}`,
  );
  assert.equal(Number(row?.n), 1, 'only the suggestion was stored');
});

test('a retried submission with the same idempotency key returns the same report, even when retried concurrently', async () => {
  const f = await reportsFixture();
  const key = `retry-${randomUUID()}`;
  const input = road(f, { idempotencyKey: key });
  const [a, b] = await Promise.all([
    submitReport(f.database, f.tenantId, input, { kind: 'anonymous' }),
    submitReport(f.database, f.tenantId, input, { kind: 'anonymous' }),
  ]);
  const again = await submitReport(f.database, f.tenantId, input, { kind: 'anonymous' });
  assert.equal(a.report.id, b.report.id);
  assert.equal(again.report.id, a.report.id);
  assert.deepEqual([a.created, b.created].sort(), [false, true]);
  assert.equal(again.created, false);
  const [row] = await queryRows<{ n: number | string }>(
    f.database.db,
    sql`select count(*) as n from report where tenant_id = ${f.tenantId}`,
  );
  assert.equal(Number(row?.n), 1);
});

test('staff keying in a phone report is audited, without the caller’s contact data', async () => {
  const f = await reportsFixture();
  const { report } = await submitReport(
    f.database,
    f.tenantId,
    road(f, { channel: 'phone', contactName: 'Lucia Bianchi', contactPhone: '+39 333 1234567' }),
    { kind: 'staff', actor: f.staff },
  );
  assert.equal(report.submittedById, f.staff.id);
  assert.equal(report.channel, 'phone');
  const audits = await withTenant(f.database, f.tenantId, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, f.tenantId), eq(auditLog.entityId, report.id))),
  );
  assert.equal(audits.length, 1);
  assert.equal(audits[0]?.action, 'report.created');
  assert.doesNotMatch(JSON.stringify(audits[0]?.changes), /Lucia|333/);
});

test('duplicates: same category and open within 250 m, newest first; 300 m away, closed or another category are not', async () => {
  const f = await reportsFixture();
  const at = (metres: number, extra: Record<string, unknown> = {}) =>
    submitReport(f.database, f.tenantId, road(f, { lat: LAT + metresNorth(metres), ...extra }), {
      kind: 'anonymous',
    });
  const near = await at(0);
  const within = await at(240);
  await at(300);
  await at(50, { categoryId: f.lighting, answers: {} });
  const closed = await at(20);
  await changeReportStatus(f.database, f.tenantId, f.staff, {
    reportId: closed.report.id,
    statusId: f.status('chiusa').id,
    text: 'Riparata',
  });
  const found = await findDuplicates(f.database, f.tenantId, { categoryId: f.roads, point: [LON, LAT] });
  assert.deepEqual(
    found.map((d) => d.id),
    [within.report.id, near.report.id],
  );
  assert.equal(found[0]?.distance, 240);
  assert.equal(found[1]?.distance, 0);
  assert.equal(found[0]?.statusName, 'Nuova');
  // Another Comune's reports at the same place are never candidates.
  const other = await reportsFixture();
  assert.deepEqual(
    await findDuplicates(other.database, other.tenantId, { categoryId: f.roads, point: [LON, LAT] }),
    [],
  );
});

test('the duplicates query uses the report_nearby index under row-level security', async () => {
  const f = await reportsFixture();
  await submitReport(f.database, f.tenantId, road(f), { kind: 'anonymous' });
  // Enough rows of another category for the planner to care, and fresh statistics.
  await f.database.db.execute(
    sql`insert into report (tenant_id, number, category_id, status_id, open, location, description)
        select ${f.tenantId}, 100 + g, ${f.lighting}, ${f.status('nuova').id}, g % 3 > 0,
               point(7.645 + (g % 100) * 0.0001, 44.845 + (g / 100) * 0.0003), 'Lampione spento'
          from generate_series(1, 3000) as g`,
  );
  await f.database.db.execute(sql`analyze report`);
  const plan = await withTenant(f.database, f.tenantId, async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const rows = await queryRows<Record<string, string>>(
      tx,
      sql`explain select r.id from report r
           where r.tenant_id = ${f.tenantId} and r.category_id = ${f.roads} and r.open = true
             and r.lat between 44.84::float8 and 44.86::float8 and r.lon between 7.64::float8 and 7.66::float8`,
    );
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
  assert.match(plan, /report_nearby/, plan);
  assert.match(plan, /Index Cond: .*lat >=/s, plan);
});

test('following twice makes one follower; following a merged report follows the one it went into', async () => {
  const f = await reportsFixture();
  const a = await submitReport(f.database, f.tenantId, road(f), { kind: 'anonymous' });
  const b = await submitReport(f.database, f.tenantId, road(f), { kind: 'anonymous' });
  assert.deepEqual(await followReport(f.database, f.tenantId, a.report.id, { citizenId: f.citizenId }), {
    reportId: a.report.id,
    added: true,
  });
  assert.equal(
    (await followReport(f.database, f.tenantId, a.report.id, { citizenId: f.citizenId })).added,
    false,
  );
  assert.equal(
    (await followReport(f.database, f.tenantId, a.report.id, { email: 'Vicino@Example.it ' })).added,
    true,
  );
  assert.equal(
    (await followReport(f.database, f.tenantId, a.report.id, { email: 'vicino@example.it' })).added,
    false,
  );
  await withTenant(f.database, f.tenantId, (tx) =>
    tx.update(reports).set({ mergedIntoId: a.report.id }).where(eq(reports.id, b.report.id)),
  );
  const merged = await followReport(f.database, f.tenantId, b.report.id, { email: 'altro@example.it' });
  assert.equal(merged.reportId, a.report.id);
  const followers = await withTenant(f.database, f.tenantId, (tx) =>
    tx.select().from(reportFollowers).where(eq(reportFollowers.reportId, a.report.id)),
  );
  assert.equal(followers.length, 3);
  await assert.rejects(
    followReport(f.database, f.tenantId, a.report.id, { email: 'no' }),
    rejects('VALIDATION_FAILED', 'email'),
  );
  await assert.rejects(
    followReport(f.database, f.tenantId, randomUUID(), { email: 'x@example.it' }),
    rejects('NOT_FOUND'),
  );
  await assert.rejects(
    followReport(f.database, f.tenantId, 'bad', { email: 'x@example.it' }),
    rejects('NOT_FOUND'),
  );
});

test('status changes: an internal note is no response, the first public update is, closing stamps closed_at, reopening clears it; all audited', async () => {
  const f = await reportsFixture();
  const { report } = await submitReport(f.database, f.tenantId, road(f), { kind: 'anonymous' });
  const t1 = new Date(report.createdAt.getTime() + 3_600_000);
  const note = await changeReportStatus(
    f.database,
    f.tenantId,
    f.staff,
    { reportId: report.id, text: 'Chiamare la ditta', public: false },
    t1,
  );
  assert.equal(note.report.firstResponseAt, null);
  assert.equal(note.update.public, false);
  assert.equal(note.update.toStatusId, null);

  const t2 = new Date(t1.getTime() + 3_600_000);
  const working = await changeReportStatus(
    f.database,
    f.tenantId,
    f.staff,
    { reportId: report.id, statusId: f.status('in-lavorazione').id, text: 'Presa in carico' },
    t2,
  );
  assert.equal(working.report.firstResponseAt?.getTime(), t2.getTime());
  assert.equal(working.report.closedAt, null);
  assert.equal(working.update.fromStatusId, f.status('nuova').id);
  assert.equal(working.update.toStatusId, f.status('in-lavorazione').id);
  assert.equal(working.update.authorStaffId, f.staff.id);
  assert.equal(working.update.public, true);

  const t3 = new Date(t2.getTime() + 86_400_000);
  const done = await changeReportStatus(
    f.database,
    f.tenantId,
    f.staff,
    { reportId: report.id, statusId: f.status('chiusa').id, text: 'Riparata' },
    t3,
  );
  assert.equal(done.report.open, false);
  assert.equal(done.report.closedAt?.getTime(), t3.getTime());
  assert.equal(done.report.firstResponseAt?.getTime(), t2.getTime(), 'the first response stays');

  const again = await changeReportStatus(
    f.database,
    f.tenantId,
    f.staff,
    { reportId: report.id, statusId: f.status('in-lavorazione').id, text: 'Il problema si è ripresentato' },
    new Date(t3.getTime() + 1000),
  );
  assert.equal(again.report.open, true);
  assert.equal(again.report.closedAt, null);

  await assert.rejects(
    changeReportStatus(f.database, f.tenantId, f.staff, { reportId: report.id }),
    rejects('VALIDATION_FAILED', 'text'),
  );
  await assert.rejects(
    changeReportStatus(f.database, f.tenantId, f.staff, { reportId: report.id, statusId: randomUUID() }),
    rejects('VALIDATION_FAILED', 'statusId'),
  );
  await assert.rejects(
    changeReportStatus(f.database, f.tenantId, f.staff, { reportId: randomUUID(), text: 'x' }),
    rejects('NOT_FOUND'),
  );
  const [history, audits] = await withTenant(f.database, f.tenantId, (tx) =>
    Promise.all([
      tx.select().from(reportUpdates).where(eq(reportUpdates.reportId, report.id)),
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, f.tenantId), eq(auditLog.entityId, report.id))),
    ]),
  );
  assert.equal(history.length, 5, 'received, note, in lavorazione, chiusa, reopened');
  assert.deepEqual(audits.map((a) => a.action).sort(), [
    'report.status_changed',
    'report.status_changed',
    'report.status_changed',
    'report.updated',
  ]);
});

test('routing: the most specific active rule by category and area decides the office and assignee, else the category’s office', async () => {
  const f = await reportsFixture();
  const [a, b, c, d] = await withTenant(f.database, f.tenantId, (tx) =>
    tx
      .insert(offices)
      .values(
        ['a', 'b', 'c', 'd'].map((x) => ({
          tenantId: f.tenantId,
          slug: `ufficio-${x}`,
          name: `Ufficio ${x}`,
        })),
      )
      .returning({ id: offices.id }),
  );
  assert.ok(a && b && c && d);
  const [specific] = await withTenant(f.database, f.tenantId, async (tx) => {
    await tx.update(reportCategories).set({ officeId: d.id }).where(eq(reportCategories.id, f.lighting));
    return tx
      .insert(reportRoutingRules)
      .values([
        {
          tenantId: f.tenantId,
          categoryId: f.roads,
          areaId: f.areaId,
          officeId: a.id,
          assigneeId: f.staff.id,
        },
        { tenantId: f.tenantId, categoryId: f.roads, officeId: b.id },
        { tenantId: f.tenantId, officeId: c.id, sort: 5 },
      ])
      .returning({ id: reportRoutingRules.id });
  });
  const submit = async (input: Record<string, unknown>) =>
    (await submitReport(f.database, f.tenantId, input, { kind: 'anonymous' })).report;
  const first = await submit(road(f));
  assert.equal(first.officeId, a.id);
  assert.equal(first.assigneeId, f.staff.id);
  // A suggestion about no place cannot match an area rule.
  const suggestion = await submit({
    type: 'suggestion',
    categoryId: f.roads,
    description: 'Più piste ciclabili',
    answers: { dove: 'carreggiata' },
  });
  assert.equal(suggestion.officeId, b.id);
  assert.equal(suggestion.assigneeId, null);
  assert.equal((await submit(road(f, { categoryId: f.lighting, answers: {} }))).officeId, c.id);
  await withTenant(f.database, f.tenantId, async (tx) => {
    await tx
      .update(reportRoutingRules)
      .set({ active: false })
      .where(eq(reportRoutingRules.id, specific?.id ?? ''));
    await tx.delete(reportRoutingRules).where(eq(reportRoutingRules.officeId, c.id));
  });
  assert.equal((await submit(road(f))).officeId, b.id);
  assert.equal((await submit(road(f, { categoryId: f.lighting, answers: {} }))).officeId, d.id);
});

test('merging a duplicate closes it, passes its reporter and followers to the report that stays, and statistics count it no more', async () => {
  const f = await reportsFixture();
  const stays = (await submitReport(f.database, f.tenantId, road(f), { kind: 'anonymous' })).report;
  const duplicate = (
    await submitReport(f.database, f.tenantId, road(f, { lat: LAT + metresNorth(30) }), {
      kind: 'citizen',
      citizenId: f.citizenId,
    })
  ).report;
  await followReport(f.database, f.tenantId, duplicate.id, { email: 'vicina@example.it' });
  const { report } = await mergeReport(f.database, f.tenantId, f.staff, {
    reportId: duplicate.id,
    intoId: stays.id,
    text: 'Già segnalata: seguiamo la n. 1',
  });
  assert.equal(report.mergedIntoId, stays.id);
  assert.equal(report.open, false);
  assert.ok(report.closedAt);
  assert.equal(report.statusId, f.status('chiusa').id);
  const [followers, history, audits] = await withTenant(f.database, f.tenantId, (tx) =>
    Promise.all([
      tx.select().from(reportFollowers).where(eq(reportFollowers.reportId, stays.id)),
      tx.select().from(reportUpdates).where(eq(reportUpdates.reportId, duplicate.id)),
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, f.tenantId), eq(auditLog.action, 'report.merged'))),
    ]),
  );
  assert.deepEqual(
    followers.map((x) => x.citizenId ?? x.email).sort(),
    [f.citizenId, 'vicina@example.it'].sort(),
  );
  assert.equal(history.at(-1)?.text, 'Già segnalata: seguiamo la n. 1');
  assert.equal(history.at(-1)?.public, true);
  assert.equal(audits.length, 1);
  assert.deepEqual(
    (await findDuplicates(f.database, f.tenantId, { categoryId: f.roads, point: [LON, LAT] })).map(
      (d) => d.id,
    ),
    [stays.id],
  );
  assert.equal((await reportCounts(f.database, f.tenantId)).total, 1);

  await assert.rejects(
    mergeReport(f.database, f.tenantId, f.staff, { reportId: stays.id, intoId: stays.id }),
    rejects('VALIDATION_FAILED', 'intoId'),
  );
  await assert.rejects(
    mergeReport(f.database, f.tenantId, f.staff, { reportId: stays.id, intoId: duplicate.id }),
    rejects('VALIDATION_FAILED', 'intoId'),
  );
  await assert.rejects(
    mergeReport(f.database, f.tenantId, f.staff, { reportId: stays.id, intoId: randomUUID() }),
    rejects('NOT_FOUND'),
  );
});
