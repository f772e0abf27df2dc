import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

const EDITOR = 'sara.olivero@comune.valmorena.to.it';
const PASSWORD = 'campanile-demo';

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${page.url()}\n${formatViolations(violations)}`);
}

test('Amministrazione: category lists and schede pages have no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  for (const path of [
    '/amministrazione/politici',
    '/amministrazione/politici/elena-marchisio',
    '/amministrazione/organi-di-governo',
    '/amministrazione/organi-di-governo/giunta-comunale',
    '/amministrazione/documenti-e-dati/bilancio-di-previsione',
  ]) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.locator('h1').count(), 1, path);
    await expectAccessible(page);
  }

  // From the list to a politico: the card shows the role, the page its breadcrumb and the rating.
  await page.goto(`${url}/amministrazione/politici`);
  await page.getByRole('link', { name: 'Martina Rosso' }).click();
  await page.waitForURL(/\/amministrazione\/politici\/martina-rosso$/);
  assert.equal(await page.locator('h1').textContent(), 'Martina Rosso');
  assert.match(String(await page.locator('main').textContent()), /Assessora al bilancio e ai tributi/);
  const crumbs = await page.locator('[data-element="breadcrumb"] li').allTextContents();
  assert.deepEqual(
    crumbs.map((c) => c.replace('/', '').trim()),
    ['Home', 'Amministrazione', 'Politici', 'Martina Rosso'],
  );
  assert.equal(await page.locator('[data-element="feedback"]').count(), 1);
  await page.context().close();
});

async function logIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/backoffice/login`);
  await page.locator('#f-email').fill(EDITOR);
  await page.locator('#f-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL(/\/backoffice(?!\/login)/);
}

test('the Amministrazione back office (filtered list, form, rejected form) has no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await logIn(page, url);
  await page.goto(`${url}/backoffice/amministrazione?categoria=politici`);
  assert.equal(await page.locator('tbody tr').count(), 8);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nuova scheda' }).click();
  await expectAccessible(page);
  await page.locator('#f-title').fill('Prova');
  await page.getByRole('button', { name: 'Crea' }).click();
  assert.match(await page.content(), /Indica il ruolo o l’incarico del politico/);
  await expectAccessible(page);
  await page.context().close();
});

test('an editor adds a politico without JavaScript and a visitor reads it at once', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await logIn(page, url);
  await page.goto(`${url}/backoffice/amministrazione/nuova?categoria=politici`);
  await page.locator('#f-title').fill('Irene Ballario');
  await page.getByRole('button', { name: 'Crea' }).click();
  assert.match(await page.content(), /Indica il ruolo o l’incarico del politico/);
  assert.equal(await page.locator('#f-title').inputValue(), 'Irene Ballario');

  await page.locator('#f-role').fill('Consigliera delegata alle pari opportunità');
  await page.locator('#f-summary').fill('Delega alle pari opportunità e alle politiche giovanili.');
  await page.locator('#f-status').selectOption('published');
  await page.getByRole('button', { name: 'Crea' }).click();
  await page.waitForURL(/\/backoffice\/amministrazione\/[0-9a-f-]+\/modifica\?ok=created/);
  assert.match(await page.content(), /Scheda creata/);

  const visitor = await newPage(await browserInstance());
  const res = await visitor.goto(`${url}/amministrazione/politici/irene-ballario`);
  assert.equal(res?.status(), 200);
  assert.equal(await visitor.locator('h1').textContent(), 'Irene Ballario');
  await expectAccessible(visitor);
  await visitor.goto(`${url}/amministrazione/politici`);
  assert.equal(await visitor.getByRole('link', { name: 'Irene Ballario' }).count(), 1);
  await visitor.context().close();
  await page.context().close();
});
