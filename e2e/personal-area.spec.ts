import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

const SECTIONS: Array<[string, string, RegExp]> = [
  ['Messaggi', '/area-personale/messaggi', /Non hai ancora messaggi\./],
  ['Attività', '/area-personale/attivita', /Non ci sono ancora attività\./],
  ['Pratiche', '/area-personale/pratiche', /Non hai ancora pratiche\./],
  ['Appuntamenti', '/area-personale/appuntamenti', /Non hai ancora appuntamenti\./],
  ['Segnalazioni', '/area-personale/segnalazioni', /Non hai ancora inviato segnalazioni\./],
];

test('a citizen walks through every section of the personal area and sets notification preferences', async () => {
  const { url, output } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/area-personale/appuntamenti`);
  // Not logged in: the login page, which brings the citizen back afterwards.
  await page.waitForURL(`${url}/accedi**`);
  await page.getByRole('link', { name: 'Entra con SPID' }).click();
  const fiscalCode = /codice fiscale ([A-Z0-9]{16})/.exec(output())?.[1];
  assert.ok(fiscalCode, `the demo prints a test fiscal code:\n${output()}`);
  await page.locator('#fiscal_number').fill(fiscalCode);
  await page.getByRole('button', { name: 'Entra', exact: true }).click();
  await page.waitForURL(`${url}/area-personale/**`);
  if (page.url().includes('/area-personale/privacy'))
    await page.getByRole('button', { name: "Ho letto l'informativa" }).click();
  await page.waitForURL(`${url}/area-personale/appuntamenti`);

  const tabs = page.getByRole('navigation', { name: "Sezioni dell'area personale" });
  for (const [label, path, empty] of SECTIONS) {
    await page.goto(`${url}${path}`);
    assert.match((await page.locator('main').textContent()) ?? '', empty, path);
    const current = tabs.locator('[aria-current="page"]');
    assert.equal(await current.count(), 1, path);
    assert.equal(((await current.textContent()) ?? '').trim(), label);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${path}\n${formatViolations(violations)}`);
  }

  // Keyboard only: focus the "Pratiche" tab and follow it with Enter.
  await page.goto(`${url}/area-personale/messaggi`);
  await tabs.getByRole('link', { name: 'Pratiche' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${url}/area-personale/pratiche`);

  // Notification preferences: a wrong choice is explained, then a valid one is saved.
  await page.goto(`${url}/area-personale/notifiche`);
  let violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  // Bootstrap Italia draws its own box over the input: tick with the keyboard, as a screen-reader user does.
  const tick = async (name: string) => {
    await page.getByRole('checkbox', { name, exact: true }).focus();
    await page.keyboard.press('Space');
  };
  await tick('Acqua');
  await page.getByRole('button', { name: 'Salva le preferenze' }).click();
  await page.waitForLoadState();
  assert.match((await page.locator('main').textContent()) ?? '', /scegli almeno un canale/);
  assert.ok(
    await page.getByRole('checkbox', { name: 'Acqua', exact: true }).isChecked(),
    'the choice is kept',
  );
  violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await tick('App IO');
  await page.getByRole('button', { name: 'Salva le preferenze' }).click();
  await page.waitForURL(`${url}/area-personale/notifiche?ok=saved`);
  assert.match((await page.locator('main').textContent()) ?? '', /Preferenze di notifica salvate\./);
  assert.ok(await page.getByRole('checkbox', { name: 'App IO', exact: true }).isChecked());
  violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  const download = await page.request.get(`${url}/area-personale/dati.json`);
  const data = JSON.stringify(await download.json());
  assert.match(data, /"channels":\["io"\],"topics":\["acqua"\]/);

  // The same session without JavaScript: the tabs are plain links and the form a plain POST.
  const state = await page.context().storageState();
  await page.context().close();
  const plain = await newPage(await browserInstance(), { javaScriptEnabled: false, storageState: state });
  await plain.goto(`${url}/area-personale/messaggi`);
  const plainTabs = plain.getByRole('navigation', { name: "Sezioni dell'area personale" });
  await plainTabs.getByRole('link', { name: 'Segnalazioni' }).click();
  await plain.waitForURL(`${url}/area-personale/segnalazioni`);
  assert.match((await plain.locator('main').textContent()) ?? '', /Non hai ancora inviato segnalazioni\./);
  await plainTabs.getByRole('link', { name: 'Notifiche' }).click();
  await plain.waitForURL(`${url}/area-personale/notifiche`);
  await plain.getByRole('checkbox', { name: 'Telegram', exact: true }).focus();
  await plain.keyboard.press('Space');
  await plain.getByRole('button', { name: 'Salva le preferenze' }).click();
  await plain.waitForURL(`${url}/area-personale/notifiche?ok=saved`);
  assert.ok(await plain.getByRole('checkbox', { name: 'Telegram', exact: true }).isChecked());
  await plain.context().close();
});

test('an anonymous visitor of a section is sent to the login page, also without JavaScript', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/area-personale/segnalazioni`);
  assert.match(page.url(), /\/accedi\?next=%2Farea-personale%2Fsegnalazioni$/);
  await page.context().close();
});
