import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestTenant, type TestTenant, testApp, testDatabase } from '../../../test/helpers/context.js';
import { type StaffSession, sessionCookieFor } from '../../../test/helpers/session.js';
import { auditLog } from '../../platform/audit/schema.js';
import { withTenant } from '../../platform/db/client.js';
import { type FormFilePart, multipartBody } from '../../platform/http/attachment-form-body.js';
import { tinyPdf } from '../../platform/storage/attachment-files.js';
import { ATTACHMENT_MAX_BYTES } from '../../platform/validation/attachment.js';
import { seedAdministrationDemo } from './demo.js';
import { administrationAttachments, administrationItems } from './schema.js';

let tenant: TestTenant;
let other: TestTenant;
let editor: StaffSession;

const fields = (overrides: Record<string, string> = {}): Array<[string, string]> =>
  Object.entries({
    category: 'documenti-e-dati',
    title: 'Regolamento del verde pubblico',
    slug: '',
    role: '',
    summary: 'Cura e uso delle aree verdi comunali.',
    body: 'Il regolamento disciplina la cura delle aree verdi.',
    officeId: '',
    email: '',
    phone: '',
    sortOrder: '60',
    status: 'draft',
    attachmentTitle: '',
    ...overrides,
  });

async function send(url: string, form: Array<[string, string]>, files: FormFilePart[] = []) {
  const { app } = await testApp();
  const body = multipartBody([['_csrf', editor.csrf], ...form], files);
  return app.inject({
    method: 'POST',
    url,
    headers: { ...editor.headers, 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function get(url: string, headers: Record<string, string> = { host: tenant.host }) {
  const { app } = await testApp();
  return app.inject({ url, headers });
}

async function itemBySlug(slug: string) {
  const database = await testDatabase();
  return withTenant(database, tenant.id, async (tx) => {
    const [row] = await tx
      .select()
      .from(administrationItems)
      .where(and(eq(administrationItems.tenantId, tenant.id), eq(administrationItems.slug, slug)));
    return row ?? null;
  });
}

async function attachmentsOf(itemId: string) {
  const database = await testDatabase();
  return withTenant(database, tenant.id, (tx) =>
    tx
      .select()
      .from(administrationAttachments)
      .where(
        and(eq(administrationAttachments.tenantId, tenant.id), eq(administrationAttachments.itemId, itemId)),
      )
      .orderBy(asc(administrationAttachments.position)),
  );
}

async function audit(action: string) {
  const database = await testDatabase();
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
}

const pdfPart = (filename = 'Regolamento Verde (2026).pdf'): FormFilePart => ({
  name: 'attachment',
  filename,
  type: 'application/pdf',
  data: tinyPdf(['Regolamento del verde pubblico']),
});

describe('administration: attachments of a scheda', () => {
  before(async () => {
    const { ctx } = await testApp();
    tenant = await createTestTenant(ctx.database, 'Comune di Allegatopoli');
    other = await createTestTenant(ctx.database, 'Comune di Altrove');
    await withTenant(ctx.database, tenant.id, (tx) => seedAdministrationDemo(tx, tenant.id, ctx.storage));
    editor = await sessionCookieFor(tenant, ['editor']);
  });

  test('an executable renamed .pdf is refused with its reason; the typed values are kept', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(400, 1)]);
    const res = await send('/backoffice/amministrazione/nuova', fields({ title: 'Titolo tenuto' }), [
      { name: 'attachment', filename: 'statuto.pdf', type: 'application/pdf', data: exe },
    ]);
    assert.equal(res.statusCode, 415);
    assert.match(res.body, /Tipo di file non ammesso/);
    assert.match(res.body, /value="Titolo tenuto"/);
    assert.match(res.body, /Cura e uso delle aree verdi comunali\./);
    assert.equal(await itemBySlug('titolo-tenuto'), null, 'nothing saved');
  });

  test('a file over 10 MB is refused with the limit, the rest of the form kept', async () => {
    const big = Buffer.concat([tinyPdf(['Grande']), Buffer.alloc(ATTACHMENT_MAX_BYTES + 1024)]);
    const res = await send('/backoffice/amministrazione/nuova', fields({ title: 'Troppo grande' }), [
      { name: 'attachment', filename: 'bilancio.pdf', type: 'application/pdf', data: big },
    ]);
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /L’allegato supera il limite di 10 MB/);
    assert.match(res.body, /value="Troppo grande"/);
  });

  test('a PNG named .pdf is accepted as what it is: a PNG image, stored with its real type', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    const created = await send(
      '/backoffice/amministrazione/nuova',
      fields({ title: 'Mappa delle aree verdi' }),
      [{ name: 'attachment', filename: 'mappa.pdf', type: 'application/pdf', data: png }],
    );
    assert.equal(created.statusCode, 303);
    const item = await itemBySlug('mappa-delle-aree-verdi');
    assert.ok(item);
    const [file] = await attachmentsOf(item.id);
    assert.equal(file?.mime, 'image/png');
    assert.equal(file?.filename, 'mappa.png');
  });

  test('upload on a draft: hidden from the public, visible to staff; published: listed and served', async () => {
    const created = await send('/backoffice/amministrazione/nuova', fields(), [pdfPart()]);
    assert.equal(created.statusCode, 303);
    const item = await itemBySlug('regolamento-del-verde-pubblico');
    assert.ok(item);
    const [file] = await attachmentsOf(item.id);
    assert.ok(file);
    assert.equal(file.filename, 'regolamento-verde-2026.pdf');
    assert.equal(file.title, 'Regolamento Verde (2026)');
    assert.equal(file.mime, 'application/pdf');
    const added = (await audit('administration.attachment_added')).at(-1);
    assert.equal(added?.entityId, file.id);

    const href = `/amministrazione/allegati/${file.id}/${file.filename}`;
    assert.equal((await get(href)).statusCode, 404, 'a draft’s file is not public');
    const staff = await get(href, editor.headers);
    assert.equal(staff.statusCode, 200);
    assert.equal(staff.headers['cache-control'], 'private, no-store');

    const form = await get(`/backoffice/amministrazione/${item.id}/modifica`, editor.headers);
    assert.match(form.body, /enctype="multipart\/form-data"/);
    assert.match(form.body, new RegExp(`href="${href}"`));
    assert.match(form.body, /\(PDF, [0-9,]+ [kB]+\)/);

    // A second file, with its own title, on the edit form; then publish.
    const edited = await send(
      `/backoffice/amministrazione/${item.id}/modifica`,
      fields({ slug: item.slug, status: 'published', attachmentTitle: 'Allegato A - planimetrie' }),
      [pdfPart('allegato-a.pdf')],
    );
    assert.equal(edited.statusCode, 303);
    const files = await attachmentsOf(item.id);
    assert.deepEqual(
      files.map((f) => [f.title, f.position]),
      [
        ['Regolamento Verde (2026)', 0],
        ['Allegato A - planimetrie', 1],
      ],
    );

    const page = await get('/amministrazione/documenti-e-dati/regolamento-del-verde-pubblico');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h2 id="documenti-title"[^>]*>Documenti<\/h2>/);
    assert.match(page.body, new RegExp(`href="${href}"[^>]*>Regolamento Verde \\(2026\\)</a>`));
    assert.match(page.body, /Formato: PDF · Dimensione: [0-9,]+ (B|kB)/);

    const pdf = await get(href);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.headers['content-disposition'], 'inline; filename="regolamento-verde-2026.pdf"');
    assert.equal(pdf.headers['x-content-type-options'], 'nosniff');
    assert.equal(pdf.headers['cache-control'], 'public, max-age=3600');
    assert.match(String(pdf.headers['content-security-policy']), /sandbox/);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal((await get(`/amministrazione/allegati/${file.id}/altro-nome.pdf`)).statusCode, 404);
    assert.equal((await get(href, { host: other.host })).statusCode, 404, 'not from another Comune');

    // Remove one: audited, gone from the page and from the download.
    const { app } = await testApp();
    const removed = await app.inject({
      method: 'POST',
      url: `/backoffice/amministrazione/${item.id}/allegati/${file.id}/elimina`,
      headers: { ...editor.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(editor.csrf)}`,
    });
    assert.equal(removed.statusCode, 303);
    assert.match(String(removed.headers.location), /ok=attachmentRemoved/);
    assert.equal((await audit('administration.attachment_removed')).at(-1)?.entityId, file.id);
    assert.equal((await get(href)).statusCode, 404);
    assert.equal((await attachmentsOf(item.id)).length, 1);
  });

  test('another Comune’s staff cannot remove or see a draft’s attachment', async () => {
    const item = await itemBySlug('regolamento-del-verde-pubblico');
    assert.ok(item);
    const [file] = await attachmentsOf(item.id);
    assert.ok(file);
    const foreign = await sessionCookieFor(other, ['admin']);
    const { app } = await testApp();
    const res = await app.inject({
      method: 'POST',
      url: `/backoffice/amministrazione/${item.id}/allegati/${file.id}/elimina`,
      headers: { ...foreign.headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(foreign.csrf)}`,
    });
    assert.equal(res.statusCode, 404);
    assert.equal((await attachmentsOf(item.id)).length, 1);
  });

  test('demo: the Statuto and the Bilancio di previsione carry a small valid PDF', async () => {
    for (const slug of ['statuto-comunale', 'bilancio-di-previsione']) {
      const page = await get(`/amministrazione/documenti-e-dati/${slug}`);
      assert.equal(page.statusCode, 200, slug);
      const href = /href="(\/amministrazione\/allegati\/[^"]+\.pdf)"/.exec(page.body)?.[1];
      assert.ok(href, slug);
      const pdf = await get(href);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.match(pdf.rawPayload.toString('latin1'), /%%EOF\n$/);
    }
  });
});
