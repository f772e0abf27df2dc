import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { createStaffUser, csrfFor, loginAs } from '../../../../test/helpers/staff.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { withTenant } from '../../../platform/db/client.js';
import { type FormFilePart, multipartBody } from '../../../platform/http/attachment-form-body.js';
import { tinyPdf } from '../../../platform/storage/attachment-files.js';
import { newsAttachments, newsItems } from '../schema.js';

type FilePart = FormFilePart;
const multipart = multipartBody;

const DAY = 86_400_000;
let tenant: TestTenant;
let editorCookie: string;
let editorToken: string;

async function editor(t: TestTenant) {
  const { app } = await testApp();
  const staff = await createStaffUser(t, { roles: ['editor'] });
  const cookie = await loginAs(app, t, staff.email, staff.password);
  const form = await csrfFor(app, t, cookie, '/backoffice/novita/nuova');
  return { cookie: form.cookie, token: form.token, id: staff.id };
}

function baseFields(overrides: Record<string, string> = {}): Array<[string, string]> {
  const fields: Record<string, string> = {
    kind: 'notizia',
    title: 'Nuovo orario della biblioteca civica',
    slug: '',
    summary: 'La biblioteca apre anche il sabato pomeriggio.',
    body: 'Da questo mese la sala studio è aperta anche il sabato.\n\n- wi-fi gratuito\n- 48 posti',
    officeId: '',
    imageAlt: '',
    attachmentTitle: '',
    status: 'published',
    publishDate: '',
    publishTime: '',
    unpublishDate: '',
    unpublishTime: '',
    ...overrides,
  };
  return Object.entries(fields);
}

async function post(url: string, fields: Array<[string, string]>, files: FilePart[] = [], t = tenant) {
  const { app } = await testApp();
  const body = multipart([['_csrf', editorToken], ...fields], files);
  return app.inject({
    method: 'POST',
    url,
    headers: { host: t.host, cookie: editorCookie, 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function jpegWithExif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2060a0' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'exif-marker-artist', Copyright: 'gps-secret' } })
    .toBuffer();
}

describe('news: back office and portal', () => {
  before(async () => {
    const { ctx } = await testApp();
    tenant = await createTestTenant(ctx.database, 'Comune di Novitàlandia');
    ({ cookie: editorCookie, token: editorToken } = await editor(tenant));
  });

  test('validation: Italian messages, typed values kept, topics required, alt text required with an image', async () => {
    const res = await post('/backoffice/novita/nuova', baseFields({ title: 'Titolo tenuto', summary: '' }), [
      { name: 'image', filename: 'foto.jpg', type: 'image/jpeg', data: await jpegWithExif(800, 600) },
    ]);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Scegliere almeno un argomento/);
    assert.match(res.body, /Descrivere l’immagine con un testo alternativo/);
    assert.match(res.body, /Sintesi: Campo obbligatorio\./);
    assert.match(res.body, /value="Titolo tenuto"/);
    assert.match(res.body, /da questo mese la sala studio/i);
  });

  test('an attachment is checked by content: a text file named .pdf is refused with a reason, the form kept', async () => {
    const res = await post(
      '/backoffice/novita/nuova',
      [...baseFields({ title: 'Con allegato falso' }), ['topics', 'istruzione']],
      [
        {
          name: 'attachment',
          filename: 'bando.pdf',
          type: 'application/pdf',
          data: Buffer.from('<html>not a pdf</html>'),
        },
      ],
    );
    assert.equal(res.statusCode, 415, res.body.slice(0, 500));
    assert.match(res.body, /Tipo di file non ammesso/);
    assert.match(res.body, /value="Con allegato falso"/);
    assert.match(res.body, /value="istruzione"\s+checked/);
    const database = (await testApp()).ctx.database;
    const rows = await withTenant(database, tenant.id, (tx) =>
      tx.select().from(newsItems).where(eq(newsItems.title, 'Con allegato falso')),
    );
    assert.equal(rows.length, 0);
  });

  test('create with image and PDF: EXIF dropped, responsive WebP widths, audit in the same change, page public', async () => {
    const { app, ctx } = await testApp();
    const original = await jpegWithExif(2400, 1200);
    assert.ok((await sharp(original).metadata()).exif);
    const res = await post(
      '/backoffice/novita/nuova',
      [
        ...baseFields({ title: 'Biblioteca aperta il sabato', imageAlt: 'La sala studio della biblioteca' }),
        ['topics', 'tempo-libero'],
        ['topics', 'istruzione'],
        ['featured', '1'],
      ],
      [
        { name: 'image', filename: 'sala.jpg', type: 'image/jpeg', data: original },
        {
          name: 'attachment',
          filename: 'Orari biblioteca.pdf',
          type: 'application/pdf',
          data: tinyPdf(['Orari']),
        },
      ],
    );
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    const id = /novita\/([0-9a-f-]{36})\/modifica/.exec(String(res.headers.location))?.[1];
    assert.ok(id);
    const [item] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx.select().from(newsItems).where(eq(newsItems.id, id)),
    );
    assert.ok(item?.image);
    assert.deepEqual(
      item.image.variants.map((v) => v.width),
      [480, 960, 1600],
    );
    assert.equal(item.slug, 'biblioteca-aperta-il-sabato');
    assert.deepEqual(item.topics, ['tempo-libero', 'istruzione']);
    for (const v of item.image.variants) {
      const stored = await ctx.storage.get(v.key);
      assert.ok(stored);
      const meta = await sharp(stored).metadata();
      assert.equal(meta.format, 'webp');
      assert.equal(meta.width, v.width);
      assert.equal(meta.exif, undefined, 'no EXIF in the stored image');
      assert.ok(!stored.includes(Buffer.from('exif-marker-artist')));
    }
    const audits = await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.entityId, id))),
    );
    assert.deepEqual(
      audits.map((a) => a.action),
      ['news.created'],
    );

    const page = await app.inject({
      method: 'GET',
      url: '/novita/notizie/biblioteca-aperta-il-sabato',
      headers: { host: tenant.host },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1[^>]*>Biblioteca aperta il sabato<\/h1>/);
    assert.match(page.body, /alt="La sala studio della biblioteca"/);
    assert.match(page.body, /srcset="[^"]*480w[^"]*960w[^"]*1600w"/);
    assert.match(page.body, /href="\/argomenti\/tempo-libero"/);
    assert.match(page.body, /<li>wi-fi gratuito<\/li>/);
    assert.match(page.body, /name="description" content="La biblioteca apre anche il sabato pomeriggio."/);
    assert.match(page.body, /Orari biblioteca/);
    const image = await app.inject({
      method: 'GET',
      url: `/novita/immagini/${id}/960.webp`,
      headers: { host: tenant.host },
    });
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/webp');
    const attachmentHref = /href="(\/novita\/allegati\/[^"]+)"/.exec(page.body)?.[1];
    assert.ok(attachmentHref);
    const pdf = await app.inject({ method: 'GET', url: attachmentHref, headers: { host: tenant.host } });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.ok(pdf.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));

    const list = await app.inject({ method: 'GET', url: '/novita/notizie', headers: { host: tenant.host } });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /href="\/novita\/notizie\/biblioteca-aperta-il-sabato"/);
    const section = await app.inject({ method: 'GET', url: '/novita', headers: { host: tenant.host } });
    assert.equal(section.statusCode, 200);
    assert.match(section.body, /Ultime novità/);
    assert.match(
      section.body,
      /<h3 class="card-title h5"><a[^>]*href="\/novita\/notizie\/biblioteca-aperta-il-sabato"/,
    );
    assert.equal((section.body.match(/data-element="news-category-link"/g) ?? []).length, 3);
  });

  test('scheduling and drafts: not public until published and due; staff preview the draft; unknown slugs 404', async () => {
    const { app, ctx } = await testApp();
    const now = Date.now();
    const [future, draft] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .insert(newsItems)
        .values([
          {
            tenantId: tenant.id,
            kind: 'avviso',
            slug: 'avviso-programmato',
            title: 'Avviso programmato',
            summary: 'Domani.',
            topics: ['acqua'],
            status: 'published',
            publishAt: new Date(now + 2 * DAY),
          },
          {
            tenantId: tenant.id,
            kind: 'comunicato',
            slug: 'comunicato-in-bozza',
            title: 'Comunicato in bozza',
            summary: 'Non ancora.',
            topics: ['bilancio'],
            status: 'draft',
            publishAt: new Date(now - DAY),
          },
        ])
        .returning(),
    );
    assert.ok(future && draft);
    for (const url of [
      '/novita/avvisi/avviso-programmato',
      '/novita/comunicati/comunicato-in-bozza',
      '/novita/notizie/non-esiste',
    ]) {
      const res = await app.inject({ method: 'GET', url, headers: { host: tenant.host } });
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /bootstrap-italia/);
    }
    const avvisi = await app.inject({ method: 'GET', url: '/novita/avvisi', headers: { host: tenant.host } });
    assert.doesNotMatch(avvisi.body, /Avviso programmato/);

    const anonymousPreview = await app.inject({
      method: 'GET',
      url: `/backoffice/novita/${draft.id}/anteprima`,
      headers: { host: tenant.host },
    });
    assert.notEqual(anonymousPreview.statusCode, 200);
    const preview = await app.inject({
      method: 'GET',
      url: `/backoffice/novita/${draft.id}/anteprima`,
      headers: { host: tenant.host, cookie: editorCookie },
    });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Comunicato in bozza/);
    assert.match(preview.body, /Anteprima riservata alla redazione/);

    // Publishing the draft (audited) makes it public at once; the scheduled one becomes public when due.
    const publish = await app.inject({
      method: 'POST',
      url: `/backoffice/novita/${draft.id}/pubblica`,
      headers: {
        host: tenant.host,
        cookie: editorCookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${encodeURIComponent(editorToken)}`,
    });
    assert.equal(publish.statusCode, 303);
    const visible = await app.inject({
      method: 'GET',
      url: '/novita/comunicati/comunicato-in-bozza',
      headers: { host: tenant.host },
    });
    assert.equal(visible.statusCode, 200);
    await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .update(newsItems)
        .set({ publishAt: new Date(now - 1000) })
        .where(eq(newsItems.id, future.id)),
    );
    const due = await app.inject({
      method: 'GET',
      url: '/novita/avvisi/avviso-programmato',
      headers: { host: tenant.host },
    });
    assert.equal(due.statusCode, 200);
    const [audit] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'news.published'))),
    );
    assert.ok(audit);
  });

  test('edit keeps values on error, list filters, delete after confirmation removes item and files (audited)', async () => {
    const { app, ctx } = await testApp();
    const created = await post(
      '/backoffice/novita/nuova',
      [
        ...baseFields({ title: 'Lavori in via Roma', kind: 'avviso', imageAlt: 'Cantiere' }),
        ['topics', 'urbanizzazione'],
      ],
      [{ name: 'image', filename: 'c.jpg', type: 'image/jpeg', data: await jpegWithExif(640, 480) }],
    );
    assert.equal(created.statusCode, 303, created.body.slice(0, 400));
    const id = /novita\/([0-9a-f-]{36})\/modifica/.exec(String(created.headers.location))?.[1] ?? '';
    // Saving the form as it was shown changes nothing (dates are shown to the minute).
    const page = await app.inject({
      method: 'GET',
      url: `/backoffice/novita/${id}/modifica`,
      headers: { host: tenant.host, cookie: editorCookie },
    });
    const shown = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.body)?.[1] ?? '';
    const same = await post(`/backoffice/novita/${id}/modifica`, [
      ...baseFields({
        title: 'Lavori in via Roma',
        kind: 'avviso',
        imageAlt: 'Cantiere',
        publishDate: shown('publishDate'),
        publishTime: shown('publishTime'),
      }),
      ['topics', 'urbanizzazione'],
    ]);
    assert.equal(same.statusCode, 303);
    assert.match(String(same.headers.location), /ok=unchanged/);
    const bad = await post(`/backoffice/novita/${id}/modifica`, [
      ...baseFields({
        title: 'Lavori in via Roma e via Po',
        kind: 'avviso',
        imageAlt: 'Cantiere',
        unpublishDate: '2020-01-01',
      }),
      ['topics', 'urbanizzazione'],
    ]);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /La scadenza deve venire dopo la pubblicazione/);
    assert.match(bad.body, /value="Lavori in via Roma e via Po"/);

    // Text search forgives a typo and a missing accent, like the portal's.
    const typo = await app.inject({
      method: 'GET',
      url: '/backoffice/novita?q=lavory%20via%20roma&stato=published',
      headers: { host: tenant.host, cookie: editorCookie },
    });
    assert.equal(typo.statusCode, 200);
    assert.match(typo.body, /Lavori in via Roma/);
    const drafts = await app.inject({
      method: 'GET',
      url: '/backoffice/novita?stato=draft',
      headers: { host: tenant.host, cookie: editorCookie },
    });
    assert.doesNotMatch(drafts.body, /Lavori in via Roma/);
    const filtered = await app.inject({
      method: 'GET',
      url: '/backoffice/novita?tipo=avviso&argomento=urbanizzazione&q=lavori',
      headers: { host: tenant.host, cookie: editorCookie },
    });
    assert.match(filtered.body, /Lavori in via Roma/);
    assert.doesNotMatch(filtered.body, /Biblioteca aperta il sabato/);

    const confirm = await app.inject({
      method: 'GET',
      url: `/backoffice/novita/${id}/elimina`,
      headers: { host: tenant.host, cookie: editorCookie },
    });
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Eliminare «Lavori in via Roma»\?/);
    const [before] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx.select().from(newsItems).where(eq(newsItems.id, id)),
    );
    const keys = before?.image?.variants.map((v) => v.key) ?? [];
    assert.ok(keys.length > 0);
    const del = await app.inject({
      method: 'POST',
      url: `/backoffice/novita/${id}/elimina`,
      headers: {
        host: tenant.host,
        cookie: editorCookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${encodeURIComponent(editorToken)}`,
    });
    assert.equal(del.statusCode, 303);
    const rows = await withTenant(ctx.database, tenant.id, (tx) =>
      tx.select().from(newsItems).where(eq(newsItems.id, id)),
    );
    assert.equal(rows.length, 0);
    for (const key of keys) assert.equal(await ctx.storage.get(key), null);
    const [audit] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'news.deleted'))),
    );
    assert.ok(audit);
  });

  test('an oversized image is refused with its reason; removing the image deletes its files', async () => {
    const { ctx } = await testApp();
    const huge = Buffer.concat([await jpegWithExif(64, 64), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const refused = await post(
      '/backoffice/novita/nuova',
      [...baseFields({ title: 'Foto enorme', imageAlt: 'Una foto' }), ['topics', 'sport']],
      [{ name: 'image', filename: 'enorme.jpg', type: 'image/jpeg', data: huge }],
    );
    assert.equal(refused.statusCode, 413);
    assert.match(refused.body, /L’immagine supera il limite di 10 MB/);
    assert.match(refused.body, /value="Foto enorme"/);

    const created = await post(
      '/backoffice/novita/nuova',
      [...baseFields({ title: 'Foto da togliere', imageAlt: 'Una foto' }), ['topics', 'sport']],
      [{ name: 'image', filename: 'f.jpg', type: 'image/jpeg', data: await jpegWithExif(500, 300) }],
    );
    assert.equal(created.statusCode, 303);
    const id = /novita\/([0-9a-f-]{36})\/modifica/.exec(String(created.headers.location))?.[1] ?? '';
    const [before] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx.select().from(newsItems).where(eq(newsItems.id, id)),
    );
    const keys = before?.image?.variants.map((v) => v.key) ?? [];
    assert.deepEqual(
      before?.image?.variants.map((v) => v.width),
      [480, 500],
    );
    const removed = await post(`/backoffice/novita/${id}/modifica`, [
      ...baseFields({ title: 'Foto da togliere', imageAlt: 'Una foto' }),
      ['topics', 'sport'],
      ['removeImage', '1'],
    ]);
    assert.equal(removed.statusCode, 303, removed.body.slice(0, 300));
    const [after] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx.select().from(newsItems).where(eq(newsItems.id, id)),
    );
    assert.equal(after?.image, null);
    assert.equal(after?.imageAlt, '');
    for (const key of keys) assert.equal(await ctx.storage.get(key), null);
  });

  test('another Comune sees none of these items, and an office operator cannot manage news', async () => {
    const { app, ctx } = await testApp();
    const other = await createTestTenant(ctx.database, 'Comune Accanto');
    const page = await app.inject({
      method: 'GET',
      url: '/novita/notizie/biblioteca-aperta-il-sabato',
      headers: { host: other.host },
    });
    assert.equal(page.statusCode, 404);
    const [attachment] = await withTenant(ctx.database, tenant.id, (tx) =>
      tx.select().from(newsAttachments).limit(1),
    );
    assert.ok(attachment);
    const file = await app.inject({
      method: 'GET',
      url: `/novita/allegati/${attachment.id}/${attachment.filename}`,
      headers: { host: other.host },
    });
    assert.equal(file.statusCode, 404);
    const operator = await createStaffUser(tenant, { roles: ['office_operator'] });
    const cookie = await loginAs(app, tenant, operator.email, operator.password);
    const list = await app.inject({
      method: 'GET',
      url: '/backoffice/novita',
      headers: { host: tenant.host, cookie },
    });
    assert.equal(list.statusCode, 403);
  });
});
