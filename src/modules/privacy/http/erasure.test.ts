import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import { createTestTenant, testApp } from '../../../../test/helpers/context.js';
import {
  createCitizen,
  getPage,
  insertAcknowledgement,
  insertNotice,
  staffCookie,
  submitForm,
  uniqueName,
} from '../../../../test/helpers/privacy-fixtures.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { citizens, sessions } from '../../identity/index.js';
import { registerPersonalDataEraser } from '../registries.js';
import { consents, erasureRequests } from '../schema.js';

const REQUESTS = '/backoffice/privacy/richieste';

async function requestsOf(tenantId: string) {
  const { ctx } = await testApp();
  return ctx.database.db
    .select()
    .from(erasureRequests)
    .where(eq(erasureRequests.tenantId, tenantId))
    .orderBy(asc(erasureRequests.requestedAt));
}

test('erasure end to end: the citizen asks, an administrator carries it out in one transaction', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant, { givenName: 'Paola', familyName: 'Neri' });
  await insertNotice(tenant, 1);
  await insertAcknowledgement(tenant, citizen.id, 1);
  const admin = await staffCookie(tenant, ['admin'], 'Anna Amministratrice');

  const name = uniqueName('test-eraser');
  const calls: string[] = [];
  const unregister = registerPersonalDataEraser(name, async (tx, tenantId, citizenId) => {
    // Runs inside the erasure's transaction, while the citizen still exists.
    const [row] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, citizenId));
    calls.push(`${tenantId}:${citizenId}:${row ? 'present' : 'gone'}`);
    return { reportsPseudonymised: 2 };
  });
  try {
    const page = await getPage(app, tenant, citizen.cookie, '/area-personale/cancellazione');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Cosa viene cancellato/);
    assert.match(page.body, /Cosa il Comune deve conservare per legge/);
    assert.match(page.body, /protocollati/);

    const unconfirmed = await submitForm(
      app,
      tenant,
      citizen.cookie,
      '/area-personale/cancellazione',
      '/area-personale/cancellazione',
      {},
    );
    assert.equal(unconfirmed.statusCode, 400);
    assert.match(unconfirmed.body, /seleziona la casella di conferma/);
    assert.equal((await requestsOf(tenant.id)).length, 0);

    const asked = await submitForm(
      app,
      tenant,
      citizen.cookie,
      '/area-personale/cancellazione',
      '/area-personale/cancellazione',
      { confirm: '1' },
    );
    assert.equal(asked.statusCode, 303);
    assert.equal(asked.headers.location, '/area-personale/cancellazione?ok=requested');
    const [request] = await requestsOf(tenant.id);
    assert.equal(request?.status, 'pending');
    assert.equal(request?.citizenId, citizen.id);

    // A second submission does not open a second request; the area shows the pending one.
    const area = await getPage(app, tenant, citizen.cookie, '/area-personale');
    assert.match(area.body, /la richiesta è in lavorazione/);
    const status = await getPage(app, tenant, citizen.cookie, '/area-personale/cancellazione?ok=requested');
    assert.match(status.body, /Richiesta in lavorazione/);
    assert.doesNotMatch(status.body, /name="confirm"/);

    const list = await getPage(app, tenant, admin.cookie, `${REQUESTS}?status=pending`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Paola Neri/);
    assert.match(list.body, new RegExp(`href="${REQUESTS}/${request!.id}"`));
    const completedOnly = await getPage(app, tenant, admin.cookie, `${REQUESTS}?status=completed`);
    assert.doesNotMatch(completedOnly.body, /Paola Neri/);

    const detail = await getPage(app, tenant, admin.cookie, `${REQUESTS}/${request!.id}`);
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, new RegExp(citizen.fiscalCode));
    assert.match(detail.body, new RegExp(name));

    const noConfirm = await submitForm(
      app,
      tenant,
      admin.cookie,
      `${REQUESTS}/${request!.id}`,
      `${REQUESTS}/${request!.id}/esegui`,
      {},
    );
    assert.equal(noConfirm.statusCode, 400);
    assert.match(noConfirm.body, /Seleziona la casella per confermare/);
    assert.equal(calls.length, 0);

    const done = await submitForm(
      app,
      tenant,
      admin.cookie,
      `${REQUESTS}/${request!.id}`,
      `${REQUESTS}/${request!.id}/esegui`,
      { confirm: '1' },
    );
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, `${REQUESTS}/${request!.id}?ok=completed`);
    assert.deepEqual(calls, [`${tenant.id}:${citizen.id}:present`]);

    const gone = await ctx.database.db.select().from(citizens).where(eq(citizens.id, citizen.id));
    assert.equal(gone.length, 0);
    assert.equal(
      (await ctx.database.db.select().from(sessions).where(eq(sessions.citizenId, citizen.id))).length,
      0,
    );
    assert.equal(
      (await ctx.database.db.select().from(consents).where(eq(consents.citizenId, citizen.id))).length,
      0,
    );

    const [completed] = await requestsOf(tenant.id);
    assert.equal(completed?.status, 'completed');
    assert.equal(completed?.citizenId, null);
    assert.equal(completed?.processedBy, admin.id);
    assert.ok(completed?.processedAt);
    // Other modules' erasers (notification preferences…) report too: compare this test's own.
    const { erasers, ...outcome } = (completed?.outcome ?? { erasers: {} }) as {
      erasers: Record<string, unknown>;
    };
    assert.deepEqual(erasers[name], { reportsPseudonymised: 2 });
    assert.deepEqual(outcome, {
      sessionsDeleted: 1,
      consentsDeleted: 1,
      auditEntriesPseudonymised: 1,
      citizenDeleted: true,
    });

    // The old session cookie is worthless now.
    const after = await getPage(app, tenant, citizen.cookie, '/area-personale');
    assert.equal(after.statusCode, 303);
    assert.match(String(after.headers.location), /^\/accedi/);

    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenant.id)))
      .orderBy(asc(auditLog.id));
    const completion = audits.find((a) => a.action === 'erasure_request.completed');
    assert.equal(completion?.actorId, admin.id);
    assert.equal(completion?.entityId, request!.id);
    // The citizen's own entries stay as actions, without name, address or details.
    const own = audits.filter((a) => a.actorKind === 'citizen');
    assert.deepEqual(
      own.map((a) => [a.action, a.actorName, a.ip, a.changes]),
      [['erasure_request.created', '', null, null]],
    );
    assert.doesNotMatch(JSON.stringify(audits), /Paola|Neri/);

    const shown = await getPage(app, tenant, admin.cookie, `${REQUESTS}/${request!.id}?ok=completed`);
    assert.match(shown.body, /Cancellazione eseguita\./);
    assert.match(shown.body, /Dati cancellati/);
    assert.match(shown.body, /Anna Amministratrice/);
    assert.doesNotMatch(shown.body, /name="confirm"/);

    // Done is done: a second attempt conflicts.
    const twice = await submitForm(app, tenant, admin.cookie, REQUESTS, `${REQUESTS}/${request!.id}/esegui`, {
      confirm: '1',
    });
    assert.equal(twice.statusCode, 409);
  } finally {
    unregister();
  }
});

test('a failing eraser erases nothing: the request stays pending', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  const admin = await staffCookie(tenant, ['admin']);
  const unregister = registerPersonalDataEraser(uniqueName('test-broken'), async () => {
    throw new Error('archive unavailable');
  });
  try {
    await submitForm(
      app,
      tenant,
      citizen.cookie,
      '/area-personale/cancellazione',
      '/area-personale/cancellazione',
      {
        confirm: '1',
      },
    );
    const [request] = await requestsOf(tenant.id);
    const res = await submitForm(
      app,
      tenant,
      admin.cookie,
      `${REQUESTS}/${request!.id}`,
      `${REQUESTS}/${request!.id}/esegui`,
      { confirm: '1' },
    );
    assert.equal(res.statusCode, 500);
    assert.equal(
      (await ctx.database.db.select().from(citizens).where(eq(citizens.id, citizen.id))).length,
      1,
    );
    const [still] = await requestsOf(tenant.id);
    assert.equal(still?.status, 'pending');
    assert.equal((await getPage(app, tenant, citizen.cookie, '/area-personale')).statusCode, 200);
  } finally {
    unregister();
  }
});

test('an administrator declines a request with a reason the citizen reads', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  const admin = await staffCookie(tenant, ['admin']);
  await submitForm(
    app,
    tenant,
    citizen.cookie,
    '/area-personale/cancellazione',
    '/area-personale/cancellazione',
    {
      confirm: '1',
    },
  );
  const [request] = await requestsOf(tenant.id);
  const path = `${REQUESTS}/${request!.id}`;

  const empty = await submitForm(app, tenant, admin.cookie, path, `${path}/rifiuta`, { reason: '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Campo obbligatorio/);

  const declined = await submitForm(app, tenant, admin.cookie, path, `${path}/rifiuta`, {
    reason: 'Pratica edilizia in corso: i dati vanno conservati fino alla chiusura.',
  });
  assert.equal(declined.statusCode, 303);
  const [row] = await requestsOf(tenant.id);
  assert.equal(row?.status, 'rejected');
  assert.equal(row?.processedBy, admin.id);
  assert.equal((await ctx.database.db.select().from(citizens).where(eq(citizens.id, citizen.id))).length, 1);

  const area = await getPage(app, tenant, citizen.cookie, '/area-personale');
  assert.match(area.body, /non è stata accolta/);
  assert.match(area.body, /Pratica edilizia in corso/);
  // A declined request does not prevent asking again.
  const page = await getPage(app, tenant, citizen.cookie, '/area-personale/cancellazione');
  assert.match(page.body, /name="confirm"/);

  const [audit] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'erasure_request.rejected')));
  assert.equal(audit?.actorId, admin.id);
});

test('the requests list filters by status and pages by 25', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const admin = await staffCookie(tenant, ['admin']);
  const { ctx } = await testApp();
  for (let i = 0; i < 27; i++) {
    const citizen = await createCitizen(tenant, { givenName: `Persona${String(i).padStart(2, '0')}` });
    await ctx.database.db.insert(erasureRequests).values({
      tenantId: tenant.id,
      citizenId: citizen.id,
      status: i === 0 ? 'rejected' : 'pending',
      requestedAt: new Date(Date.UTC(2025, 0, 1 + i)),
    });
  }
  const first = await getPage(app, tenant, admin.cookie, REQUESTS);
  assert.match(first.body, /27 risultati/);
  assert.equal([...first.body.matchAll(/<tr><td><a href="\/backoffice\/privacy\/richieste\//g)].length, 25);
  assert.match(first.body, /Persona00/);
  const second = await getPage(app, tenant, admin.cookie, `${REQUESTS}?page=2`);
  assert.equal([...second.body.matchAll(/<tr><td><a href="\/backoffice\/privacy\/richieste\//g)].length, 2);
  const pending = await getPage(app, tenant, admin.cookie, `${REQUESTS}?status=pending&sort=-requestedAt`);
  assert.match(pending.body, /26 risultati/);
  assert.doesNotMatch(pending.body, /Persona00/);
  assert.ok(pending.body.indexOf('Persona26') < pending.body.indexOf('Persona25'));
  assert.equal((await getPage(app, tenant, admin.cookie, `${REQUESTS}?status=bogus`)).statusCode, 400);
  assert.equal((await getPage(app, tenant, admin.cookie, `${REQUESTS}/not-a-uuid`)).statusCode, 404);
});
