import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import {
  createTestTenant,
  type TestTenant,
  testApp,
  testDatabase,
} from '../../../../test/helpers/context.js';
import { formBody, type StaffSession, sessionCookieFor } from '../../../../test/helpers/session.js';
import { demoAreas } from '../../../cli/demo/areas.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { withTenant } from '../../../platform/db/client.js';
import { areas } from '../../tenancy/schema.js';
import { romeToUtc } from '../commands/save.js';
import { seedPlacesDemo } from '../demo.js';
import { events, placeKinds, places } from '../schema.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
let tenant: TestTenant;
let kindId: string;

before(async () => {
  const database = await testDatabase();
  tenant = await createTestTenant(database, 'Comune di Valmorena');
  await withTenant(database, tenant.id, async (tx) => {
    await tx.insert(areas).values(
      demoAreas.map((a) => ({
        tenantId: tenant.id,
        slug: a.slug,
        name: a.name,
        kind: a.kind,
        residents: a.residents,
        boundary: a.polygon,
      })),
    );
    await seedPlacesDemo(tx, tenant.id);
    const [kind] = await tx
      .select({ id: placeKinds.id })
      .from(placeKinds)
      .where(and(eq(placeKinds.tenantId, tenant.id), eq(placeKinds.slug, 'parco')));
    kindId = kind!.id;
  });
});

async function post(session: StaffSession, url: string, fields: Record<string, string>) {
  const { app } = await testApp();
  return app.inject({
    method: 'POST',
    url,
    headers: { ...session.headers, ...FORM },
    payload: formBody({ ...fields, _csrf: session.csrf }),
  });
}

async function auditRows(action: string) {
  const database = await testDatabase();
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
}

test('places and events back office: admin and editor only', async () => {
  const { app } = await testApp();
  const operator = await sessionCookieFor(tenant, ['urp_operator']);
  for (const url of [
    '/backoffice/luoghi',
    '/backoffice/eventi',
    '/backoffice/luoghi/nuovo',
    '/backoffice/eventi/nuovo',
  ]) {
    assert.equal((await app.inject({ url, headers: operator.headers })).statusCode, 403, url);
  }
  assert.equal((await post(operator, '/backoffice/luoghi/nuovo', { name: 'X' })).statusCode, 403);
  const editor = await sessionCookieFor(tenant, ['editor']);
  const list = await app.inject({ url: '/backoffice/luoghi?sort=-name', headers: editor.headers });
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Ufficio postale di Valmorena/);
  const evs = await app.inject({ url: '/backoffice/eventi?status=draft', headers: editor.headers });
  assert.equal(evs.statusCode, 200);
  assert.match(evs.body, /Rassegna di cori alpini/);
  assert.doesNotMatch(evs.body, /Notte Bianca/);
});

test('the places and events back office speaks English and German with ?lang, errors included; paths stay Italian', async () => {
  const { app } = await testApp();
  const editor = await sessionCookieFor(tenant, ['editor']);
  const de = await app.inject({ url: '/backoffice/luoghi/nuovo?lang=de', headers: editor.headers });
  assert.equal(de.statusCode, 200);
  assert.match(de.body, /Neuer Ort/);
  assert.match(de.body, /Breitengrad/);
  assert.match(de.body, /action="\/backoffice\/luoghi\/nuovo"/);
  const events = await app.inject({ url: '/backoffice/eventi/nuovo?lang=en', headers: editor.headers });
  assert.match(events.body, /New event/);
  assert.match(events.body, /Start date/);
  const refused = await app.inject({
    method: 'POST',
    url: '/backoffice/luoghi/nuovo?lang=de',
    headers: { ...editor.headers, ...FORM },
    payload: formBody({ name: 'Außerhalb', kindId, lat: '41.9028', lon: '12.4964', _csrf: editor.csrf }),
  });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /außerhalb des Gemeindegebiets/);
});

test('a place outside the territory is refused with a clear Italian error; inside it is created and audited', async () => {
  const editor = await sessionCookieFor(tenant, ['editor']);
  const fields = {
    name: 'Giardino delle Rose',
    kindId,
    lat: '41.9028',
    lon: '12.4964',
    address: 'Via Roma 5',
  };
  const outside = await post(editor, '/backoffice/luoghi/nuovo', fields);
  assert.equal(outside.statusCode, 400);
  assert.match(outside.body, /fuori dal territorio del Comune/);

  const town = demoAreas[0]!.polygon;
  const lon = (town.reduce((s, p) => s + p[0], 0) / town.length).toFixed(6);
  const lat = (town.reduce((s, p) => s + p[1], 0) / town.length).toFixed(6);
  const bad = await post(editor, '/backoffice/luoghi/nuovo', { ...fields, lat: 'abc', lon });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /latitudine in gradi decimali/);

  const created = await post(editor, '/backoffice/luoghi/nuovo', { ...fields, lat, lon });
  assert.equal(created.statusCode, 303, created.body.slice(0, 300));
  const database = await testDatabase();
  const [row] = await withTenant(database, tenant.id, (tx) =>
    tx
      .select()
      .from(places)
      .where(and(eq(places.tenantId, tenant.id), eq(places.slug, 'giardino-delle-rose'))),
  );
  assert.ok(row);
  assert.deepEqual(row.location, [Number(lon), Number(lat)]);
  const audits = await auditRows('place.created');
  assert.equal(audits.at(-1)?.entityId, row.id);

  const edited = await post(editor, `/backoffice/luoghi/${row.id}/modifica`, {
    ...fields,
    lat,
    lon,
    slug: 'giardino-delle-rose',
    openingNotes: 'Sempre aperto.',
  });
  assert.equal(edited.statusCode, 303);
  assert.match(String(edited.headers.location), /ok=saved/);
  const updates = await auditRows('place.updated');
  assert.deepEqual((updates.at(-1)?.changes as Record<string, unknown> | undefined)?.openingNotes, [
    '',
    'Sempre aperto.',
  ]);
});

test('events: end before start refused; created as draft, published and cancelled with audit', async () => {
  const { app } = await testApp();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const fields = {
    title: 'Concerto d’estate',
    summary: 'Musica in piazza.',
    startDate: '2027-07-10',
    startTime: '21:00',
    endDate: '2027-07-10',
    endTime: '20:00',
    locationText: 'Piazza Martiri della Libertà',
    price: 'Ingresso libero',
  };
  const wrong = await post(admin, '/backoffice/eventi/nuovo', fields);
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /deve essere successiva all’inizio/);

  const created = await post(admin, '/backoffice/eventi/nuovo', { ...fields, endTime: '23:00' });
  assert.equal(created.statusCode, 303, created.body.slice(0, 300));
  const id = /\/backoffice\/eventi\/([0-9a-f-]{36})\/modifica/.exec(String(created.headers.location))?.[1];
  assert.ok(id);
  const database = await testDatabase();
  const read = async () =>
    (await withTenant(database, tenant.id, (tx) => tx.select().from(events).where(eq(events.id, id))))[0]!;
  const draft = await read();
  assert.equal(draft.status, 'draft');
  assert.equal(draft.startsAt.toISOString(), '2027-07-10T19:00:00.000Z');
  const portal = () =>
    app.inject({ url: '/vivere-il-comune/eventi/concerto-destate', headers: { host: tenant.host } });
  assert.equal((await portal()).statusCode, 404);

  assert.equal((await post(admin, `/backoffice/eventi/${id}/pubblica`, {})).statusCode, 303);
  assert.equal((await read()).status, 'published');
  assert.equal((await portal()).statusCode, 200);
  assert.equal((await auditRows('event.published')).at(-1)?.entityId, id);

  assert.equal((await post(admin, `/backoffice/eventi/${id}/annulla`, {})).statusCode, 303);
  assert.equal((await read()).status, 'cancelled');
  assert.equal((await auditRows('event.cancelled')).at(-1)?.entityId, id);
  const ics = await app.inject({
    url: '/vivere-il-comune/eventi/concerto-destate.ics',
    headers: { host: tenant.host },
  });
  assert.match(ics.body, /STATUS:CANCELLED\r\n/);

  const form = await app.inject({ url: `/backoffice/eventi/${id}/modifica`, headers: admin.headers });
  assert.match(form.body, /value="2027-07-10"/);
  assert.match(form.body, /value="21:00"/);
});

test('Rome local times convert to UTC across daylight saving', () => {
  assert.equal(romeToUtc('2027-01-15', '09:30')?.toISOString(), '2027-01-15T08:30:00.000Z');
  assert.equal(romeToUtc('2027-07-15', '00:30')?.toISOString(), '2027-07-14T22:30:00.000Z');
  assert.equal(romeToUtc('2027-02-30', '10:00'), null);
  assert.equal(romeToUtc('2027-02-10', '25:00'), null);
});
