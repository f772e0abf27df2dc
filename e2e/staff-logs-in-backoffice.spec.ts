import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

const ADMIN = 'davide.ferrero@comune.valmorena.to.it';
const EDITOR = 'sara.olivero@comune.valmorena.to.it';
const PASSWORD = 'campanile-demo';

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${page.url()}\n${formatViolations(violations)}`);
}

async function logIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/backoffice/login`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

test('an administrator logs in with the keyboard and walks the back office, every page accessible', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const response = await page.goto(`${url}/backoffice`);
  assert.match(page.url(), /\/backoffice\/login\?next=/, `redirected to login, got ${response?.status()}`);
  await expectAccessible(page);

  // Keyboard only: skip link, e-mail, password, submit.
  await page.locator('#f-email').focus();
  await page.keyboard.type(ADMIN);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${url}/backoffice`);
  assert.match(String(await page.locator('h1').textContent()), /\S/);
  await expectAccessible(page);

  for (const path of [
    '/backoffice/utenti',
    '/backoffice/uffici',
    '/backoffice/impostazioni',
    '/backoffice/registro-attivita',
    '/backoffice/feedback',
    '/backoffice/account',
  ]) {
    const res = await page.goto(`${url}${path}`);
    assert.equal(res?.status(), 200, path);
    await expectAccessible(page);
  }
  await page.context().close();
});

test('wrong credentials are explained in Italian and the e-mail is kept', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await logIn(page, url, ADMIN, 'password-sbagliata');
  assert.match(await page.content(), /Indirizzo e-mail o password non corretti/);
  assert.equal(await page.locator('#f-email').inputValue(), ADMIN);
  await expectAccessible(page);
  await page.context().close();
});

test('the users list filters and paginates without JavaScript', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await logIn(page, url, ADMIN, PASSWORD);
  await page.goto(`${url}/backoffice/utenti?role=contractor`);
  const rows = page.locator('table tbody tr');
  assert.ok((await rows.count()) >= 1);
  assert.match(String(await page.locator('table').textContent()), /Ditta esterna/);
  await page.context().close();
});

test('an editor does not see nor reach the users page', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await logIn(page, url, EDITOR, PASSWORD);
  await page.waitForURL(`${url}/backoffice`);
  assert.equal(await page.locator('#backoffice-nav a[href="/backoffice/utenti"]').count(), 0);
  const res = await page.goto(`${url}/backoffice/utenti`);
  assert.equal(res?.status(), 403);
  await page.context().close();
});
