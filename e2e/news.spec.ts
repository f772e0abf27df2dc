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

test('Novità: the three category lists and news pages (image, attachment, contacts) have no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  for (const path of [
    '/novita',
    '/novita/notizie',
    '/novita/comunicati',
    '/novita/avvisi',
    '/novita/avvisi/lavori-via-roma-rifacimento-asfalto',
    '/novita/avvisi/nuovo-calendario-raccolta-differenziata',
    '/novita/comunicati/consiglio-comunale-approvato-bilancio',
  ]) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.locator('h1').count(), 1, path);
    await expectAccessible(page);
  }

  // The news page: its image is really served (WebP, with alt), the PDF opens, the rating is there.
  await page.goto(`${url}/novita/avvisi/nuovo-calendario-raccolta-differenziata`);
  const image = page.locator('article figure img');
  assert.match(String(await image.getAttribute('alt')), /raccolta differenziata/);
  assert.ok(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
  const pdfHref = await page
    .getByRole('link', { name: 'Calendario della raccolta nelle frazioni' })
    .getAttribute('href');
  assert.ok(pdfHref);
  const pdf = await page.request.get(`${url}${pdfHref}`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal(await page.locator('[data-element="feedback"]').count(), 1);

  // Lists are newest first and a scheduled item is not there yet.
  await page.goto(`${url}/novita/notizie`);
  const dates = await page
    .locator('.card time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  assert.ok(dates.length > 1);
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.equal(await page.getByText('Festa patronale di San Grato: il programma').count(), 0);
  await page.context().close();
});

async function logIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/backoffice/login`);
  await page.locator('#f-email').fill(EDITOR);
  await page.locator('#f-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL(/\/backoffice(?!\/login)/);
}

test('the news back office (list, filters, form, rejected form) has no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await logIn(page, url);
  await page.goto(`${url}/backoffice/novita`);
  await expectAccessible(page);
  assert.ok((await page.locator('tbody tr').count()) >= 20);
  await page.goto(`${url}/backoffice/novita?tipo=avviso&stato=scheduled`);
  assert.equal(await page.locator('tbody tr').count(), 1);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nuova novità' }).click();
  await expectAccessible(page);
  await page.locator('#f-title').fill('Prova');
  await page.getByRole('button', { name: 'Crea' }).click();
  assert.match(await page.content(), /Scegliere almeno un argomento/);
  await expectAccessible(page);
  await page.context().close();
});

test('an editor writes a notizia without JavaScript, previews the draft, publishes it and a visitor reads it', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  const visitor = await newPage(await browserInstance());
  const path = '/novita/notizie/nuovi-orari-dello-sportello-anagrafe';
  await logIn(page, url);
  await page.goto(`${url}/backoffice/novita/nuova`);

  // A first try without summary and topics: Italian errors, the title kept.
  await page.locator('#f-title').fill('Nuovi orari dello sportello anagrafe');
  await page.getByRole('button', { name: 'Crea' }).click();
  assert.match(await page.content(), /Scegliere almeno un argomento/);
  assert.equal(await page.locator('#f-title').inputValue(), 'Nuovi orari dello sportello anagrafe');

  await page.locator('#f-summary').fill('Da lunedì lo sportello apre anche il giovedì pomeriggio.');
  await page.locator('#f-body').fill('Lo sportello anagrafe amplia gli orari.\n\n- giovedì 14:30-17:30');
  // Bootstrap Italia draws the checkbox on its label: a user clicks the label.
  await page.locator('label.form-check-label', { hasText: /^Anagrafe$/ }).click();
  assert.ok(await page.getByLabel('Anagrafe', { exact: true }).isChecked());
  await page.getByRole('button', { name: 'Crea' }).click();
  await page.waitForURL(/\/backoffice\/novita\/[0-9a-f-]+\/modifica\?ok=created/);
  assert.match(await page.content(), /Novità creata/);

  await page.getByRole('link', { name: 'Anteprima' }).click();
  assert.match(await page.content(), /Anteprima riservata alla redazione/);
  assert.equal((await visitor.goto(`${url}${path}`))?.status(), 404, 'a draft is not public');
  await page.goBack();
  await page.getByRole('button', { name: 'Pubblica' }).click();
  assert.match(await page.content(), /Novità pubblicata/);

  const res = await visitor.goto(`${url}${path}`);
  assert.equal(res?.status(), 200);
  assert.equal(await visitor.locator('h1').textContent(), 'Nuovi orari dello sportello anagrafe');
  await expectAccessible(visitor);
  await visitor.context().close();
  await page.context().close();
});
