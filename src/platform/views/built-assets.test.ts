import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { testApp } from '../../../test/helpers/context.js';
import { asset } from './assets.js';
import { builtAssets, trimCss } from './built-assets.js';

test('the stylesheet keeps the rules a used class can match and drops the others', () => {
  const used = { words: new Set(['btn', 'card', 'show', 'X']), prefixes: ['col-lg-'] };
  const css =
    '.btn{color:red}.unused{color:blue}.btn.unused,.card{margin:0}' +
    '@media (min-width:992px){.col-lg-4{width:33%}.nowhere{x:y}}@media print{.nowhere{x:y}}' +
    'a:not(.unused){color:green}.btn[data-x="a{b}"]{c:d}' +
    "@font-face{font-family:'X';src:url(data:font/woff2;base64,AA==)}@keyframes spin{to{transform:rotate(1turn)}}" +
    '@font-face{font-family:VideoJS;src:url(data:font/woff2;base64,AA==)}' +
    'body{margin:0}.card.show .nowhere{z-index:1}';
  assert.equal(
    trimCss(css, used),
    '.btn{color:red}.card{margin:0}@media (min-width:992px){.col-lg-4{width:33%}}a:not(.unused){color:green}' +
      '.btn[data-x="a{b}"]{c:d}' +
      "@font-face{font-family:'X';src:url(data:font/woff2;base64,AA==)}@keyframes spin{to{transform:rotate(1turn)}}" +
      'body{margin:0}',
  );
});

test('pages load the trimmed Bootstrap Italia, precompressed, cached for a year under a content hash', async () => {
  const { app } = await testApp();
  const built = builtAssets();
  assert.equal(asset.biCss, built.css.url);
  assert.match(built.css.url, /^\/static\/campanile\/bootstrap-italia\.[\w-]{12}\.css$/);
  const js = await app.inject({ url: built.js.url, headers: { 'accept-encoding': 'gzip, br' } });
  assert.equal(js.statusCode, 200);
  assert.equal(js.headers['content-encoding'], 'br');
  assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
  const script = brotliDecompressSync(js.rawPayload).toString('utf8');
  // The national checker reads the version the BI script sets.
  assert.match(script, /BOOTSTRAP_ITALIA_VERSION/);
  assert.ok(script.length < 100_000, `${script.length} bytes of script`);
  const css = await app.inject({ url: built.css.url, headers: { 'accept-encoding': 'gzip' } });
  assert.equal(css.headers['content-encoding'], 'gzip');
  const { br } = await built.css.compressed;
  assert.ok(br.length < 30_000, `${br.length} bytes of compressed CSS`);
  assert.match(built.css.identity.toString('utf8'), /\.it-header-wrapper/);
  const sprite = built.sprite.identity.toString('utf8');
  assert.match(sprite, /id="it-star-full"/, 'an icon pages use');
  assert.doesNotMatch(sprite, /id="it-youtube"/, 'an icon no page uses');
  const plain = await app.inject({ url: built.sprite.url });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.rawPayload.length, built.sprite.identity.length);
});
