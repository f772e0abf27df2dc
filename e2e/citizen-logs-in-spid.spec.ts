import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

test('a citizen logs in with SPID at the test provider, accepts the privacy notice and downloads their data', async () => {
  const { url, output } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/accedi`);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.getByRole('link', { name: 'Entra con SPID' }).click();

  // The local SPID/CIE test provider: pick the first identity it lists.
  const fiscalCode = /codice fiscale ([A-Z0-9]{16})/.exec(output())?.[1];
  assert.ok(fiscalCode, `the demo prints a test fiscal code:\n${output()}`);
  await page.locator('#fiscal_number').fill(fiscalCode);
  await page.getByRole('button', { name: 'Entra', exact: true }).click();

  // First visit: the privacy notice in force must be acknowledged before the personal area opens.
  await page.waitForURL(`${url}/area-personale/privacy**`);
  const notice = await axeViolations(page);
  assert.equal(notice.length, 0, formatViolations(notice));
  await page.getByRole('button', { name: "Ho letto l'informativa" }).click();
  await page.waitForURL(`${url}/area-personale**`);
  assert.match(await page.content(), new RegExp(fiscalCode));
  const personal = await axeViolations(page);
  assert.equal(personal.length, 0, formatViolations(personal));

  const download = await page.request.get(`${url}/area-personale/dati.json`);
  assert.equal(download.status(), 200);
  const data = await download.json();
  assert.match(JSON.stringify(data), new RegExp(fiscalCode));
  await page.context().close();
});
