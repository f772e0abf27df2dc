import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, asc, desc, eq } from 'drizzle-orm';
import { createTestTenant, testApp } from '../../../../test/helpers/context.js';
import {
  createCitizen,
  getPage,
  insertAcknowledgement,
  insertNotice,
  submitForm,
  uniqueName,
} from '../../../../test/helpers/privacy-fixtures.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { citizens, sessions } from '../../identity/index.js';
import { registerPersonalDataExporter } from '../registries.js';
import { consents } from '../schema.js';

async function consentRows(citizenId: string) {
  const { ctx } = await testApp();
  return ctx.database.db
    .select()
    .from(consents)
    .where(eq(consents.citizenId, citizenId))
    .orderBy(asc(consents.recordedAt));
}

test('an anonymous visitor of the personal area is sent to login, and back afterwards', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await getPage(app, tenant, '', '/area-personale/consensi');
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/accedi?next=%2Farea-personale%2Fconsensi');
});

test('the consent gate redirects to the notice until the citizen acknowledges the version in force', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant, { givenName: 'Giulia', familyName: 'Bianchi' });

  // No notice published: nothing to acknowledge.
  const open = await getPage(app, tenant, citizen.cookie, '/area-personale');
  assert.equal(open.statusCode, 200);

  await insertNotice(tenant, 1, { title: 'Informativa v1', body: 'Primo testo.' });
  for (const url of ['/area-personale', '/area-personale/consensi', '/area-personale/consensi?ok=granted']) {
    const res = await getPage(app, tenant, citizen.cookie, url);
    assert.equal(res.statusCode, 303, url);
    assert.equal(res.headers.location, `/area-personale/privacy?next=${encodeURIComponent(url)}`);
  }
  // The rights of access and erasure are not conditional on the notice.
  assert.equal((await getPage(app, tenant, citizen.cookie, '/area-personale/dati.json')).statusCode, 200);
  assert.equal((await getPage(app, tenant, citizen.cookie, '/area-personale/cancellazione')).statusCode, 200);

  const page = await getPage(
    app,
    tenant,
    citizen.cookie,
    '/area-personale/privacy?next=%2Farea-personale%2Fconsensi',
  );
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Informativa v1/);
  assert.match(page.body, /Primo testo\./);
  assert.match(page.body, /Ho letto l&#39;informativa|Ho letto l'informativa/);
  assert.match(page.body, /name="next" value="\/area-personale\/consensi"/);

  const before = Date.now();
  const ack = await submitForm(
    app,
    tenant,
    citizen.cookie,
    '/area-personale/privacy',
    '/area-personale/privacy',
    { version: '1', next: '/area-personale/consensi' },
  );
  assert.equal(ack.statusCode, 303);
  assert.equal(ack.headers.location, '/area-personale/consensi');

  const rows = await consentRows(citizen.id);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.purpose, 'privacy_notice');
  assert.equal(rows[0]?.noticeVersion, 1);
  assert.equal(rows[0]?.granted, true);
  assert.ok(
    rows[0]!.recordedAt.getTime() >= before - 1000 && rows[0]!.recordedAt.getTime() <= Date.now() + 1000,
  );

  const area = await getPage(app, tenant, citizen.cookie, '/area-personale');
  assert.equal(area.statusCode, 200);
  assert.match(area.body, /Giulia Bianchi/);
  assert.match(area.body, new RegExp(citizen.fiscalCode));
  assert.match(area.body, /action="\/esci"/);

  // Acknowledging again records nothing; a stale version goes back to the notice.
  const again = await submitForm(app, tenant, citizen.cookie, '/area-personale', '/area-personale/privacy', {
    version: '1',
  });
  assert.equal(again.statusCode, 303);
  assert.equal((await consentRows(citizen.id)).length, 1);

  // A new version puts the gate back up.
  await insertNotice(tenant, 2, { title: 'Informativa v2' });
  const gated = await getPage(app, tenant, citizen.cookie, '/area-personale');
  assert.equal(gated.statusCode, 303);
  const stale = await submitForm(
    app,
    tenant,
    citizen.cookie,
    '/area-personale/privacy',
    '/area-personale/privacy',
    {
      version: '1',
    },
  );
  assert.equal(stale.statusCode, 303);
  assert.equal(stale.headers.location, '/area-personale/privacy');
  assert.equal((await consentRows(citizen.id)).length, 1);

  // A next page outside the personal area is ignored.
  const ack2 = await submitForm(
    app,
    tenant,
    citizen.cookie,
    '/area-personale/privacy',
    '/area-personale/privacy',
    {
      version: '2',
      next: '//evil.example/area-personale',
    },
  );
  assert.equal(ack2.headers.location, '/area-personale?ok=acknowledged');
  const after = await consentRows(citizen.id);
  assert.deepEqual(
    after.map((r) => [r.purpose, r.noticeVersion, r.granted]),
    [
      ['privacy_notice', 1, true],
      ['privacy_notice', 2, true],
    ],
  );
});

test('optional consents: granting and withdrawing append rows, the page shows state and history', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  await insertNotice(tenant, 3);
  await insertAcknowledgement(tenant, citizen.id, 3);

  const page = await getPage(app, tenant, citizen.cookie, '/area-personale/consensi');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Newsletter del Comune/);
  assert.match(page.body, /Questionari di soddisfazione/);
  assert.match(page.body, /Consenso non dato/);

  const post = (granted: '1' | '0', purpose = 'newsletter') =>
    submitForm(app, tenant, citizen.cookie, '/area-personale/consensi', '/area-personale/consensi', {
      purpose,
      granted,
    });
  const grant = await post('1');
  assert.equal(grant.statusCode, 303);
  assert.equal(grant.headers.location, '/area-personale/consensi?ok=granted');
  const same = await post('1');
  assert.equal(same.headers.location, '/area-personale/consensi?ok=unchanged');
  const withdraw = await post('0');
  assert.equal(withdraw.headers.location, '/area-personale/consensi?ok=withdrawn');
  const unknown = await post('1', 'marketing_terzi');
  assert.equal(unknown.statusCode, 400);

  const rows = (await consentRows(citizen.id)).filter((r) => r.purpose === 'newsletter');
  assert.deepEqual(
    rows.map((r) => [r.granted, r.noticeVersion]),
    [
      [true, 3],
      [false, 3],
    ],
  );
  assert.ok(rows[1]!.recordedAt >= rows[0]!.recordedAt);

  const history = await getPage(app, tenant, citizen.cookie, '/area-personale/consensi?ok=withdrawn');
  assert.match(history.body, /Consenso revocato\./);
  assert.match(history.body, /Storico delle scelte/);
  assert.equal([...history.body.matchAll(/<time datetime=/g)].length, 3);
  assert.match(history.body, /Consenso dato<\/td>/);
  assert.match(history.body, /Consenso revocato<\/td>/);
  assert.match(history.body, /Presa visione<\/td>/);

  const { ctx } = await testApp();
  const audits = await ctx.database.db
    .select({ action: auditLog.action, changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.actorId, citizen.id)))
    .orderBy(asc(auditLog.id));
  assert.deepEqual(
    audits.map((a) => a.action),
    ['consent.granted', 'consent.withdrawn'],
  );
});

test('the citizen edits e-mail and phone with validation; the audit names fields, not values', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant, { email: null });

  const bad = await submitForm(app, tenant, citizen.cookie, '/area-personale', '/area-personale/contatti', {
    email: 'non-una-mail',
    phone: 'abc',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Il modulo contiene 2 errori/);
  assert.match(bad.body, /Inserisci un indirizzo e-mail valido/);
  assert.match(bad.body, /Inserisci un numero di telefono valido/);
  assert.match(bad.body, /value="non-una-mail"/);

  const ok = await submitForm(app, tenant, citizen.cookie, '/area-personale', '/area-personale/contatti', {
    email: ' Maria.Rossi@Example.IT ',
    phone: '+39 333 123 4567',
  });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/area-personale?ok=saved');
  const [row] = await ctx.database.db.select().from(citizens).where(eq(citizens.id, citizen.id));
  assert.equal(row?.email, 'maria.rossi@example.it');
  assert.equal(row?.phone, '+393331234567');

  const page = await getPage(app, tenant, citizen.cookie, '/area-personale?ok=saved');
  assert.match(page.body, /Recapiti aggiornati\./);
  assert.match(page.body, /maria\.rossi@example\.it/);

  const cleared = await submitForm(
    app,
    tenant,
    citizen.cookie,
    '/area-personale',
    '/area-personale/contatti',
    {
      email: '',
      phone: '',
    },
  );
  assert.equal(cleared.statusCode, 303);
  const [after] = await ctx.database.db.select().from(citizens).where(eq(citizens.id, citizen.id));
  assert.equal(after?.email, null);
  assert.equal(after?.phone, null);

  const [audit] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'citizen.contacts_updated')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  assert.deepEqual(audit?.changes, { fields: ['email', 'phone'] });
  assert.doesNotMatch(JSON.stringify(audit), /example\.it/);
});

test('the data export holds profile, consents, sessions without token hashes and other modules data', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant, {
    givenName: 'Luca',
    familyName: 'Verdi',
    phone: '3331234567',
  });
  await insertNotice(tenant, 1);
  await insertAcknowledgement(tenant, citizen.id, 1);
  const name = uniqueName('test-exporter');
  const unregister = registerPersonalDataExporter(name, async (_tx, tenantId, citizenId) => ({
    tenantId,
    citizenId,
    reports: [{ title: 'Buca in via Roma' }],
  }));
  try {
    const res = await getPage(app, tenant, citizen.cookie, '/area-personale/dati.json');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /application\/json/);
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="campanile-dati-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = res.json();
    assert.equal(data.format, 'campanile.personal-data/1');
    assert.equal(data.profile.givenName, 'Luca');
    assert.equal(data.profile.familyName, 'Verdi');
    assert.equal(data.profile.fiscalCode, citizen.fiscalCode);
    assert.equal(data.profile.phone, '3331234567');
    assert.equal(data.consents.length, 1);
    assert.equal(data.consents[0].purpose, 'privacy_notice');
    assert.equal(data.consents[0].noticeVersion, 1);
    assert.equal(data.sessions.length, 1);
    assert.equal(data.sessions[0].device, 'TestBrowser/1.0');
    assert.equal(data.sessions[0].ip, '192.0.2.10');
    assert.deepEqual(data.erasureRequests, []);
    assert.deepEqual(data.modules[name], {
      tenantId: tenant.id,
      citizenId: citizen.id,
      reports: [{ title: 'Buca in via Roma' }],
    });

    const [session] = await ctx.database.db.select().from(sessions).where(eq(sessions.citizenId, citizen.id));
    assert.ok(session);
    assert.ok(!res.body.includes(session.tokenHash), 'the token hash must not be exported');
    assert.doesNotMatch(res.body, /tokenHash|token_hash/);
    assert.ok(!res.body.includes(citizen.cookie.split('=')[1]!), 'nor the token');

    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'privacy.data_exported')))
      .limit(1);
    assert.equal(audit?.actorKind, 'citizen');
    assert.equal(audit?.actorId, citizen.id);
    assert.equal(audit?.entityId, citizen.id);
  } finally {
    unregister();
  }
});

test('a session of another Comune does not open this Comune personal area', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const other = await createTestTenant(undefined, 'Comune di Altrove');
  const citizen = await createCitizen(other);
  const res = await getPage(app, tenant, citizen.cookie, '/area-personale/dati.json');
  assert.equal(res.statusCode, 303);
  assert.match(String(res.headers.location), /^\/accedi/);
});
