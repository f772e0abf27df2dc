import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import {
  createTestTenant,
  type TestTenant,
  testApp,
  testDatabase,
} from '../../../../test/helpers/context.js';
import { formBody, type StaffSession, sessionCookieFor } from '../../../../test/helpers/session.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { areas } from '../../tenancy/index.js';
import { checkOpeningHours } from '../commands/set-office-hours.js';
import { officeHours, officeMembers, offices } from '../schema.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function post(session: StaffSession, url: string, fields: Record<string, string | string[]>) {
  const { app } = await testApp();
  return app.inject({
    method: 'POST',
    url,
    headers: { ...session.headers, ...FORM },
    payload: formBody({ ...fields, _csrf: session.csrf }),
  });
}

async function auditRows(tenantId: string, action: string) {
  const database = await testDatabase();
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
}

async function addArea(tenant: TestTenant, name: string): Promise<string> {
  const database = await testDatabase();
  const [row] = await database.db
    .insert(areas)
    .values({
      tenantId: tenant.id,
      slug: name.toLowerCase().replace(/\W+/g, '-'),
      name,
      kind: 'frazione',
      boundary: [
        [7.6, 45.0],
        [7.61, 45.0],
        [7.61, 45.01],
        [7.6, 45.0],
      ],
    })
    .returning({ id: areas.id });
  return row!.id;
}

async function createOfficeVia(admin: StaffSession, name: string, extra: Record<string, string> = {}) {
  const res = await post(admin, '/backoffice/uffici/nuovo', { name, ...extra });
  assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  const id = /\/backoffice\/uffici\/([0-9a-f-]{36})\?ok=created/.exec(String(res.headers.location))?.[1];
  assert.ok(id, String(res.headers.location));
  return id;
}

test('offices: anonymous visitors log in first; an editor gets 403 on the create form', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const anonymous = await app.inject({ url: '/backoffice/uffici/nuovo', headers: { host: tenant.host } });
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /^\/backoffice\/login\?next=/);
  const editor = await sessionCookieFor(tenant, ['editor']);
  const res = await app.inject({ url: '/backoffice/uffici/nuovo', headers: editor.headers });
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /Non hai i permessi/);
  const list = await app.inject({ url: '/backoffice/uffici', headers: editor.headers });
  assert.equal(list.statusCode, 403);
  const postDenied = await post(editor, '/backoffice/uffici/nuovo', { name: 'Ufficio abusivo' });
  assert.equal(postDenied.statusCode, 403);
});

test('offices: the create form explains errors in Italian and keeps what was typed', async () => {
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const res = await post(admin, '/backoffice/uffici/nuovo', {
    name: '',
    slug: 'Non Valido',
    email: 'non-una-mail',
    phone: 'chiamami',
    description: 'Descrizione <b>conservata</b>',
    address: 'Via Roma 1',
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Il modulo contiene 4 errori/);
  assert.match(res.body, /Nome: Campo obbligatorio\./);
  assert.match(res.body, /Inserisci un indirizzo e-mail valido/);
  assert.match(res.body, /Usa solo lettere minuscole senza accenti, numeri e trattini/);
  assert.match(res.body, /Inserisci un numero di telefono valido/);
  assert.match(res.body, /value="non-una-mail"/);
  assert.match(res.body, /value="chiamami"/);
  assert.match(res.body, /value="Via Roma 1"/);
  assert.match(res.body, /Descrizione &lt;b>conservata&lt;\/b>|Descrizione &lt;b&gt;conservata&lt;\/b&gt;/);
  assert.match(res.body, /href="#f-name"/);
});

test('offices: create derives the slug, refuses a duplicate, edits are audited with their diff', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const areaId = await addArea(tenant, 'Borgo Nuovo');
  const admin = await sessionCookieFor(tenant, ['admin'], { name: 'Ada Admin' });
  const id = await createOfficeVia(admin, '  Ufficio Anagrafe e Stato Civile ', {
    email: 'Anagrafe@Comune.Example.it',
    areaId,
  });
  const [row] = await database.db.select().from(offices).where(eq(offices.id, id));
  assert.equal(row?.slug, 'ufficio-anagrafe-e-stato-civile');
  assert.equal(row?.name, 'Ufficio Anagrafe e Stato Civile');
  assert.equal(row?.email, 'anagrafe@comune.example.it');
  assert.equal(row?.areaId, areaId);

  const [created] = await auditRows(tenant.id, 'office.created');
  assert.equal(created?.entity, 'office');
  assert.equal(created?.entityId, id);
  assert.equal(created?.actorName, 'Ada Admin');
  const createdChanges = (created?.changes ?? {}) as Record<string, unknown>;
  assert.deepEqual(createdChanges.slug, [null, 'ufficio-anagrafe-e-stato-civile']);

  const page = await app.inject({ url: `/backoffice/uffici/${id}?ok=created`, headers: admin.headers });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Ufficio creato\./);
  assert.match(page.body, /Borgo Nuovo/);

  const duplicate = await post(admin, '/backoffice/uffici/nuovo', {
    name: 'Altro',
    slug: 'ufficio-anagrafe-e-stato-civile',
  });
  assert.equal(duplicate.statusCode, 400);
  assert.match(duplicate.body, /già usato da un altro ufficio/);
  assert.match(duplicate.body, /value="Altro"/);

  const edit = await post(admin, `/backoffice/uffici/${id}/modifica`, {
    name: 'Ufficio Anagrafe e Stato Civile',
    slug: 'anagrafe',
    email: 'anagrafe@comune.example.it',
    phone: '011 1234567',
    areaId: '',
  });
  assert.equal(edit.statusCode, 303);
  assert.equal(edit.headers.location, `/backoffice/uffici/${id}?ok=saved`);
  const [updated] = await auditRows(tenant.id, 'office.updated');
  assert.deepEqual(updated?.changes, {
    slug: ['ufficio-anagrafe-e-stato-civile', 'anagrafe'],
    phone: ['', '011 1234567'],
    areaId: [areaId, null],
  });

  const again = await post(admin, `/backoffice/uffici/${id}/modifica`, {
    name: 'Ufficio Anagrafe e Stato Civile',
    slug: 'anagrafe',
    email: 'anagrafe@comune.example.it',
    phone: '011 1234567',
  });
  assert.equal(again.headers.location, `/backoffice/uffici/${id}?ok=unchanged`);
  assert.equal((await auditRows(tenant.id, 'office.updated')).length, 1, 'no change, no audit row');
});

test('opening hours: HH:MM, closing after opening, no overlap in a day', () => {
  const { slots, errors } = checkOpeningHours([
    { weekday: 1, opens: '08:30', closes: '12:30' },
    { weekday: 1, opens: '12:30', closes: '16:00' },
    { weekday: 1, opens: '', closes: '' },
    { weekday: 2, opens: '14:00', closes: '13:00' },
    { weekday: 2, opens: '9:00', closes: '12:00' },
    { weekday: 3, opens: '08:00', closes: '12:00' },
    { weekday: 3, opens: '11:00', closes: '13:00' },
    { weekday: 4, opens: '10:00', closes: '' },
    { weekday: 5, opens: '10:00', closes: '10:00' },
    { weekday: 8, opens: '10:00', closes: '11:00' },
  ]);
  assert.deepEqual(
    errors.map((e) => [e.path, e.message]),
    [
      ['hours/3/closes', 'offices.hours.errors.order'],
      ['hours/4/opens', 'offices.hours.errors.time'],
      ['hours/7/closes', 'offices.hours.errors.incomplete'],
      ['hours/8/closes', 'offices.hours.errors.order'],
      ['hours/9/opens', 'offices.hours.errors.weekday'],
      ['hours/6/opens', 'offices.hours.errors.overlap'],
    ],
  );
  assert.deepEqual(errors.find((e) => e.path === 'hours/6/opens')?.params, {
    opens: '08:00',
    closes: '12:00',
  });
  assert.equal(slots.length, 4);
});

test('opening hours editor: errors in Italian, rows kept, add a row without JavaScript, save audited', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const id = await createOfficeVia(admin, 'URP');

  const editor = await app.inject({ url: `/backoffice/uffici/${id}/orari`, headers: admin.headers });
  assert.equal(editor.statusCode, 200);
  // Two blank rows per day when nothing is saved yet: 14 pairs of time inputs.
  assert.equal(editor.body.match(/type="time" id="f-hours-\d+-opens"/g)?.length, 14);
  assert.match(editor.body, /hx-get="\/backoffice\/uffici\/[0-9a-f-]+\/orari\/fascia\?weekday=1"/);

  const bad = await post(admin, `/backoffice/uffici/${id}/orari`, {
    weekday: ['1', '1', '2'],
    opens: ['08:30', '12:00', '15:00'],
    closes: ['12:30', '14:00', '15:00'],
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Questa fascia si sovrappone a quella delle 08:30–12:30 dello stesso giorno/);
  assert.match(bad.body, /L’orario di chiusura deve essere successivo a quello di apertura/);
  assert.match(bad.body, /Lunedì, fascia 2: apertura/);
  assert.match(bad.body, /id="f-hours-1-opens" name="opens" value="12:00"/);
  assert.equal((await database.db.select().from(officeHours).where(eq(officeHours.officeId, id))).length, 0);

  const add = await post(admin, `/backoffice/uffici/${id}/orari`, {
    weekday: ['1', '2'],
    opens: ['08:30', ''],
    closes: ['12:30', ''],
    add: '1',
  });
  assert.equal(add.statusCode, 200);
  assert.match(add.body, /id="f-hours-2-opens"/, 'a third row, for Monday');
  assert.match(add.body, /value="08:30"/);

  const fragment = await app.inject({
    url: `/backoffice/uffici/${id}/orari/fascia?weekday=3&add=3`,
    headers: { ...admin.headers, 'hx-request': 'true' },
  });
  assert.equal(fragment.statusCode, 200);
  assert.match(
    fragment.body,
    /^<div class="row g-3 hours-slot"><input type="hidden" name="weekday" value="3"\/>/,
  );
  assert.match(fragment.body, /Mercoledì, nuova fascia/);

  const ok = await post(admin, `/backoffice/uffici/${id}/orari`, {
    weekday: ['1', '1', '1', '3'],
    opens: ['14:30', '08:30', '', '09:00'],
    closes: ['16:30', '12:30', '', '12:00'],
  });
  assert.equal(ok.statusCode, 303);
  const saved = await database.db
    .select({ weekday: officeHours.weekday, opens: officeHours.opens, closes: officeHours.closes })
    .from(officeHours)
    .where(eq(officeHours.officeId, id))
    .orderBy(asc(officeHours.weekday), asc(officeHours.opens));
  assert.deepEqual(saved, [
    { weekday: 1, opens: '08:30:00', closes: '12:30:00' },
    { weekday: 1, opens: '14:30:00', closes: '16:30:00' },
    { weekday: 3, opens: '09:00:00', closes: '12:00:00' },
  ]);
  const [audit] = await auditRows(tenant.id, 'office.hours_set');
  assert.deepEqual(audit?.changes, {
    hours: [
      [],
      [
        { weekday: 1, opens: '08:30', closes: '12:30' },
        { weekday: 1, opens: '14:30', closes: '16:30' },
        { weekday: 3, opens: '09:00', closes: '12:00' },
      ],
    ],
  });
  const detail = await app.inject({ url: `/backoffice/uffici/${id}`, headers: admin.headers });
  assert.match(detail.body, /08:30–12:30, 14:30–16:30/);
  assert.match(detail.body, /Chiuso/);
});

test('office people: add and remove staff of the same Comune, each change audited', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const other = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const clerk = await sessionCookieFor(tenant, ['office_operator'], { name: 'Carla Sportello' });
  const stranger = await sessionCookieFor(other, ['office_operator'], { name: 'Estranea Altrove' });
  const id = await createOfficeVia(admin, 'Tributi');

  const page = await app.inject({ url: `/backoffice/uffici/${id}`, headers: admin.headers });
  assert.match(page.body, new RegExp(`<option value="${clerk.userId}">Carla Sportello`));
  assert.doesNotMatch(page.body, /Estranea Altrove/);

  const added = await post(admin, `/backoffice/uffici/${id}/persone`, { staffUserId: clerk.userId });
  assert.equal(added.statusCode, 303);
  assert.equal(added.headers.location, `/backoffice/uffici/${id}?ok=memberAdded#office-members`);
  const members = await database.db.select().from(officeMembers).where(eq(officeMembers.officeId, id));
  assert.deepEqual(
    members.map((m) => m.staffUserId),
    [clerk.userId],
  );
  const [addAudit] = await auditRows(tenant.id, 'office.member_added');
  assert.deepEqual(addAudit?.changes, { member: [null, { id: clerk.userId, name: 'Carla Sportello' }] });

  const twice = await post(admin, `/backoffice/uffici/${id}/persone`, { staffUserId: clerk.userId });
  assert.equal(twice.statusCode, 400);
  assert.match(twice.body, /La persona fa già parte dell’ufficio/);

  const foreign = await post(admin, `/backoffice/uffici/${id}/persone`, { staffUserId: stranger.userId });
  assert.equal(foreign.statusCode, 400);
  assert.match(foreign.body, /La persona scelta non esiste o non è più attiva/);

  // The member now sees the office on the dashboard; as an office operator they read but do not manage.
  const dashboard = await app.inject({ url: '/backoffice', headers: clerk.headers });
  assert.match(
    dashboard.body,
    new RegExp(`I tuoi uffici[\\s\\S]*<a href="/backoffice/uffici/${id}">Tributi</a>`),
  );
  const readOnly = await app.inject({ url: `/backoffice/uffici/${id}`, headers: clerk.headers });
  assert.equal(readOnly.statusCode, 200);
  assert.doesNotMatch(readOnly.body, /rimuovi/);
  assert.doesNotMatch(readOnly.body, /Modifica dati/);
  const notAllowed = await post(clerk, `/backoffice/uffici/${id}/persone/${clerk.userId}/rimuovi`, {});
  assert.equal(notAllowed.statusCode, 403);

  const removed = await post(admin, `/backoffice/uffici/${id}/persone/${clerk.userId}/rimuovi`, {});
  assert.equal(removed.statusCode, 303);
  assert.equal(
    (await database.db.select().from(officeMembers).where(eq(officeMembers.officeId, id))).length,
    0,
  );
  const [removeAudit] = await auditRows(tenant.id, 'office.member_removed');
  assert.deepEqual(removeAudit?.changes, { member: [{ id: clerk.userId, name: 'Carla Sportello' }, null] });

  const noToken = await app.inject({
    method: 'POST',
    url: `/backoffice/uffici/${id}/persone`,
    headers: { ...admin.headers, ...FORM },
    payload: formBody({ staffUserId: clerk.userId }),
  });
  assert.equal(noToken.statusCode, 403);
});

test('offices: list filters by text (accents ignored) and area, sorts by name; delete asks first', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const areaId = await addArea(tenant, 'Madonna dei Prati');
  const admin = await sessionCookieFor(tenant, ['admin']);
  await createOfficeVia(admin, 'Polizia locale', { areaId });
  await createOfficeVia(admin, 'Attività produttive');
  const id = await createOfficeVia(admin, 'Biblioteca civica', { description: 'Prestito e città' });

  const all = await app.inject({ url: '/backoffice/uffici?sort=-name', headers: admin.headers });
  const names = [...all.body.matchAll(/<a href="\/backoffice\/uffici\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map(
    (m) => m[1],
  );
  assert.deepEqual(names, ['Polizia locale', 'Biblioteca civica', 'Attività produttive']);

  const text = await app.inject({ url: '/backoffice/uffici?q=citta', headers: admin.headers });
  assert.match(text.body, /Biblioteca civica/);
  assert.doesNotMatch(text.body, /Polizia locale/);
  const accent = await app.inject({ url: '/backoffice/uffici?q=attivita', headers: admin.headers });
  assert.match(accent.body, /Attività produttive/);
  const byArea = await app.inject({ url: `/backoffice/uffici?area=${areaId}`, headers: admin.headers });
  assert.match(byArea.body, /Polizia locale/);
  assert.doesNotMatch(byArea.body, /Biblioteca civica/);
  const badArea = await app.inject({ url: '/backoffice/uffici?area=nope', headers: admin.headers });
  assert.equal(badArea.statusCode, 400);

  const confirm = await app.inject({ url: `/backoffice/uffici/${id}/elimina`, headers: admin.headers });
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, /Vuoi davvero eliminare l’ufficio «Biblioteca civica»\?/);
  const deleted = await post(admin, `/backoffice/uffici/${id}/elimina`, {});
  assert.equal(deleted.statusCode, 303);
  assert.equal(deleted.headers.location, '/backoffice/uffici?ok=deleted');
  assert.equal((await database.db.select().from(offices).where(eq(offices.id, id))).length, 0);
  const [audit] = await auditRows(tenant.id, 'office.deleted');
  const changes = (audit?.changes ?? {}) as Record<string, unknown[]>;
  assert.equal(changes.name?.[0], 'Biblioteca civica');
  const gone = await app.inject({ url: `/backoffice/uffici/${id}`, headers: admin.headers });
  assert.equal(gone.statusCode, 404);
  const junk = await app.inject({ url: '/backoffice/uffici/not-a-uuid', headers: admin.headers });
  assert.equal(junk.statusCode, 404);
});

test('offices: pages follow ?lang= and speak English when asked', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const res = await app.inject({ url: '/backoffice/uffici?lang=en&sort=name', headers: admin.headers });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<h1 class="mb-0">Offices<\/h1>/);
  assert.match(res.body, /New office/);
  const audit = await app.inject({ url: '/backoffice/registro-attivita?lang=en', headers: admin.headers });
  assert.equal(audit.statusCode, 200);
  assert.match(audit.body, /Audit log/);
  const unknown = await app.inject({ url: '/backoffice/uffici?colour=red', headers: admin.headers });
  assert.equal(unknown.statusCode, 400);
});
