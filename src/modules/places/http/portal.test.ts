import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestTenant, type TestTenant, testApp, testContext } from '../../../../test/helpers/context.js';
import { buildApp } from '../../../app.js';
import { demoAreas } from '../../../cli/demo/areas.js';
import { withTenant } from '../../../platform/db/client.js';
import type { MapData } from '../../../platform/views/map.js';
import { areas } from '../../tenancy/schema.js';
import { DEMO_EVENTS, seedPlacesDemo } from '../demo.js';
import { parseCalendar } from '../ical.js';
import { insideTerritory } from '../queries.js';
import { events, placeKinds, places } from '../schema.js';

let tenant: TestTenant;

before(async () => {
  const { ctx } = await testApp();
  tenant = await createTestTenant(ctx.database, 'Comune di Valmorena');
  await withTenant(ctx.database, tenant.id, async (tx) => {
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
    // Seeding again does nothing.
    assert.deepEqual(await seedPlacesDemo(tx, tenant.id), {});
  });
});

async function get(url: string) {
  const { app } = await testApp();
  return app.inject({ method: 'GET', url, headers: { host: tenant.host } });
}

const eventLinks = (html: string) =>
  [...html.matchAll(/<a href="\/vivere-il-comune\/eventi\/([a-z0-9-]+)" data-element="event-link"/g)].map(
    (m) => m[1] ?? '',
  );

test('the places page lists places grouped by kind with a map, and filters by kind and area', async () => {
  const all = await get('/vivere-il-comune/luoghi');
  assert.equal(all.statusCode, 200);
  assert.match(all.body, /<h1[^>]*>Luoghi<\/h1>/);
  assert.match(
    all.body,
    /<section id="places-map" class="campanile-map-canvas" aria-label="Mappa dei luoghi"/,
  );
  assert.match(all.body, /<svg class="campanile-map-sketch"/);
  assert.match(all.body, /<a class="visually-hidden-focusable" href="#places-list">Salta la mappa<\/a>/);
  assert.match(all.body, /<h2 id="places-list"/);
  assert.match(all.body, /<script src="\/static\/leaflet-1\.9\.4\/leaflet\.js" defer><\/script>/);
  assert.match(all.body, /41 luoghi/);
  assert.match(all.body, /aria-label="Pagina 2/i);

  const parks = await get('/vivere-il-comune/luoghi?kind=parco');
  assert.match(parks.body, /Parco della Rimembranza/);
  assert.doesNotMatch(parks.body, /Farmacia comunale/);
  assert.match(parks.body, /4 luoghi/);

  const morra = await get('/vivere-il-comune/luoghi?area=cascine-morra');
  assert.match(morra.body, /Parco fluviale del Po/);
  assert.doesNotMatch(morra.body, /Municipio di Valmorena/);

  assert.equal((await get('/vivere-il-comune/luoghi?kind=Not%20a%20slug')).statusCode, 400);
});

const mapData = (html: string, id = 'places-map'): MapData => {
  const block = html.match(new RegExp(`<script type="application/json" id="${id}-data">(.*?)</script>`, 's'));
  assert.ok(block, `no ${id} data block`);
  return JSON.parse(block[1] ?? '') as MapData;
};

test('the map data block carries every place of the Comune at its coordinates, the area outlines, and nothing of another Comune', async () => {
  const { ctx } = await testApp();
  const other = await createTestTenant(ctx.database, 'Comune di Altrove');
  await withTenant(ctx.database, other.id, async (tx) => {
    const [kind] = await tx
      .insert(placeKinds)
      .values({ tenantId: other.id, slug: 'parco', name: 'Parco', plural: 'Parchi' })
      .returning({ id: placeKinds.id });
    await tx.insert(places).values({
      tenantId: other.id,
      slug: 'parco-di-altrove',
      name: 'Parco di Altrove',
      kindId: kind!.id,
      location: [7.7, 44.84],
    });
  });
  const stored = await withTenant(ctx.database, tenant.id, (tx) =>
    tx.select({ slug: places.slug, name: places.name, location: places.location }).from(places),
  );
  assert.equal(stored.length, 41);

  const data = mapData((await get('/vivere-il-comune/luoghi')).body);
  assert.equal(data.tiles, null);
  assert.equal(data.markers.length, stored.length);
  for (const place of stored) {
    const marker = data.markers.find((m) => m.href === `/vivere-il-comune/luoghi/${place.slug}`);
    assert.ok(marker, place.slug);
    assert.equal(marker.label, place.name);
    assert.equal(marker.lon, place.location[0]);
    assert.equal(marker.lat, place.location[1]);
  }
  assert.ok(!data.markers.some((m) => m.label === 'Parco di Altrove'));
  assert.deepEqual(data.areas.map((a) => a.name).sort(), demoAreas.map((a) => a.name).sort());
  const town = data.areas.find((a) => a.name === demoAreas[0]!.name);
  assert.deepEqual(town?.ring[0], [demoAreas[0]!.polygon[0]![1], demoAreas[0]!.polygon[0]![0]]);
  assert.deepEqual(data.labels, {
    zoomIn: 'Ingrandisci la mappa',
    zoomOut: 'Riduci la mappa',
    closePopup: 'Chiudi il riquadro',
  });

  // The map follows the filters, like the list.
  const parks = mapData((await get('/vivere-il-comune/luoghi?kind=parco')).body);
  assert.equal(parks.markers.length, 4);

  const page = await get('/vivere-il-comune/luoghi/biblioteca-civica');
  const one = mapData(page.body, 'place-map');
  assert.equal(one.markers.length, 1);
  assert.equal(one.markers[0]?.label, 'Biblioteca civica “Beppe Fenoglio”');
  assert.equal(one.zoom, 15);
  assert.match(page.body, /aria-label="Mappa: Biblioteca civica “Beppe Fenoglio”"/);

  // An event at a catalogued place shows where it is; one with only a free-text location has no map.
  const atPlace = await get('/vivere-il-comune/eventi/stagione-teatrale-inaugurazione');
  const eventMap = mapData(atPlace.body, 'event-map');
  assert.equal(eventMap.markers.length, 1);
  assert.match(eventMap.markers[0]?.href ?? '', /^\/vivere-il-comune\/luoghi\/[a-z0-9-]+$/);
  assert.match(eventMap.markers[0]?.label ?? '', /Teatro civico/);
  const freeText = await get('/vivere-il-comune/eventi/notte-bianca');
  assert.doesNotMatch(freeText.body, /id="event-map"/);
});

test('without tiles the CSP keeps img-src to the site; with MAP_TILE_URL the map names the template and the CSP allows that host only', async () => {
  const plain = await get('/vivere-il-comune/luoghi');
  const csp = String(plain.headers['content-security-policy']);
  assert.match(csp, /img-src 'self' data:;/);
  assert.match(csp, /script-src 'self';/);

  const ctx = await testContext({
    MAP_TILE_URL: 'https://tiles.valmorena.example.it/{z}/{x}/{y}.png',
    MAP_TILE_ATTRIBUTION: '© Comune di Valmorena, dati OpenStreetMap',
  });
  const app = await buildApp(ctx);
  try {
    const res = await app.inject({
      method: 'GET',
      url: '/vivere-il-comune/luoghi',
      headers: { host: tenant.host },
    });
    assert.equal(res.statusCode, 200);
    assert.match(
      String(res.headers['content-security-policy']),
      /img-src 'self' data: https:\/\/tiles\.valmorena\.example\.it;/,
    );
    assert.deepEqual(mapData(res.body).tiles, {
      url: 'https://tiles.valmorena.example.it/{z}/{x}/{y}.png',
      attribution: '© Comune di Valmorena, dati OpenStreetMap',
    });
  } finally {
    await app.close();
  }
});

test('places and events pages, and the map, switch to English and German with ?lang; URLs stay Italian', async () => {
  const en = await get('/vivere-il-comune/luoghi?lang=en');
  assert.match(en.body, /<h1[^>]*>Places<\/h1>/);
  assert.match(en.body, /aria-label="Map of places"/);
  assert.match(en.body, />Skip the map</);
  assert.match(en.body, /41 places/);
  assert.deepEqual(mapData(en.body).labels, {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    closePopup: 'Close the box',
  });
  assert.match(en.body, /href="\/vivere-il-comune\/luoghi\/biblioteca-civica"/);

  const de = await get('/vivere-il-comune/luoghi?lang=de');
  assert.match(de.body, /<h1[^>]*>Orte<\/h1>/);
  assert.match(de.body, /aria-label="Karte der Orte"/);
  assert.match(de.body, /41 Orte/);
  assert.match(de.body, /Leben in der Gemeinde/);

  const events = await get('/vivere-il-comune/eventi?lang=de');
  assert.match(events.body, /<h1[^>]*>Veranstaltungen<\/h1>/);
  assert.match(events.body, /Veranstaltungskalender abonnieren/);
  const event = await get('/vivere-il-comune/eventi/stagione-teatrale-inaugurazione?lang=en');
  assert.match(event.body, /Add to calendar/);
  assert.match(event.body, /Date and time/);
  const place = await get('/vivere-il-comune/luoghi/biblioteca-civica?lang=de');
  assert.match(place.body, /In OpenStreetMap öffnen/);
  assert.match(place.body, /Karte überspringen/);
});

test('a place page shows address, hours, contacts, accessibility, events and the OpenStreetMap link', async () => {
  const res = await get('/vivere-il-comune/luoghi/biblioteca-civica');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Biblioteca civica “Beppe Fenoglio”/);
  assert.match(res.body, /Via Santa Chiara 3/);
  assert.match(res.body, /Martedì–venerdì 9:30–12:30/);
  assert.match(res.body, /biblioteca@comune\.valmorena\.to\.it/);
  assert.match(res.body, /Accessibilità/);
  assert.match(res.body, /https:\/\/www\.openstreetmap\.org\/\?mlat=44\.\d+&(amp;)?mlon=7\.\d+/);
  assert.match(res.body, /Apri in OpenStreetMap/);
  assert.match(res.body, /Incontro con l’autore/);
});

test('unknown place and event slugs answer 404', async () => {
  assert.equal((await get('/vivere-il-comune/luoghi/non-esiste')).statusCode, 404);
  assert.equal((await get('/vivere-il-comune/eventi/non-esiste')).statusCode, 404);
  assert.equal((await get('/vivere-il-comune/eventi/non-esiste.ics')).statusCode, 404);
  // Drafts are not public.
  assert.equal((await get('/vivere-il-comune/eventi/rassegna-cori')).statusCode, 404);
});

test('the events page links upcoming public events only, with event-link, paginated by links', async () => {
  const res = await get('/vivere-il-comune/eventi');
  assert.equal(res.statusCode, 200);
  const links = eventLinks(res.body);
  assert.equal(links.length, 12);
  assert.ok(!links.includes('castagnata-san-grato'), 'past event listed');
  assert.ok(!links.includes('fiera-d-autunno'), 'past event listed');
  assert.ok(!links.includes('rassegna-cori'), 'draft listed');
  assert.match(res.body, /href="\/vivere-il-comune\/eventi\?page=2"/);

  const seen = new Set<string>();
  for (let page = 1; page <= 3; page++) {
    for (const slug of eventLinks((await get(`/vivere-il-comune/eventi?page=${page}`)).body)) seen.add(slug);
  }
  const expected = DEMO_EVENTS.filter((e) => e.day >= 0 && e.status !== 'draft').map((e) => e.slug);
  assert.deepEqual([...seen].sort(), expected.sort());
});

test('events filter by topic, area and month', async () => {
  const sport = eventLinks((await get('/vivere-il-comune/eventi?topic=Sport')).body);
  assert.ok(sport.length >= 3);
  assert.ok(sport.includes('corsa-della-befana'));
  assert.ok(!sport.includes('notte-bianca'));

  const morra = eventLinks((await get('/vivere-il-comune/eventi?area=cascine-morra')).body);
  assert.deepEqual(morra.sort(), ['giornata-ecologica', 'sagra-dell-asparago'].sort());

  const { ctx } = await testApp();
  const [e] = await withTenant(ctx.database, tenant.id, (tx) =>
    tx
      .select({ startsAt: events.startsAt })
      .from(events)
      .where(and(eq(events.tenantId, tenant.id), eq(events.slug, 'corsa-della-befana'))),
  );
  const month = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: 'Europe/Rome' })
    .format(e!.startsAt)
    .slice(0, 7);
  const inMonth = eventLinks((await get(`/vivere-il-comune/eventi?month=${month}`)).body);
  assert.ok(inMonth.includes('corsa-della-befana'));
  assert.ok(!inMonth.includes('notte-bianca'));
  assert.equal((await get('/vivere-il-comune/eventi?month=2026-13')).statusCode, 400);
});

test('an event page shows date in Rome, place, price and links its .ics', async () => {
  const res = await get('/vivere-il-comune/eventi/stagione-teatrale-inaugurazione');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /dalle 21:00 alle 23:00/);
  assert.match(res.body, /Teatro civico “Vittorio Alfieri”/);
  assert.match(res.body, /Intero 15 €/);
  assert.match(res.body, /href="\/vivere-il-comune\/eventi\/stagione-teatrale-inaugurazione\.ics"/);
  assert.match(res.body, /Aggiungi al calendario/);

  const cancelled = await get('/vivere-il-comune/eventi/visita-guidata-collegiata');
  assert.match(cancelled.body, /Questo evento è stato annullato/);
});

test('the iCalendar feeds are valid: CRLF, folded, one stable UID per event, cancellations', async () => {
  const feed = await get('/vivere-il-comune/eventi.ics');
  assert.equal(feed.statusCode, 200);
  assert.match(String(feed.headers['content-type']), /^text\/calendar; charset=utf-8/);
  assert.ok(feed.body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(feed.body.endsWith('END:VCALENDAR\r\n'));
  for (const line of feed.body.slice(0, -2).split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  const [cal, ...vevents] = parseCalendar(feed.body);
  assert.equal(cal?.['X-WR-CALNAME'], 'Eventi del Comune di Valmorena');
  const expected = DEMO_EVENTS.filter((e) => e.day >= 0 && e.status !== 'draft');
  assert.equal(vevents.length, expected.length);
  for (const v of vevents) {
    assert.match(v.UID ?? '', new RegExp(`^[0-9a-f-]{36}@${tenant.host.replace(/\./g, '\\.')}$`));
    assert.match(v.DTSTART ?? '', /^\d{8}T\d{6}Z$/);
    assert.match(v.DTEND ?? '', /^\d{8}T\d{6}Z$/);
    assert.match(v.DTSTAMP ?? '', /^\d{8}T\d{6}Z$/);
  }
  const cancelled = vevents.find((v) => v.SUMMARY === 'Visita guidata alla Collegiata');
  assert.equal(cancelled?.STATUS, 'CANCELLED');

  const single = await get('/vivere-il-comune/eventi/notte-bianca.ics');
  assert.equal(single.statusCode, 200);
  const [, one] = parseCalendar(single.body);
  assert.equal(one?.SUMMARY, 'Notte Bianca');
  assert.equal(one?.LOCATION, 'Vie e piazze del centro storico');
  assert.equal(one?.URL, `http://${tenant.host}/vivere-il-comune/eventi/notte-bianca`);
  assert.equal(one?.UID, vevents.find((v) => v.SUMMARY === 'Notte Bianca')?.UID);
});

test('a point is inside the territory only within one of the areas', async () => {
  const { ctx } = await testApp();
  await withTenant(ctx.database, tenant.id, async (tx) => {
    const town = demoAreas[0]!.polygon;
    const cx = town.reduce((s, p) => s + p[0], 0) / town.length;
    const cy = town.reduce((s, p) => s + p[1], 0) / town.length;
    assert.equal(await insideTerritory(tx, tenant.id, [cx, cy]), true);
    assert.equal(await insideTerritory(tx, tenant.id, [12.4964, 41.9028]), false);
  });
});

test('Luoghi and Eventi are second-level pages with the rating component and a Vivere il Comune breadcrumb', async () => {
  for (const url of ['/vivere-il-comune/luoghi', '/vivere-il-comune/eventi']) {
    const res = await get(url);
    assert.match(res.body, /href="\/vivere-il-comune"/, url);
    assert.match(res.body, /data-element="feedback"/, url);
  }
  assert.equal((await get('/vivere-il-comune/eventi?feedback=grazie')).statusCode, 200);
});

test('a place page and an event page are content pages with the rating component', async () => {
  for (const url of ['/vivere-il-comune/luoghi/biblioteca-civica', '/vivere-il-comune/eventi/notte-bianca']) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assert.match(res.body, /data-element="feedback"/, url);
  }
});
