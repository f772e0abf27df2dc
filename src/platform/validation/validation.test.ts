import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { contrastRatio } from './colour.js';
import { entityFiscalCodeCheckDigit, isValidEntityFiscalCode } from './fiscal-code.js';
import { isValidHostname, parseHostnameList } from './hostname.js';
import { reencodeAsPng, sniffImageType } from './image.js';
import { slugify } from './slug.js';
import { isValidTime, minutesOf } from './time.js';

test('contrast ratio follows WCAG 2.1', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  // Bootstrap Italia's primary blue passes on white; a light yellow does not.
  assert.ok(contrastRatio('#0066cc', '#ffffff') >= 4.5);
  assert.ok(contrastRatio('#ffcc00', '#ffffff') < 4.5);
  assert.ok(Math.abs(contrastRatio('#767676', '#FFFFFF') - 4.54) < 0.01);
});

test('entity fiscal code check digit', () => {
  const body = '0012345678';
  const code = body + entityFiscalCodeCheckDigit(body);
  assert.ok(isValidEntityFiscalCode(code));
  assert.ok(!isValidEntityFiscalCode(body + ((Number(code.at(-1)) + 1) % 10)));
  assert.ok(!isValidEntityFiscalCode('1234567890'));
});

test('host names: RFC 1123 labels, no ports, no IPs, one per line', () => {
  for (const ok of ['comune.example.it', 'www.comune.esempio.it', 'demo.localhost', 'a-b.c1.it'])
    assert.ok(isValidHostname(ok), ok);
  for (const bad of [
    'localhost',
    'comune.it:8080',
    '-a.it',
    'a-.it',
    'a..it',
    'http://x.it',
    '10.0.0.1',
    'a b.it',
  ])
    assert.ok(!isValidHostname(bad), bad);
  assert.deepEqual(parseHostnameList(' Comune.IT \r\n\n www.comune.it\ncomune.it'), [
    'comune.it',
    'www.comune.it',
  ]);
});

test('slugify drops accents and punctuation', () => {
  assert.equal(slugify('Ufficio Relazioni con il Pubblico (URP)'), 'ufficio-relazioni-con-il-pubblico-urp');
  assert.equal(slugify("Servizi all'Infanzia – Città"), 'servizi-allinfanzia-citta');
  assert.equal(slugify('  '), '');
});

test('times are HH:MM in 24 hours', () => {
  assert.ok(isValidTime('08:30'));
  assert.ok(isValidTime('23:59'));
  for (const bad of ['8:30', '24:00', '12:60', '12.30', '', '12:30:00']) assert.ok(!isValidTime(bad), bad);
  assert.equal(minutesOf('08:30:00'), 510);
});

test('images: type from the bytes, re-encoded as PNG without EXIF', async () => {
  const jpeg = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#0066cc' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'secret-exif-marker' } })
    .toBuffer();
  assert.equal(await sniffImageType(jpeg), 'image/jpeg');
  assert.ok(jpeg.includes('secret-exif-marker'));
  const png = await reencodeAsPng(jpeg, 512);
  assert.equal(await sniffImageType(png), 'image/png');
  const meta = await sharp(png).metadata();
  assert.equal(meta.width, 512);
  assert.equal(meta.height, 256);
  assert.equal(meta.exif, undefined);
  assert.ok(!png.includes('secret-exif-marker'));
  assert.equal(await sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')), null);
  assert.equal(await sniffImageType(Buffer.from('just text, named logo.png')), null);
});
