import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

test('a visitor searches with a typo and no accents, filters by type, with no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  const response = await page.goto(`${url}/cerca?q=${encodeURIComponent('certifcato anagrafco')}`);
  assert.equal(response?.status(), 200);
  assert.equal(await page.locator('h1').count(), 1);
  assert.match(String(await page.getByRole('status').first().textContent()), /risultat/);
  const first = page.locator('[data-search-results] h3 a').first();
  assert.equal(await first.getAttribute('href'), '/servizi/certificati-anagrafici');
  assert.equal(await page.locator('#search-q').inputValue(), 'certifcato anagrafco');
  let violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  // A broad query, narrowed to events with the checkbox, then the next page.
  await page.goto(`${url}/cerca?q=parco`);
  await page.locator('label[for="search-type-events"]').click();
  await page.getByRole('button', { name: 'Applica i filtri' }).click();
  await page.waitForURL(/type=events/);
  const types = await page.locator('[data-search-results] .category-top span:first-child').allTextContents();
  assert.ok(types.length >= 1);
  assert.ok(
    types.every((t) => /evento/i.test(t)),
    types.join(),
  );
  violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));

  // The empty search page and a topic page listing tagged content.
  for (const path of ['/cerca', '/argomenti/tempo-libero']) {
    assert.equal((await page.goto(`${url}${path}`))?.status(), 200, path);
    violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${path}\n${formatViolations(violations)}`);
  }
  assert.ok((await page.locator('main h2').count()) >= 2, 'grouped by type');
  await page.context().close();
});

test('search works with JavaScript off: from the home search box to a filtered results page', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/`);
  await page.locator('#home-search-q').fill('biblioteca');
  await page.locator('#home-search-q').press('Enter');
  await page.waitForURL(/\/cerca\?q=biblioteca/);
  const all = await page.locator('[data-search-results] li').count();
  assert.ok(all >= 2, `${all} results`);
  await page.locator('label[for="search-type-places"]').click();
  await page.getByRole('button', { name: 'Applica i filtri' }).click();
  await page.waitForURL(/type=places/);
  const links = await page
    .locator('[data-search-results] h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(links.length >= 1);
  assert.ok(
    links.every((href) => href.startsWith('/vivere-il-comune/luoghi/')),
    links.join(),
  );
  await page.context().close();
});

test('the home page shows the featured news and upcoming events of the demo Comune, with no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/`);
  const featured = page.locator('section[aria-labelledby="home-highlights"] h3 a');
  assert.ok((await featured.count()) >= 1, 'featured news in evidence');
  assert.match(String(await featured.first().getAttribute('href')), /^\/novita\//);
  const events = page.locator('section[aria-labelledby="home-calendar"] h3 a');
  assert.ok((await events.count()) >= 1);
  assert.match(String(await events.first().getAttribute('href')), /^\/vivere-il-comune\/eventi\//);
  await page.locator('section[aria-labelledby="home-services"] a').first().click();
  await page.waitForURL(/\/servizi/);
  await page.goto(`${url}/`);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await page.context().close();
});
