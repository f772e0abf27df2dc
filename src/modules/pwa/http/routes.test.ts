import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { createTestTenant, testApp } from '../../../../test/helpers/context.js';

test('manifest: per Comune, with the fields browsers need to install the site', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant(undefined, 'Comune di Roccaverde');
  const res = await app.inject({ url: '/manifest.webmanifest', headers: { host: tenant.host } });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/manifest\+json/);
  assert.match(String(res.headers['cache-control']), /public/);
  const manifest = JSON.parse(res.body);
  assert.equal(manifest.name, 'Comune di Roccaverde');
  assert.equal(manifest.short_name, 'Roccaverde');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.scope, '/');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
  assert.deepEqual(sizes.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);

  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const png = await app.inject({ url: icon.src, headers: { host: tenant.host } });
    assert.equal(png.statusCode, 200, icon.src);
    assert.equal(png.headers['content-type'], 'image/png');
    assert.match(String(png.headers['cache-control']), /max-age=\d+/);
    const meta = await sharp(png.rawPayload).metadata();
    assert.equal(`${meta.width}x${meta.height}`, icon.sizes);
    assert.equal(meta.format, 'png');
  }
  const unknown = await app.inject({ url: '/icons/favicon-999.png', headers: { host: tenant.host } });
  assert.equal(unknown.statusCode, 404);
});

test('manifest: the maskable icon sits on the Comune theme colour, which changes its address', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const manifest = JSON.parse(
    (await app.inject({ url: '/manifest.webmanifest', headers: { host: tenant.host } })).body,
  );
  const maskable = manifest.icons.find((i: { purpose: string }) => i.purpose === 'maskable');
  const png = await app.inject({ url: maskable.src, headers: { host: tenant.host } });
  const { data } = await sharp(png.rawPayload).raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = [data[0], data[1], data[2]].map((n) => (n ?? 0).toString(16).padStart(2, '0'));
  assert.equal(`#${r}${g}${b}`, manifest.theme_color.toLowerCase(), 'corner pixel is the theme colour');
  assert.match(maskable.src, /\?v=[0-9a-f]{12}$/);
});

test('layout: portal pages link the manifest, the theme colour and the apple-touch-icon', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const home = await app.inject({ url: '/', headers: { host: tenant.host } });
  const head = /<head>[\s\S]*<\/head>/.exec(home.body)?.[0] ?? '';
  assert.match(head, /<link rel="manifest" href="\/manifest\.webmanifest"/);
  assert.match(head, /<meta name="theme-color" content="#[0-9a-fA-F]{6}"/);
  const touch = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(head)?.[1] ?? '';
  const icon = await app.inject({ url: touch, headers: { host: tenant.host } });
  assert.equal(icon.statusCode, 200);
  assert.equal((await sharp(icon.rawPayload).metadata()).width, 180);
});

test('service worker: served from the root as JavaScript, allowed by the CSP, never stores private pages', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await app.inject({ url: '/sw.js', headers: { host: tenant.host } });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/javascript/);
  assert.equal(res.headers['cache-control'], 'no-cache');
  assert.match(res.body, /backoffice\|area-personale/);
  assert.match(res.body, /request\.method !== 'GET'/);
  const home = await app.inject({ url: '/', headers: { host: tenant.host } });
  const csp = String(home.headers['content-security-policy']);
  assert.match(csp, /worker-src 'self'/);
  assert.match(csp, /manifest-src 'self'/);
});

test('offline page: Italian by default, a way back home, no personal data', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await app.inject({ url: '/offline', headers: { host: tenant.host } });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<h1[^>]*>Sei offline<\/h1>/);
  assert.match(res.body, /href="\/"[^>]*>Torna alla home/);
  const en = await app.inject({ url: '/offline?lang=en', headers: { host: tenant.host } });
  assert.match(en.body, /You are offline/);
  const de = await app.inject({ url: '/offline?lang=de', headers: { host: tenant.host } });
  assert.match(de.body, /Sie sind offline/);
});
