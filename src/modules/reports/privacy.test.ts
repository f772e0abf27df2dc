import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { withTenant } from '../../platform/db/client.js';
import { processErasure } from '../privacy/commands/process-erasure.js';
import { personalDataErasers, personalDataExporters, retentionKindList } from '../privacy/registries.js';
import { erasureRequests } from '../privacy/schema.js';
import { followReport } from './commands/follow-report.js';
import { submitReport } from './commands/submit-report.js';
import './index.js';
import { reportFollowers, reports } from './schema.js';
import { CENTRE, reportsFixture } from './test-fixture.js';

const [lon, lat] = CENTRE;

async function withReports() {
  const f = await reportsFixture();
  const input = { categoryId: f.lighting, description: 'Lampione spento', lat, lon };
  const logged = await submitReport(f.database, f.tenantId, input, {
    kind: 'citizen',
    citizenId: f.citizenId,
  });
  const byMail = await submitReport(
    f.database,
    f.tenantId,
    {
      ...input,
      contactName: 'Mario Verdi',
      contactEmail: f.citizenEmail.toUpperCase(),
      contactPhone: '+39 333 111 2222',
    },
    { kind: 'anonymous' },
  );
  const someoneElse = await submitReport(
    f.database,
    f.tenantId,
    { ...input, contactName: 'Giulia Neri', contactEmail: 'giulia@example.it' },
    { kind: 'anonymous' },
  );
  await followReport(f.database, f.tenantId, someoneElse.report.id, { citizenId: f.citizenId });
  await followReport(f.database, f.tenantId, someoneElse.report.id, { email: 'vicino@example.it' });
  return { f, logged: logged.report, byMail: byMail.report, someoneElse: someoneElse.report };
}

const registered = <T>(list: Array<[string, T]>, name: string): T => {
  const found = list.find(([n]) => n === name)?.[1];
  assert.ok(found, `${name} is registered`);
  return found;
};

test('the citizen’s data export lists the reports they sent (logged in or with their e-mail) and those they follow', async () => {
  const { f, someoneElse } = await withReports();
  const exporter = registered(personalDataExporters(), 'reports');
  const data = (await withTenant(f.database, f.tenantId, (tx) => exporter(tx, f.tenantId, f.citizenId))) as {
    sent: Array<{ number: number; description: string; contactPhone: string | null }>;
    followed: Array<{ number: number }>;
  };
  assert.deepEqual(
    data.sent.map((r) => r.number),
    [1, 2],
  );
  assert.equal(data.sent[1]?.contactPhone, '+39 333 111 2222');
  assert.deepEqual(
    data.followed.map((r) => r.number),
    [someoneElse.number],
  );
});

test('erasure takes the contact data off the citizen’s reports and their follows, and keeps the reports', async () => {
  const { f, logged, byMail, someoneElse } = await withReports();
  const eraser = registered(personalDataErasers(), 'reports');
  const outcome = await withTenant(f.database, f.tenantId, (tx) => eraser(tx, f.tenantId, f.citizenId));
  assert.deepEqual(outcome, { reportsAnonymised: 2, followsDeleted: 1 });
  const rows = await withTenant(f.database, f.tenantId, (tx) =>
    tx.select().from(reports).where(eq(reports.tenantId, f.tenantId)),
  );
  assert.equal(rows.length, 3);
  for (const id of [logged.id, byMail.id]) {
    const r = rows.find((x) => x.id === id);
    assert.equal(r?.citizenId, null);
    assert.equal(r?.contactName, null);
    assert.equal(r?.contactEmail, null);
    assert.equal(r?.contactPhone, null);
    assert.ok(r?.contactErasedAt);
    assert.equal(r?.description, 'Lampione spento');
  }
  assert.equal(rows.find((x) => x.id === someoneElse.id)?.contactName, 'Giulia Neri');
  const followers = await withTenant(f.database, f.tenantId, (tx) =>
    tx.select().from(reportFollowers).where(eq(reportFollowers.reportId, someoneElse.id)),
  );
  assert.deepEqual(
    followers.map((x) => x.email),
    ['vicino@example.it'],
  );
});

test('retention: contact data of reports closed before the cutoff goes, with their followers; open reports keep theirs', async () => {
  const { f, byMail, someoneElse } = await withReports();
  const kind = retentionKindList().find((k) => k.key === 'report_contacts_closed');
  assert.ok(kind);
  await withTenant(f.database, f.tenantId, async (tx) => {
    await tx
      .update(reports)
      .set({ open: false, statusId: f.status('chiusa').id, closedAt: new Date('2023-01-10T10:00:00Z') })
      .where(eq(reports.id, someoneElse.id));
  });
  const purged = await withTenant(f.database, f.tenantId, (tx) =>
    kind.purge(tx, f.tenantId, new Date('2024-01-01T00:00:00Z')),
  );
  assert.equal(purged, 1);
  const [closed, open, followers] = await withTenant(f.database, f.tenantId, (tx) =>
    Promise.all([
      tx.select().from(reports).where(eq(reports.id, someoneElse.id)),
      tx.select().from(reports).where(eq(reports.id, byMail.id)),
      tx.select().from(reportFollowers).where(eq(reportFollowers.reportId, someoneElse.id)),
    ]),
  );
  assert.equal(closed[0]?.contactName, null);
  assert.equal(closed[0]?.contactEmail, null);
  assert.equal(open[0]?.contactEmail, f.citizenEmail);
  assert.equal(followers.length, 0);
  assert.equal(
    await withTenant(f.database, f.tenantId, (tx) =>
      kind.purge(tx, f.tenantId, new Date('2024-01-01T00:00:00Z')),
    ),
    0,
    'a second purge finds nothing left',
  );
});

test('an erasure carried out by the privacy module keeps the reports and removes the citizen from them', async () => {
  const { f, logged, byMail } = await withReports();
  const [request] = await withTenant(f.database, f.tenantId, (tx) =>
    tx
      .insert(erasureRequests)
      .values({ tenantId: f.tenantId, citizenId: f.citizenId })
      .returning({ id: erasureRequests.id }),
  );
  const outcome = await processErasure(f.database, f.tenantId, f.staff, request?.id ?? '');
  assert.equal(outcome.citizenDeleted, true);
  assert.deepEqual(outcome.erasers.reports, { reportsAnonymised: 2, followsDeleted: 1 });
  const rows = await withTenant(f.database, f.tenantId, (tx) =>
    tx.select().from(reports).where(eq(reports.tenantId, f.tenantId)),
  );
  assert.equal(rows.length, 3);
  for (const id of [logged.id, byMail.id]) {
    const r = rows.find((x) => x.id === id);
    assert.deepEqual(
      [r?.citizenId, r?.contactName, r?.contactEmail, r?.contactPhone],
      [null, null, null, null],
    );
  }
});
