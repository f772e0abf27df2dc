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

async function logIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/backoffice/login`);
  await page.locator('#f-email').fill(EDITOR);
  await page.locator('#f-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL(/\/backoffice(?!\/login)/);
}

test('Servizi: catalogue, category, schede servizio (in three languages) and booking page have the rating component and no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  for (const path of [
    '/servizi',
    '/servizi/categoria/anagrafe-e-stato-civile',
    '/servizi/cambio-di-residenza',
    '/servizi/carta-identita-elettronica',
    '/prenota-appuntamento',
    // The chosen language sticks: these come last.
    '/servizi/cambio-di-residenza?lang=en',
    '/servizi/cambio-di-residenza?lang=de',
  ]) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.locator('h1').count(), 1, path);
    assert.equal(await page.locator('[data-element="feedback"]').count(), 1, path);
    if (!path.includes('lang='))
      assert.equal(
        (await page.locator('[data-element="feedback-title"]').textContent())?.trim(),
        'Quanto sono chiare le informazioni su questa pagina?',
        path,
      );
    await expectAccessible(page);
  }

  // The rating component works on a scheda servizio: a low rating asks what went wrong.
  await page.goto(`${url}/servizi/cambio-di-residenza?lang=it`);
  await page.locator('[data-element="feedback-rate-2"]').click();
  assert.ok(await page.locator('[data-element="feedback-rating-negative"]').isVisible());
  assert.ok(!(await page.locator('[data-element="feedback-rating-positive"]').isVisible()));

  // "Prenota appuntamento" leads to the contact card of the responsible office.
  await page.locator('a[data-element="appointment-booking"]').click();
  await page.waitForURL(/\/amministrazione\/uffici#ufficio-anagrafe$/);
  const card = page.locator('#ufficio-anagrafe');
  assert.equal(await card.count(), 1);
  assert.ok(await card.isVisible());
  assert.match(String(await card.textContent()), /@/);
  await page.context().close();
});

test('the services back office (list, sorted, form, rejected form, delete confirmation) has no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await logIn(page, url);
  await page.goto(`${url}/backoffice/servizi`);
  assert.equal(await page.locator('tbody tr').count(), 20);
  assert.equal(await page.locator('.pagination').count(), 1);
  await expectAccessible(page);
  await page.goto(`${url}/backoffice/servizi?sort=-updatedAt&categoria=anagrafe-e-stato-civile`);
  assert.ok((await page.locator('tbody tr').count()) >= 5);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nuovo servizio' }).click();
  await expectAccessible(page);
  await page.locator('#f-title').fill('Prova');
  await page.getByRole('button', { name: 'Crea' }).click();
  assert.match(await page.content(), /Scegli almeno un argomento/);
  assert.equal(await page.locator('#f-title').inputValue(), 'Prova');
  await expectAccessible(page);
  await page.goto(`${url}/backoffice/servizi?q=residenza`);
  await page.getByRole('link', { name: 'Cambio di residenza' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Elimina' }).click();
  assert.match(String(await page.locator('h1').textContent()), /Eliminare «Cambio di residenza»\?/);
  await expectAccessible(page);
  await page.context().close();
});

test('an editor creates a scheda servizio without JavaScript and citizens read it at once', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await logIn(page, url);
  await page.goto(`${url}/backoffice/servizi/nuovo`);
  await page.locator('#f-title').fill('Richiedere il rimborso della TARI');
  await page.locator('#f-summary').fill('Rimborso di quanto pagato in più per la tassa sui rifiuti.');
  await page.locator('#f-categoryId').selectOption({ label: 'Tributi, finanze e contravvenzioni' });
  await page.locator('#f-officeId').selectOption({ index: 1 });
  // Bootstrap Italia draws the box over the input: the label is what a person clicks.
  await page.locator('label', { hasText: /^Tassa sui servizi$/ }).click();
  assert.ok(await page.getByLabel('Tassa sui servizi').isChecked());
  await page.locator('#f-audience').fill('Chi ha pagato la TARI più del dovuto.');
  await page.locator('#f-howTo').fill('Compila la domanda e inviala.');
  await page.locator('#f-needed').fill('Le ricevute dei pagamenti.');
  await page.locator('#f-outcome').fill('Il rimborso sul conto corrente.');
  await page.locator('#f-times').fill('Entro 180 giorni.');
  await page.locator('#f-access').fill('Online o allo sportello.');
  await page.getByRole('button', { name: 'Crea' }).click();
  await page.waitForURL(/\/backoffice\/servizi\?ok=created$/);
  assert.match(await page.content(), /Servizio creato\./);

  await page.goto(`${url}/servizi`);
  await page.getByRole('link', { name: 'Richiedere il rimborso della TARI' }).click();
  await page.waitForURL(/\/servizi\/richiedere-il-rimborso-della-tari$/);
  assert.equal(
    await page.locator('[data-element="service-title"]').textContent(),
    'Richiedere il rimborso della TARI',
  );
  assert.match(String(await page.locator('[data-element="service-achieved"]').textContent()), /rimborso/);
  await page.context().close();
});
