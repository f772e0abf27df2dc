import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestTenant, testApp } from '../../../../test/helpers/context.js';
import {
  createCitizen,
  getPage,
  insertNotice,
  staffCookie,
  submitForm,
} from '../../../../test/helpers/privacy-fixtures.js';
import { processErasure } from '../../privacy/index.js';
import { erasureRequests } from '../../privacy/schema.js';
import { notificationPreferences } from '../schema.js';
import { registerPersonalAreaContent } from '../sections.js';

const PREFS = '/area-personale/notifiche';
const SECTIONS: Array<[string, RegExp, string]> = [
  ['/area-personale/messaggi', /Non hai ancora messaggi\./, '/area-personale/notifiche'],
  ['/area-personale/attivita', /Non ci sono ancora attività\./, '/servizi'],
  ['/area-personale/pratiche', /Non hai ancora pratiche\./, '/servizi'],
  [
    '/area-personale/appuntamenti',
    /Non hai ancora appuntamenti\. Quando prenoterai un appuntamento lo troverai qui\./,
    '/amministrazione/uffici',
  ],
  ['/area-personale/segnalazioni', /Non hai ancora inviato segnalazioni\./, '/segnalazione-disservizio'],
];

async function preferenceRow(tenantId: string, citizenId: string) {
  const { ctx } = await testApp();
  const [row] = await ctx.database.db
    .select()
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.citizenId, citizenId)),
    );
  return row;
}

test('personal area sections: anonymous visitors go to login and come back', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  for (const [path] of [...SECTIONS, [PREFS]]) {
    const res = await getPage(app, tenant, '', path as string);
    assert.equal(res.statusCode, 303, path);
    assert.equal(res.headers.location, `/accedi?next=${encodeURIComponent(path as string)}`);
  }
  const post = await app.inject({
    method: 'POST',
    url: PREFS,
    headers: { host: tenant.host, 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'channels=email',
  });
  assert.ok([401, 403].includes(post.statusCode), String(post.statusCode));
});

test('personal area sections: each is a tab with an honest empty state and a link to where to start', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  for (const [path, empty, action] of SECTIONS) {
    const res = await getPage(app, tenant, citizen.cookie, path);
    assert.equal(res.statusCode, 200, path);
    assert.match(res.body, empty, path);
    assert.match(res.body, new RegExp(`<a href="${action}"`), path);
    // The tabs: one nav with a label, the current one marked for screen readers.
    const nav = /<nav class="mb-4" aria-label="[^"]+">[\s\S]*?<\/nav>/.exec(res.body)?.[0] ?? '';
    const current = [...nav.matchAll(/<a[^>]*aria-current="page"[^>]*>/g)];
    assert.equal(current.length, 1, path);
    assert.match(current[0]?.[0] ?? '', new RegExp(`href="${path}"`));
    for (const [other] of SECTIONS) assert.match(nav, new RegExp(`href="${other}"`));
    assert.match(nav, /href="\/area-personale\/notifiche"/);
    assert.match(nav, /href="\/area-personale"/);
  }
  const en = await getPage(app, tenant, citizen.cookie, '/area-personale/appuntamenti?lang=en');
  assert.match(en.body, /You have no appointments yet/);
});

test('personal area sections: the notice gate applies to them too', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  await insertNotice(tenant, 1);
  const res = await getPage(app, tenant, citizen.cookie, '/area-personale/pratiche');
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/area-personale/privacy?next=%2Farea-personale%2Fpratiche');
});

test('personal area sections: a module can fill a section instead of the empty state', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  const unregister = registerPersonalAreaContent('appuntamenti', async (_request, who) =>
    who.citizenId === citizen.id ? '<p>Appuntamento all’anagrafe, martedì</p>' : null,
  );
  try {
    const mine = await getPage(app, tenant, citizen.cookie, '/area-personale/appuntamenti');
    assert.match(mine.body, /Appuntamento all’anagrafe, martedì/);
    assert.doesNotMatch(mine.body, /Non hai ancora appuntamenti/);
    const other = await createCitizen(tenant);
    const theirs = await getPage(app, tenant, other.cookie, '/area-personale/appuntamenti');
    assert.match(theirs.body, /Non hai ancora appuntamenti/);
  } finally {
    unregister();
  }
});

test('notification preferences: saved per channel and topic, with changed_at, and shown again', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant, { phone: '+39 333 1234567' });
  const page = await getPage(app, tenant, citizen.cookie, PREFS);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /per ora non ricevi notifiche/);
  for (const label of ['E-mail', 'App IO', 'Notifiche push sul browser', 'Telegram', 'WhatsApp'])
    assert.match(page.body, new RegExp(`>${label}</label>`));
  assert.match(page.body, /value="anagrafe"/);

  const before = Date.now();
  const saved = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, {
    channels: ['whatsapp', 'email', 'io'],
    topics: ['anagrafe', 'acqua'],
  });
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
  assert.equal(saved.headers.location, `${PREFS}?ok=saved`);
  const row = await preferenceRow(tenant.id, citizen.id);
  assert.deepEqual(row?.channels, ['email', 'io', 'whatsapp']);
  assert.deepEqual(row?.topics, ['acqua', 'anagrafe']);
  assert.ok((row?.changedAt.getTime() ?? 0) >= before - 1000);

  const again = await getPage(app, tenant, citizen.cookie, `${PREFS}?ok=saved`);
  assert.match(again.body, /Preferenze di notifica salvate\./);
  assert.match(again.body, /value="io" checked/);
  assert.match(again.body, /value="acqua" checked/);
  assert.doesNotMatch(again.body, /value="push" checked/);
  assert.match(again.body, /Ultima modifica:/);

  const same = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, {
    channels: ['email', 'io', 'whatsapp'],
    topics: ['anagrafe', 'acqua'],
  });
  assert.equal(same.headers.location, `${PREFS}?ok=unchanged`);
  assert.equal((await preferenceRow(tenant.id, citizen.id))?.changedAt.getTime(), row?.changedAt.getTime());

  const none = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, {});
  assert.equal(none.headers.location, `${PREFS}?ok=saved`);
  assert.deepEqual((await preferenceRow(tenant.id, citizen.id))?.channels, []);
});

test('notification preferences: wrong choices are explained in Italian and the ticked boxes kept', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant, { email: null });
  const noEmail = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, {
    channels: ['email', 'whatsapp'],
    topics: ['anagrafe'],
  });
  assert.equal(noEmail.statusCode, 400);
  assert.match(noEmail.body, /indica prima il tuo indirizzo nei contatti/);
  assert.match(noEmail.body, /indica prima il tuo numero di telefono nei contatti/);
  assert.match(noEmail.body, /value="anagrafe" checked/);
  assert.match(noEmail.body, /id="f-channels-error"/);

  const forged = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, {
    channels: ['io', 'piccione'],
    topics: ['argomento-inventato'],
  });
  assert.equal(forged.statusCode, 400);
  assert.match(forged.body, /Scegli i canali tra quelli proposti\./);
  assert.match(forged.body, /Scegli gli argomenti tra quelli proposti\./);

  const topicsOnly = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, { topics: ['acqua'] });
  assert.equal(topicsOnly.statusCode, 400);
  assert.match(topicsOnly.body, /scegli almeno un canale/);
  assert.equal(await preferenceRow(tenant.id, citizen.id), undefined, 'nothing saved');
});

test('notification preferences: in the data export, erased with the citizen', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const citizen = await createCitizen(tenant);
  const saved = await submitForm(app, tenant, citizen.cookie, PREFS, PREFS, {
    channels: ['telegram'],
    topics: ['turismo'],
  });
  assert.equal(saved.statusCode, 303);
  const exported = await getPage(app, tenant, citizen.cookie, '/area-personale/dati.json');
  assert.equal(exported.statusCode, 200);
  const data = JSON.parse(exported.body);
  const json = JSON.stringify(data);
  assert.match(
    json,
    /"notificationPreferences":\{"channels":\["telegram"\],"topics":\["turismo"\],"changedAt":"/,
  );

  const admin = await staffCookie(tenant, ['admin']);
  const [request] = await ctx.database.db
    .insert(erasureRequests)
    .values({ tenantId: tenant.id, citizenId: citizen.id, status: 'pending' })
    .returning({ id: erasureRequests.id });
  const outcome = await processErasure(
    ctx.database,
    tenant.id,
    { id: admin.id, kind: 'staff', name: 'Admin', ip: null, requestId: null },
    request?.id ?? '',
  );
  assert.deepEqual(outcome.erasers.notificationPreferences, { notificationPreferences: 1 });
  assert.equal(await preferenceRow(tenant.id, citizen.id), undefined);
});
