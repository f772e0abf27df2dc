import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { tinyPdf } from '../../platform/storage/attachment-files.js';
import { topicBySlug } from '../portal/index.js';
import { checkAttachment, renderImageVariants, romeParts, romeToUtc } from './commands/save.js';
import { DEMO_NEWS, demoPicture } from './demo.js';
import { NewsArticle, parseBody } from './http/portal.js';
import type { NewsRow } from './schema.js';

test('Rome local time converts both ways, across summer and winter time; impossible dates are refused', () => {
  assert.equal(romeToUtc('2026-07-18', '21:00')?.toISOString(), '2026-07-18T19:00:00.000Z');
  assert.equal(romeToUtc('2026-12-01', '09:30')?.toISOString(), '2026-12-01T08:30:00.000Z');
  assert.equal(romeToUtc('2026-02-30', '09:00'), null);
  assert.equal(romeToUtc('2026-13-01', '09:00'), null);
  assert.deepEqual(romeParts(new Date('2026-07-18T19:00:00Z')), ['2026-07-18', '21:00']);
});

test('the body is plain text: paragraphs, lists and subheadings, and any HTML in it is shown as text', () => {
  const blocks = parseBody('Primo paragrafo\nsu due righe.\n\n## Orari e sedi\n- lunedì\n- martedì\n\nFine.');
  assert.deepEqual(
    blocks.map((b) => b.type),
    ['p', 'h', 'ul', 'p'],
  );
  assert.deepEqual(blocks[0], { type: 'p', text: 'Primo paragrafo su due righe.' });
  assert.deepEqual(blocks[1], { type: 'h', text: 'Orari e sedi', id: 'sezione-orari-e-sedi' });
  const now = new Date();
  const item = {
    id: '00000000-0000-4000-8000-000000000000',
    kind: 'notizia',
    slug: 'x',
    title: 'Titolo <b>grassetto</b>',
    summary: 'Sintesi',
    body: '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
    topics: ['sport'],
    image: null,
    imageAlt: '',
    publishAt: now,
    unpublishAt: null,
    updatedAt: now,
  } as unknown as NewsRow;
  const html = String(
    NewsArticle({
      data: {
        item,
        officeName: null,
        officeAddress: null,
        officePhone: null,
        officeEmail: null,
        attachments: [],
      },
      t: (k: string) => k,
      locale: 'it',
    }),
  );
  assert.ok(!html.includes('<script>'));
  assert.ok(!html.includes('<img src=x'));
  assert.ok(html.includes('<p>&lt;script>alert(1)&lt;/script></p>'));
  assert.ok(html.includes('Titolo &lt;b>grassetto&lt;/b>'));
});

test('images are re-encoded as WebP at 480/960/1600 without EXIF; smaller originals are never enlarged', async () => {
  const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#888' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'chi-ha-scattato' } })
    .toBuffer();
  const variants = await renderImageVariants(big);
  assert.deepEqual(
    variants.map((v) => [v.width, v.height]),
    [
      [480, 320],
      [960, 640],
      [1600, 1067],
    ],
  );
  for (const v of variants) assert.equal((await sharp(v.data).metadata()).exif, undefined);
  const small = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#888' } })
    .png()
    .toBuffer();
  assert.deepEqual(
    (await renderImageVariants(small)).map((v) => v.width),
    [480, 600],
  );
});

// The content check itself is tested with the platform (src/platform/validation/attachment.test.ts).
test('a refused news attachment carries the news messages, on the attachment field', async () => {
  const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
  const refused = await checkAttachment({ filename: 'bando.pdf', data: exe, truncated: false });
  assert.equal(refused.error?.message, 'news.errors.attachmentType');
  assert.equal(refused.error?.path, 'attachment');
  const big = await checkAttachment({ filename: 'a.pdf', data: tinyPdf(['Prova']), truncated: true });
  assert.equal(big.error?.message, 'news.errors.attachmentTooLarge');
  assert.equal(big.error?.code, 'PAYLOAD_TOO_LARGE');
});

test('the demo news: about thirty, national topics only, some in evidenza, scheduled, a draft, images and PDFs', async () => {
  assert.ok(DEMO_NEWS.length >= 28);
  assert.equal(new Set(DEMO_NEWS.map((n) => n.slug)).size, DEMO_NEWS.length);
  for (const n of DEMO_NEWS) {
    assert.ok(n.topics.length > 0, n.slug);
    for (const topic of n.topics) assert.ok(topicBySlug(topic), `${n.slug}: ${topic}`);
  }
  const featured = DEMO_NEWS.filter((n) => n.featured && !n.draft && n.daysAgo >= 0);
  assert.ok(featured.length >= 3 && featured.length <= 4);
  assert.ok(DEMO_NEWS.some((n) => n.draft));
  assert.ok(DEMO_NEWS.filter((n) => n.daysAgo < 0).length >= 2);
  assert.ok(DEMO_NEWS.filter((n) => n.pdf).length >= 1);
  for (const kind of ['notizia', 'comunicato', 'avviso']) assert.ok(DEMO_NEWS.some((n) => n.kind === kind));
  const jpeg = await demoPicture('road');
  const meta = await sharp(jpeg).metadata();
  assert.equal(meta.format, 'jpeg');
  assert.equal(meta.width, 1600);
});

test('every Italian text of the module has its English and German translation', async () => {
  const { newsMessages } = await import('./messages.js');
  type Tree = { [key: string]: string | Tree };
  const keys = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
    );
  const italian = keys(newsMessages.it as Tree);
  for (const locale of ['en', 'de'] as const) {
    const translated = new Set(keys(newsMessages[locale] as Tree));
    assert.deepEqual(
      italian.filter((k) => !translated.has(k)),
      [],
      locale,
    );
  }
});
