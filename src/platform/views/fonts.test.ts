import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../../../test/helpers/context.js';
import { asset, BOOTSTRAP_ITALIA_DIST, PUBLIC_DIR } from './assets.js';
import { fontFacesCss } from './fonts.js';

test('the fonts stylesheet declares every Bootstrap Italia face, each pointing at a shipped file', () => {
  const css = fontFacesCss('fonts/');
  for (const face of [
    "'Titillium Web';font-style:normal;font-weight:400",
    "'Titillium Web';font-style:normal;font-weight:600",
    "'Titillium Web';font-style:normal;font-weight:700",
    "'Titillium Web';font-style:italic;font-weight:300",
    "'Lora';font-style:normal;font-weight:400",
    "'Roboto Mono';font-style:normal;font-weight:700",
  ])
    assert.ok(css.includes(`font-family:${face};`), face);
  const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1] ?? '');
  assert.ok(urls.length >= 32);
  for (const url of urls) assert.ok(existsSync(join(BOOTSTRAP_ITALIA_DIST, url)), url);
});

test('pages link the fonts stylesheet, served beside Bootstrap Italia with a long cache; the CSP stays strict', async () => {
  const { app } = await testApp();
  const res = await app.inject({ method: 'GET', url: asset.biFonts });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/css/);
  assert.match(String(res.headers['cache-control']), /immutable/);
  const urls = [...res.body.matchAll(/url\('\/static\/app\/([^']+)'\)/g)].map((m) => m[1] ?? '');
  assert.ok(urls.some((u) => u.startsWith('fonts/Titillium_Web/')));
  for (const url of urls) assert.ok(existsSync(join(PUBLIC_DIR, url)), url);
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /style-src 'self';/);
  assert.match(csp, /font-src 'self';/);
});
