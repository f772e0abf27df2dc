import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { axeViolations, formatViolations, newPage } from './helpers/browser.js';
import { browserInstance, demo } from './helpers/shared.js';

const require = createRequire(import.meta.url);
const BI_CSS = readFileSync(require.resolve('bootstrap-italia/dist/css/bootstrap-italia.min.css'), 'utf8');
const biClass = (name: string) =>
  new RegExp(`\\.${name.replace(/[^\w-]/g, (c) => `\\\\${c}`)}(?![\\w-])`).test(BI_CSS);

const PAGES = [
  '/',
  '/amministrazione',
  '/amministrazione/uffici',
  '/novita',
  '/novita/avvisi',
  '/vivere-il-comune',
  '/argomenti',
  '/argomenti/anagrafe',
  '/note-legali',
  '/faq',
  '/segnalazione-disservizio',
  '/cerca?q=rifiuti',
];

test('the Modello Comuni pages of the portal have no accessibility violation', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  for (const path of PAGES) {
    const response = await page.goto(`${url}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.locator('h1').count(), 1, path);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `${path}\n${formatViolations(violations)}`);
    // What the national checker measures: Bootstrap Italia 2, its classes, its fonts.
    const { version, classes, fonts } = await page.evaluate(() => ({
      version: (window as unknown as { BOOTSTRAP_ITALIA_VERSION?: string }).BOOTSTRAP_ITALIA_VERSION,
      classes: [
        ...new Set(
          [...document.querySelectorAll('[class]')].flatMap((el) =>
            (el.getAttribute('class') ?? '').split(' ').filter(Boolean),
          ),
        ),
      ],
      fonts: [...document.body.querySelectorAll('h1,h2,h3,h4,h5,h6,p')].map((el) =>
        (getComputedStyle(el).fontFamily.split(',')[0] ?? '').replace(/["']/g, '').trim(),
      ),
    }));
    assert.match(String(version), /^2\./, path);
    const share = Math.round((classes.filter(biClass).length / classes.length) * 100);
    assert.ok(share >= 30, `${path}: ${share}% Bootstrap Italia classes`);
    for (const font of new Set(fonts))
      assert.ok(['Titillium Web', 'Lora', 'Roboto Mono'].includes(font), `${path}: font ${font}`);
  }
  await page.context().close();
});

test('the rating component shows the right follow-up question and is answered with the keyboard', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance());
  await page.goto(`${url}/amministrazione`);
  const positive = page.locator('[data-element="feedback-rating-positive"]');
  const negative = page.locator('[data-element="feedback-rating-negative"]');
  assert.equal(await positive.isVisible(), false);
  assert.equal(await negative.isVisible(), false);
  // As the national checker does: click the star labels.
  for (const [stars, good] of [
    [1, false],
    [3, false],
    [4, true],
    [5, true],
  ] as const) {
    await page.locator(`[data-element="feedback-rate-${stars}"]`).click();
    assert.equal(await positive.isVisible(), good, `${stars} stars`);
    assert.equal(await negative.isVisible(), !good, `${stars} stars`);
  }
  // Keyboard only: focus the five-star radio, move to three stars with the arrows, answer, send.
  await page.locator('#feedback-star-5').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#feedback-star-3').isChecked(), true);
  assert.equal(await negative.isVisible(), true);
  assert.equal(await positive.isVisible(), false);
  await page.locator('#feedback-answer-unclear').focus();
  await page.keyboard.press('Space');
  await page.locator('#feedback-comment').focus();
  await page.keyboard.type('Mancano gli orari del sabato');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/feedback\/grazie\?pagina=%2Famministrazione$/);
  assert.match(String(await page.locator('main').textContent()), /Grazie, il tuo parere/);
  await page.context().close();
});

test('without JavaScript the rating form shows every step and still posts', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { javaScriptEnabled: false });
  await page.goto(`${url}/novita`);
  assert.equal(await page.locator('[data-element="feedback-rating-positive"]').isVisible(), true);
  await page.locator('[data-element="feedback-rate-4"]').click();
  await page.locator('button[type="submit"]', { hasText: 'Invia' }).click();
  await page.waitForURL(/\/feedback\/grazie\?pagina=%2Fnovita$/);
  await page.context().close();
});

test('on a phone the menu opens and its links are reachable, with and without JavaScript', async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { viewport: { width: 375, height: 800 } });
  await page.goto(`${url}/`);
  const management = page.locator('a[data-element="management"]');
  assert.equal(await management.isVisible(), false);
  await page.locator('button.custom-navbar-toggler').click();
  await management.waitFor({ state: 'visible' });
  for (const element of ['news', 'all-services', 'live', 'all-topics'])
    assert.equal(await page.locator(`a[data-element="${element}"]`).isVisible(), true, element);
  await management.click();
  await page.waitForURL(/\/amministrazione$/);
  await page.context().close();

  const noJs = await newPage(await browserInstance(), {
    viewport: { width: 375, height: 800 },
    javaScriptEnabled: false,
  });
  await noJs.goto(`${url}/`);
  const fallback = noJs.locator('noscript nav a', { hasText: 'Novità' });
  const link = noJs.getByRole('link', { name: 'Novità', exact: true }).filter({ visible: true });
  assert.ok((await link.count()) >= 1 || (await fallback.count()) >= 1);
  await link.first().click();
  await noJs.waitForURL(/\/novita$/);
  await noJs.context().close();
});

test("the rating component passes the national checker's own visibility test (3840×2160, scrolled to the bottom)", async () => {
  const { url } = await demo();
  const page = await newPage(await browserInstance(), { viewport: { width: 3840, height: 2160 } });
  for (const path of ['/', '/amministrazione/uffici', '/argomenti']) {
    await page.goto(`${url}${path}`);
    // A string, not a function: the test runner's transpiler would add helpers the page lacks.
    const seen = (await page.evaluate(`(() => {
      window.scrollTo(0, document.body.scrollHeight);
      function visible(selector) {
        const el = document.querySelector(selector);
        if (!el) return false;
        const rect = el.getBoundingClientRect();
        return getComputedStyle(el).visibility !== 'hidden' && rect.width > 0 && rect.height > 0 && rect.top > 0 && rect.bottom > 0;
      }
      const out = [];
      for (let i = 1; i <= 5; i++) {
        const label = document.querySelector('[data-element="feedback-rate-' + i + '"]');
        label.click();
        label.click();
        out.push([visible('[data-element="feedback-rating-positive"]'), visible('[data-element="feedback-rating-negative"]')]);
      }
      return out;
    })()`)) as Array<[boolean, boolean]>;
    assert.deepEqual(
      seen,
      [
        [false, true],
        [false, true],
        [false, true],
        [true, false],
        [true, false],
      ],
      path,
    );
  }
  await page.context().close();
});
