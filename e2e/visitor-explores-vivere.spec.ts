import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { startDemoServer } from './helpers/server.js';
import { browserInstance, demo } from './helpers/shared.js';

const PAGES = [
  '/vivere-il-comune/luoghi',
  '/vivere-il-comune/luoghi/biblioteca-civica',
  '/vivere-il-comune/eventi',
  '/vivere-il-comune/eventi/stagione-teatrale-inaugurazione',
];

test('Luoghi, a place, Eventi and an event page have no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  for (const path of PAGES) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.locator('h1').count(), 1, path);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${path}\n${formatViolations(violations)}`);
  }
  await page.context().close();
});

/** Records every CSP refusal of the pages the tab loads (the event fires for each blocked resource). */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
      console.push(m.text().slice(0, 200));
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI.slice(0, 60)} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

test('the Luoghi map: a Leaflet marker per place and the area outlines, reachable by keyboard, accessible, no CSP refusal', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const violations = await recordCspViolations(page);
  await page.goto(`${url}/vivere-il-comune/luoghi`);
  const map = page.getByRole('region', { name: 'Mappa dei luoghi' });
  await map.locator('.leaflet-marker-icon').first().waitFor();
  assert.equal(await map.locator('.leaflet-marker-icon').count(), 41);
  assert.equal(await map.locator('path.campanile-map-outline').count(), 8);
  assert.equal(await map.locator('.leaflet-tile').count(), 0, 'no tiles without MAP_TILE_URL');
  assert.equal(await page.locator('.campanile-map-sketch').count(), 0, 'the sketch gives way to the map');
  assert.ok(await page.getByRole('link', { name: 'Biblioteca civica “Beppe Fenoglio”' }).first().isVisible());
  assert.deepEqual(await violations(), []);

  // Tab from the skip link through the zoom buttons and the map to a marker; Enter opens its popup.
  await page.getByRole('link', { name: 'Salta la mappa' }).focus();
  let onMarker = false;
  for (let i = 0; i < 10 && !onMarker; i++) {
    await page.keyboard.press('Tab');
    onMarker = await page.evaluate(
      () => document.activeElement?.classList.contains('leaflet-marker-icon') ?? false,
    );
  }
  assert.ok(onMarker, 'keyboard focus never reached a marker');
  const name = await page.evaluate(() => document.activeElement?.getAttribute('alt'));
  assert.ok(name);
  await page.keyboard.press('Enter');
  const popupLink = page.locator('.leaflet-popup-content a');
  await popupLink.waitFor();
  assert.equal(await popupLink.textContent(), name);
  assert.match(String(await popupLink.getAttribute('href')), /^\/vivere-il-comune\/luoghi\/[a-z0-9-]+$/);
  assert.equal(
    await page.locator('.leaflet-popup-close-button').getAttribute('aria-label'),
    'Chiudi il riquadro',
  );
  // Leaflet fades popups in: check contrast once it is fully drawn.
  await page.waitForFunction(() => {
    const popup = document.querySelector('.leaflet-popup');
    return popup !== null && getComputedStyle(popup).opacity === '1';
  });
  const axe = await axeViolations(page);
  assert.equal(axe.length, 0, formatViolations(axe));

  // The skip link lands on the list, which carries the same places.
  await page.getByRole('link', { name: 'Salta la mappa' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'places-list');

  // A place page shows its own small map with one marker, in the page's language.
  await page.goto(`${url}/vivere-il-comune/luoghi/biblioteca-civica?lang=en`);
  const small = page.getByRole('region', { name: 'Map: Biblioteca civica “Beppe Fenoglio”' });
  await small.locator('.leaflet-marker-icon').waitFor();
  assert.equal(await small.locator('.leaflet-marker-icon').count(), 1);
  assert.equal(await small.locator('.leaflet-control-zoom-in').getAttribute('aria-label'), 'Zoom in');
  const placeAxe = await axeViolations(page);
  assert.equal(placeAxe.length, 0, formatViolations(placeAxe));
  assert.deepEqual(await violations(), []);
  await page.context().close();
});

test('the home page, a service page and the Luoghi page load without any Content Security Policy refusal', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const violations = await recordCspViolations(page);
  await page.goto(`${url}/servizi`);
  const service = await page.locator('[data-element="service-link"]').first().getAttribute('href');
  assert.ok(service);
  for (const path of ['/', service, '/vivere-il-comune/luoghi']) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    await page.waitForLoadState('load');
    // Fonts come from the stylesheet the CSP allows: Titillium Web is really in use.
    await page.evaluate(() => document.fonts.ready);
    assert.ok(
      await page.evaluate(() => document.fonts.check("16px 'Titillium Web'")),
      `${path}: Titillium Web not loaded`,
    );
    assert.deepEqual(await violations(), [], path);
  }
  await page.context().close();
});

test('without JavaScript the Luoghi page shows the sketch of the territory and the full list of places', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/vivere-il-comune/luoghi`);
  assert.equal(await page.locator('.leaflet-marker-icon').count(), 0);
  assert.ok(await page.locator('.campanile-map-sketch').isVisible());
  assert.equal(await page.locator('.campanile-map-sketch circle').count(), 41);
  assert.ok(await page.getByRole('heading', { name: 'Elenco dei luoghi' }).isVisible());
  assert.match(String(await page.getByRole('status').first().textContent()), /41 luoghi/);
  assert.ok(await page.getByRole('link', { name: 'Biblioteca civica “Beppe Fenoglio”' }).isVisible());
  await page.context().close();
});

test('a visitor without JavaScript filters places, follows an event link and reaches its calendar file', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/vivere-il-comune/luoghi`);
  await page.selectOption('select[name="kind"]', 'parco');
  await page.locator('form[action="/vivere-il-comune/luoghi"] button[type="submit"]').click();
  await page.waitForURL(/kind=parco/);
  assert.ok(await page.getByRole('link', { name: 'Parco della Rimembranza' }).isVisible());

  await page.goto(`${url}/vivere-il-comune/eventi`);
  const links = page.locator('a[data-element="event-link"]');
  assert.ok((await links.count()) > 0);
  await links.first().click();
  await page.waitForURL(/\/vivere-il-comune\/eventi\/[a-z0-9-]+$/);
  const ics = await page.locator('a', { hasText: 'Aggiungi al calendario' }).getAttribute('href');
  assert.match(String(ics), /\.ics$/);
  const response = await page.request.get(`${url}${ics}`);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /^BEGIN:VCALENDAR\r\n/);
  await page.context().close();
});

test('an editor manages places and events in an accessible back office; a point outside the Comune is refused', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/backoffice/login`);
  await page.locator('#f-email').fill('sara.olivero@comune.valmorena.to.it');
  await page.locator('#f-password').fill('campanile-demo');
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL(`${url}/backoffice`);
  for (const path of [
    '/backoffice/luoghi',
    '/backoffice/eventi',
    '/backoffice/eventi/nuovo',
    '/backoffice/luoghi/nuovo',
  ]) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${path}\n${formatViolations(violations)}`);
  }
  await page.locator('#f-name').fill('Belvedere di Roma');
  await page.selectOption('#f-kindId', { label: 'Parco' });
  await page.locator('#f-lat').fill('41.9028');
  await page.locator('#f-lon').fill('12.4964');
  await page.locator('form[action="/backoffice/luoghi/nuovo"] button[type="submit"]').click();
  await page.waitForLoadState();
  assert.match(String(await page.locator('main').textContent()), /fuori dal territorio del Comune/);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.context().close();
});

// A 1×1 PNG: the tile server stands in for a Comune's own (no network here).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('with MAP_TILE_URL the map draws that server’s tiles under its credit, and the CSP lets only that host in', async () => {
  await demo(); // the shared server starts first, without the variables set below
  const requests: string[] = [];
  const tiles = createServer((req, res) => {
    requests.push(String(req.url));
    res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  const tilePort = (tiles.address() as AddressInfo).port;
  const saved = { url: process.env.MAP_TILE_URL, credit: process.env.MAP_TILE_ATTRIBUTION };
  process.env.MAP_TILE_URL = `http://127.0.0.1:${tilePort}/{z}/{x}/{y}.png`;
  process.env.MAP_TILE_ATTRIBUTION = '© Cartografia <b>comunale</b>';
  const started = startDemoServer(); // the child copies the environment now
  if (saved.url === undefined) delete process.env.MAP_TILE_URL;
  else process.env.MAP_TILE_URL = saved.url;
  if (saved.credit === undefined) delete process.env.MAP_TILE_ATTRIBUTION;
  else process.env.MAP_TILE_ATTRIBUTION = saved.credit;
  const server = await started;
  const page = await newPage(await browserInstance());
  try {
    const violations = await recordCspViolations(page);
    const response = await page.goto(`${server.url}/vivere-il-comune/luoghi`);
    assert.match(
      String(response?.headers()['content-security-policy']),
      new RegExp(`img-src 'self' data: http://127\\.0\\.0\\.1:${tilePort};`),
    );
    await page.locator('#places-map .leaflet-tile-loaded').first().waitFor();
    assert.ok(
      requests.some((r) => /^\/\d+\/\d+\/\d+\.png$/.test(r)),
      requests.join(' '),
    );
    assert.equal(await page.locator('#places-map .leaflet-marker-icon').count(), 41);
    // The credit is text: markup in the variable is shown, never interpreted.
    assert.equal(
      await page.locator('#places-map .leaflet-control-attribution').textContent(),
      '© Cartografia <b>comunale</b>',
    );
    assert.deepEqual(await violations(), []);
    const axe = await axeViolations(page);
    assert.equal(axe.length, 0, formatViolations(axe));
  } finally {
    await page.context().close();
    await server.stop();
    tiles.close();
  }
});
