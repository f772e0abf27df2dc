import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
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
