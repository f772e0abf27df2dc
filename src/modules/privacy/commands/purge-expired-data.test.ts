import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import {
  createCitizen,
  getPage,
  staffCookie,
  submitForm,
} from '../../../../test/helpers/privacy-fixtures.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { withTenant } from '../../../platform/db/client.js';
import { outbox } from '../../../platform/outbox/schema.js';
import { createSession, sessions } from '../../identity/index.js';
import { privacyModule } from '../index.js';
import { erasureRequests, retentionPolicies } from '../schema.js';
import { purgeExpiredData, purgeTenantData } from './purge-expired-data.js';

const DAY = 86_400_000;
const NOW = new Date('2026-06-15T03:17:00Z');
/**
 * The whole-database job test purges as of a date long past, so it cannot touch the rows of tests
 * in other files that share the database (theirs are all much newer).
 */
const LONG_AGO = new Date('2001-01-01T03:17:00Z');

/** Old and recent rows of every purged kind, marked so the test can tell them apart. */
async function seed(tenant: TestTenant, now: Date = NOW) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const { ctx } = await testApp();
  const db = ctx.database;
  const citizen = await createCitizen(tenant);
  await createSession(db, { tenantId: tenant.id, citizenId: citizen.id, userAgent: 'old' });
  await createSession(db, { tenantId: tenant.id, citizenId: citizen.id, userAgent: 'recent' });
  await withTenant(db, tenant.id, async (tx) => {
    await tx
      .update(sessions)
      .set({ expiresAt: ago(31) })
      .where(and(eq(sessions.tenantId, tenant.id), eq(sessions.userAgent, 'old')));
    await tx
      .update(sessions)
      .set({ expiresAt: ago(29) })
      .where(and(eq(sessions.tenantId, tenant.id), eq(sessions.userAgent, 'recent')));
    // The helper's own session (TestBrowser) stays live: expires in the future.
    await tx.insert(auditLog).values([
      { tenantId: tenant.id, actorKind: 'system', action: 'old.action', entity: 'x', at: ago(3651) },
      { tenantId: tenant.id, actorKind: 'system', action: 'recent.action', entity: 'x', at: ago(3649) },
    ]);
    await tx.insert(outbox).values([
      { tenantId: tenant.id, type: 'old.dispatched', payload: {}, dispatchedAt: ago(31) },
      { tenantId: tenant.id, type: 'recent.dispatched', payload: {}, dispatchedAt: ago(29) },
      { tenantId: tenant.id, type: 'old.pending', payload: {}, createdAt: ago(400) },
    ]);
    await tx.insert(erasureRequests).values([
      { tenantId: tenant.id, status: 'completed', processedAt: ago(3651), requestedAt: ago(3660) },
      { tenantId: tenant.id, status: 'completed', processedAt: ago(3649), requestedAt: ago(3660) },
      { tenantId: tenant.id, status: 'pending', requestedAt: ago(5000) },
    ]);
  });
}

async function remaining(tenant: TestTenant) {
  const { ctx } = await testApp();
  const db = ctx.database.db;
  return {
    sessions: (await db.select().from(sessions).where(eq(sessions.tenantId, tenant.id)))
      .map((s) => s.userAgent)
      .sort(),
    audit: (await db.select().from(auditLog).where(eq(auditLog.tenantId, tenant.id)))
      .map((a) => a.action)
      .filter((a) => a.endsWith('.action'))
      .sort(),
    outbox: (await db.select().from(outbox).where(eq(outbox.tenantId, tenant.id))).map((o) => o.type).sort(),
    erasure: (await db.select().from(erasureRequests).where(eq(erasureRequests.tenantId, tenant.id))).length,
  };
}

test('the purge removes only rows older than the retention, and only of the Comune it purges', async () => {
  const a = await createTestTenant();
  const b = await createTestTenant(undefined, 'Comune di Accanto');
  await seed(a);
  await seed(b);
  const before = await remaining(b);

  const report = await purgeTenantData((await testApp()).ctx.database, a.id, NOW);
  assert.deepEqual(report, {
    sessions_expired: 1,
    audit_log: 1,
    outbox_dispatched: 1,
    erasure_requests_completed: 1,
    report_contacts_closed: 0,
  });
  assert.deepEqual(await remaining(a), {
    sessions: ['TestBrowser/1.0', 'recent'],
    audit: ['recent.action'],
    outbox: ['old.pending', 'recent.dispatched'],
    erasure: 2,
  });
  assert.deepEqual(await remaining(b), before, 'another Comune is untouched');

  const { ctx } = await testApp();
  const [entry] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, a.id), eq(auditLog.action, 'retention.purged')));
  assert.equal(entry?.actorKind, 'system');
  assert.deepEqual(entry?.changes, report);

  // Nothing left to remove: nothing removed, no new audit entry.
  const again = await purgeTenantData(ctx.database, a.id, NOW);
  assert.deepEqual(Object.keys(again), Object.keys(report));
  assert.ok(Object.values(again).every((n) => n === 0));
});

test('a Comune’s own retention days decide what goes', async () => {
  const { ctx } = await testApp();
  const tenant = await createTestTenant();
  await seed(tenant);
  await ctx.database.db.insert(retentionPolicies).values([
    { tenantId: tenant.id, dataKind: 'sessions_expired', days: 60 },
    { tenantId: tenant.id, dataKind: 'outbox_dispatched', days: 7 },
  ]);
  const report = await purgeTenantData(ctx.database, tenant.id, NOW);
  assert.equal(report.sessions_expired, 0);
  assert.equal(report.outbox_dispatched, 2);
  assert.deepEqual((await remaining(tenant)).outbox, ['old.pending']);
});

test('the nightly job purges every Comune and logs what each kind removed', async () => {
  const { ctx } = await testApp();
  const tenant = await createTestTenant();
  await seed(tenant, LONG_AGO);
  const lines: Array<{ tenant: string; removed: Record<string, number> }> = [];
  const log = {
    info: (obj: object) => lines.push(obj as (typeof lines)[number]),
    error: () => assert.fail('no Comune should fail'),
  } as never;
  const reports = await purgeExpiredData(ctx.database, log, LONG_AGO);
  assert.equal(reports[tenant.id]?.sessions_expired, 1);
  const line = lines.find((l) => l.tenant === tenant.slug);
  assert.deepEqual(line?.removed, reports[tenant.id]);

  assert.deepEqual(
    privacyModule.schedules?.map((s) => [s.name, s.cron]),
    [['privacy.purge', '17 3 * * *']],
  );
  // The job is built with the context, so a worker-only process (no web) can run it too.
  const jobs = privacyModule.jobs?.(ctx) ?? [];
  assert.deepEqual(
    jobs.map((j) => j.name),
    ['privacy.purge'],
  );
  await jobs[0]?.handler({});
});

test('the retention page shows defaults, saves per kind, enforces limits and audits', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const admin = await staffCookie(tenant, ['admin']);
  const page = await getPage(app, tenant, admin.cookie, '/backoffice/privacy/conservazione');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /name="sessions_expired"[^>]*value="30"/);
  assert.match(page.body, /name="audit_log"[^>]*value="3650"/);
  assert.match(page.body, /name="outbox_dispatched"[^>]*value="30"/);
  assert.match(page.body, /name="erasure_requests_completed"[^>]*value="3650"/);
  assert.match(page.body, /name="report_contacts_closed"[^>]*value="730"/);
  assert.match(page.body, /finché esiste il profilo del cittadino/);

  const fields = {
    sessions_expired: '14',
    audit_log: '100',
    outbox_dispatched: '30',
    erasure_requests_completed: '3650',
    report_contacts_closed: '730',
  };
  const bad = await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/conservazione',
    '/backoffice/privacy/conservazione',
    fields,
  );
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Il valore deve essere almeno 365/);

  const ok = await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/conservazione',
    '/backoffice/privacy/conservazione',
    {
      ...fields,
      audit_log: '1825',
    },
  );
  assert.equal(ok.statusCode, 303);
  const rows = await ctx.database.db
    .select({ kind: retentionPolicies.dataKind, days: retentionPolicies.days })
    .from(retentionPolicies)
    .where(eq(retentionPolicies.tenantId, tenant.id));
  assert.deepEqual(Object.fromEntries(rows.map((r) => [r.kind, r.days])), {
    sessions_expired: 14,
    audit_log: 1825,
    outbox_dispatched: 30,
    erasure_requests_completed: 3650,
    report_contacts_closed: 730,
  });
  const [audit] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'retention_policy.updated')));
  assert.deepEqual(audit?.changes, { sessions_expired: [30, 14], audit_log: [3650, 1825] });

  const saved = await getPage(app, tenant, admin.cookie, '/backoffice/privacy/conservazione?ok=saved');
  assert.match(saved.body, /Modifiche salvate/);
  assert.match(saved.body, /name="sessions_expired"[^>]*value="14"/);
});
