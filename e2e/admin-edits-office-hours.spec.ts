import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

const ADMIN = 'davide.ferrero@comune.valmorena.to.it';
const PASSWORD = 'campanile-demo';

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${page.url()}\n${formatViolations(violations)}`);
}

async function loggedInPage(browser: Browser, url: string, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage(browser, { javaScriptEnabled });
  await page.goto(`${url}/backoffice/login`);
  await page.getByLabel('Indirizzo e-mail').focus();
  await page.keyboard.type(ADMIN);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${url}/backoffice`);
  return page;
}

/** The hours editor of the first office in the list. */
async function openHoursEditor(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/backoffice/uffici?sort=name`);
  await page.locator('table tbody tr a').first().click();
  await page.getByRole('link', { name: 'Modifica orari' }).click();
  await page.waitForURL(/\/orari$/);
}

const mondayRows = (page: Page) => page.locator('#hours-day-1 .hours-slot');

test('opening hours: htmx adds a slot in place, the server explains an overlap, pages are accessible', async () => {
  const { url } = await demo();
  const page = await loggedInPage(await browserInstance(), url);
  await page.goto(`${url}/backoffice/uffici?sort=-name`);
  await expectAccessible(page);
  await page.locator('table tbody tr a').first().click();
  await page.waitForURL(/\/backoffice\/uffici\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await openHoursEditor(page, url);
  await expectAccessible(page);
  const before = await mondayRows(page).count();
  const editorUrl = page.url();
  await page.getByRole('button', { name: 'Aggiungi fascia – Lunedì' }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#hours-day-1 .hours-slot').length === n,
    before + 1,
  );
  assert.equal(page.url(), editorUrl, 'no navigation: the row came through htmx');

  const last = mondayRows(page).last();
  await last.locator('input[name="opens"]').fill('08:00');
  await last.locator('input[name="closes"]').fill('23:00');
  await page.getByRole('button', { name: 'Salva orari' }).first().click();
  await page.waitForSelector('[data-error-summary]');
  assert.match(String(await page.locator('[data-error-summary]').textContent()), /si sovrappone/);
  await expectAccessible(page);

  for (const path of [
    '/backoffice/impostazioni',
    '/backoffice/impostazioni/aree',
    '/backoffice/uffici/nuovo',
  ]) {
    const res = await page.goto(`${url}${path}`);
    assert.equal(res?.status(), 200, path);
    await expectAccessible(page);
  }
  await page.context().close();
});

test('opening hours: without JavaScript "Aggiungi fascia" posts the form and comes back with one more row', async () => {
  const { url } = await demo();
  const page = await loggedInPage(await browserInstance(), url, false);
  await openHoursEditor(page, url);
  const before = await mondayRows(page).count();
  await mondayRows(page).first().locator('input[name="opens"]').fill('07:15');
  await page.getByRole('button', { name: 'Aggiungi fascia – Lunedì' }).click();
  await page.waitForLoadState('domcontentloaded');
  assert.equal(await mondayRows(page).count(), before + 1);
  assert.equal(await mondayRows(page).first().locator('input[name="opens"]').inputValue(), '07:15');
  await page.context().close();
});
