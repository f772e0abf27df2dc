import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

// Only script-src matters here (the JSON-LD data block): the Bootstrap Italia bundle itself currently
// logs font-src (data: font) and style-src (inline styles set from JS) violations on every page.

test('the Servizi page lists every demo service with no accessibility violation and no CSP error', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const response = await page.goto(`${url}/servizi`);
  assert.equal(response?.status(), 200);
  assert.ok((await page.locator('[data-element="service-link"]').count()) >= 30);
  assert.equal(await page.locator('a[data-element="appointment-booking"]').count(), 1);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(
    errors.filter((e) => /Content Security Policy/i.test(e) && /script/i.test(e)),
    [],
  );
  await page.context().close();
});

test('a scheda servizio has its JSON-LD, no CSP error and no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const response = await page.goto(`${url}/servizi/cambio-di-residenza`);
  assert.equal(response?.status(), 200);
  assert.equal(await page.locator('[data-element="service-title"]').textContent(), 'Cambio di residenza');
  const json = await page.locator('script[data-element="metatag"]').textContent();
  assert.equal(JSON.parse(String(json)).name, 'Cambio di residenza');
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  assert.deepEqual(
    errors.filter((e) => /Content Security Policy/i.test(e) && /script/i.test(e)),
    [],
  );
  await page.context().close();
});

test('services can be searched and read with JavaScript off', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/servizi`);
  await page.fill('#services-q', 'resdenza');
  await Promise.all([
    page.waitForURL(/q=resdenza/),
    page.click('form[action="/servizi"] button[type="submit"]'),
  ]);
  await page.click('a[href="/servizi/cambio-di-residenza"]');
  assert.match(String(await page.locator('h1').textContent()), /Cambio di residenza/);
  await page.context().close();
});
