import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

test('the home page of the demo Comune renders with Bootstrap Italia and no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const response = await page.goto(`${url}/`);
  assert.equal(response?.status(), 200);
  assert.match(await page.title(), /Comune di Valmorena/);
  assert.equal(await page.locator('h1').count(), 1);
  const biVersion = await page.evaluate(
    () => (window as unknown as { BOOTSTRAP_ITALIA_VERSION?: string }).BOOTSTRAP_ITALIA_VERSION,
  );
  assert.match(String(biVersion), /^2\./);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.context().close();
});

test('the first Tab reaches the skip link to the main content', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(focused, '#main');
  await page.context().close();
});

test('the home page works with JavaScript off', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/`);
  assert.match(String(await page.locator('h1').textContent()), /Valmorena/);
  await page.context().close();
});

test('an unknown page shows an accessible Italian 404', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const response = await page.goto(`${url}/pagina-che-non-esiste`);
  assert.equal(response?.status(), 404);
  assert.match(String(await page.locator('h1').textContent()), /Pagina non trovata/);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.context().close();
});
