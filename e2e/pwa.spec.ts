import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

test('the portal is an installable web app: manifest and icons load', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.equal(href, '/manifest.webmanifest');
  assert.match(
    (await page.locator('meta[name="theme-color"]').getAttribute('content')) ?? '',
    /^#[0-9a-f]{6}$/i,
  );
  const res = await page.request.get(`${url}${href}`);
  assert.equal(res.status(), 200);
  assert.match(res.headers()['content-type'] ?? '', /application\/manifest\+json/);
  const manifest = await res.json();
  assert.equal(manifest.name, 'Comune di Valmorena');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.short_name);
  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const png = await page.request.get(new URL(icon.src, url).href);
    assert.equal(png.status(), 200, icon.src);
    assert.equal(png.headers()['content-type'], 'image/png');
  }
  assert.ok(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable'));

  // Chromium's own view: the manifest parses without errors and the page is installable.
  const cdp = await page.context().newCDPSession(page);
  const parsed = (await cdp.send('Page.getAppManifest')) as {
    errors: Array<{ message: string }>;
    url: string;
  };
  assert.deepEqual(parsed.errors, [], JSON.stringify(parsed.errors));
  assert.equal(parsed.url, `${url}/manifest.webmanifest`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  assert.ok(
    await page.evaluate(() => navigator.serviceWorker.controller !== null),
    'the worker controls the page',
  );
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: Array<{ errorId: string }>;
  };
  // Playwright's contexts are incognito profiles, where Chromium never offers installation: that
  // one error is the test's, any other would be the site's (manifest, icons, worker, scope).
  const siteErrors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  assert.deepEqual(siteErrors, [], JSON.stringify(installabilityErrors));
  await page.context().close();
});

test('offline, a page not seen before shows the offline page of the Comune', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));

  await page.context().setOffline(true);
  await page.goto(`${url}/vivere-il-comune`);
  const main = (await page.locator('main').textContent()) ?? '';
  assert.match(main, /Sei offline/);
  assert.match(main, /Torna alla home/);
  // Styled: the stylesheets came from the worker's cache.
  const font = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily);
  assert.match(font, /Titillium Web/);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  await page.context().setOffline(false);
  // What the worker stored after a walk through public, back-office and personal-area pages: only the
  // offline page and assets, never a page (pages are no-store and may be personal).
  for (const path of ['/servizi', '/backoffice', '/area-personale', '/cerca?q=anagrafe'])
    await page.goto(`${url}${path}`);
  const stored = await page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });
  assert.ok(stored.includes('/offline'), JSON.stringify(stored));
  assert.ok(
    stored.some((p) => p.startsWith('/static/')),
    JSON.stringify(stored),
  );
  for (const p of stored) assert.ok(p === '/offline' || p.startsWith('/static/'), p);
  await page.goto(`${url}/vivere-il-comune`);
  assert.doesNotMatch((await page.locator('main').textContent()) ?? '', /Sei offline/);
  await page.context().close();
});

test('the offline page itself is accessible', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/offline`);
  assert.match((await page.locator('h1').textContent()) ?? '', /Sei offline/);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.context().close();
});
