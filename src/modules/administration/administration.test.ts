import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import { createTestTenant, type TestTenant, testApp, testDatabase } from '../../../test/helpers/context.js';
import { formBody, type StaffSession, sessionCookieFor } from '../../../test/helpers/session.js';
import { auditLog } from '../../platform/audit/schema.js';
import { withTenant } from '../../platform/db/client.js';
import { administrationContentSource } from './content.js';
import { DEMO_ADMINISTRATION, seedAdministrationDemo } from './demo.js';
import { administrationItems } from './schema.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
let tenant: TestTenant;
let other: TestTenant;

async function get(url: string, t = tenant) {
  const { app } = await testApp();
  return app.inject({ url, headers: { host: t.host } });
}

async function post(session: StaffSession, url: string, fields: Record<string, string | string[]>) {
  const { app } = await testApp();
  return app.inject({
    method: 'POST',
    url,
    headers: { ...session.headers, ...FORM },
    payload: formBody({ ...fields, _csrf: session.csrf }),
  });
}

async function auditRows(action: string) {
  const database = await testDatabase();
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
}

async function rowBySlug(category: string, slug: string) {
  const database = await testDatabase();
  return withTenant(database, tenant.id, async (tx) => {
    const [row] = await tx
      .select()
      .from(administrationItems)
      .where(
        and(
          eq(administrationItems.tenantId, tenant.id),
          eq(administrationItems.category, category),
          eq(administrationItems.slug, slug),
        ),
      );
    return row ?? null;
  });
}

const valid = (overrides: Record<string, string | string[]> = {}) => ({
  category: 'politici',
  title: 'Ugo Bellone',
  slug: '',
  role: 'Assessore alla protezione civile',
  summary: 'Deleghe: protezione civile e volontariato.',
  body: 'Primo paragrafo.\n\nSecondo paragrafo con <script>alert(1)</script>.',
  officeId: '',
  email: 'assessore.protezione@comune.test',
  phone: '+39 011 555 1234',
  topics: ['protezione-civile'],
  sortOrder: '90',
  status: 'published',
  ...overrides,
});

describe('administration: portal, back office, search', () => {
  before(async () => {
    const database = await testDatabase();
    tenant = await createTestTenant(database, 'Comune di Valmorena');
    other = await createTestTenant(database, 'Comune di Altrove');
    await withTenant(database, tenant.id, (tx) => seedAdministrationDemo(tx, tenant.id));
  });

  test('the Amministrazione page keeps its category cards and links', async () => {
    const res = await get('/amministrazione');
    assert.equal(res.statusCode, 200);
    for (const slug of ['organi-di-governo', 'politici', 'documenti-e-dati', 'uffici'])
      assert.match(
        res.body,
        new RegExp(`href="/amministrazione/${slug}" data-element="management-category-link"`),
      );
  });

  test('a category lists its published schede in order, politici with their role; drafts hidden', async () => {
    const res = await get('/amministrazione/politici');
    assert.equal(res.statusCode, 200);
    const titles = [...res.body.matchAll(/href="\/amministrazione\/politici\/([a-z-]+)"/g)].map((m) => m[1]);
    const expected = DEMO_ADMINISTRATION.filter((d) => d.category === 'politici' && !d.draft)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((d) => d.slug);
    assert.deepEqual(titles, expected);
    assert.equal(titles[0], 'elena-marchisio');
    assert.match(res.body, /Assessora al bilancio e ai tributi/);
    const docs = await get('/amministrazione/documenti-e-dati');
    assert.match(docs.body, /Statuto comunale/);
    assert.doesNotMatch(docs.body, /PIAO/, 'a draft is not listed');
    assert.equal(
      (await get('/amministrazione/documenti-e-dati/piano-integrato-attivita-organizzazione')).statusCode,
      404,
    );
  });

  test('a category of another Comune with no schede shows the honest empty state', async () => {
    const res = await get('/amministrazione/politici', other);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Non ci sono ancora contenuti pubblicati/);
    assert.doesNotMatch(res.body, /Marchisio/);
    assert.equal((await get('/amministrazione/politici/elena-marchisio', other)).statusCode, 404);
  });

  test('a scheda page: breadcrumb, role, contacts, description meta, rating component', async () => {
    const res = await get('/amministrazione/politici/elena-marchisio');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>Elena Marchisio<\/h1>/);
    assert.match(res.body, /href="\/amministrazione"[^>]*>Amministrazione</);
    assert.match(res.body, /href="\/amministrazione\/politici"[^>]*>Politici</);
    assert.match(res.body, /<meta name="description" content="Sindaca\. Sindaca di Valmorena/);
    assert.match(res.body, /mailto:sindaca@comune\.valmorena\.to\.it/);
    assert.match(res.body, /href="\/argomenti\/protezione-civile"/);
    assert.match(res.body, /data-element="feedback"/);
  });

  test('unknown slugs and categories answer the styled 404', async () => {
    for (const url of [
      '/amministrazione/politici/non-esiste',
      '/amministrazione/categoria-ignota/sindaca',
      '/amministrazione/uffici/urp',
      '/amministrazione/organi-di-governo/elena-marchisio',
    ]) {
      const res = await get(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /Pagina non trovata/, url);
    }
  });

  test('back office: an office operator is refused, an editor may list and filter', async () => {
    const { app } = await testApp();
    const operator = await sessionCookieFor(tenant, ['office_operator']);
    for (const url of ['/backoffice/amministrazione', '/backoffice/amministrazione/nuova'])
      assert.equal((await app.inject({ url, headers: operator.headers })).statusCode, 403, url);
    assert.equal((await post(operator, '/backoffice/amministrazione/nuova', valid())).statusCode, 403);
    const editor = await sessionCookieFor(tenant, ['editor']);
    const list = await app.inject({
      url: '/backoffice/amministrazione?categoria=enti-e-fondazioni',
      headers: editor.headers,
    });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Acque Sabaude S\.p\.A\./);
    assert.doesNotMatch(list.body, /Elena Marchisio/);
    const page2 = await app.inject({ url: '/backoffice/amministrazione?page=2', headers: editor.headers });
    assert.equal(page2.statusCode, 200);
    assert.match(page2.body, /Statuto comunale|Polizia locale|Giuseppe Caruso/);
    const search = await app.inject({
      url: '/backoffice/amministrazione?q=MARCHISIO',
      headers: editor.headers,
    });
    assert.match(search.body, /Elena Marchisio/);
    assert.doesNotMatch(search.body, /Giuseppe Caruso/);
    const byRole = await app.inject({
      url: '/backoffice/amministrazione?q=segretario',
      headers: editor.headers,
    });
    assert.match(byRole.body, /Giuseppe Caruso/);
    const wildcard = await app.inject({ url: '/backoffice/amministrazione?q=%25', headers: editor.headers });
    assert.match(wildcard.body, /Nessuna scheda con i filtri scelti/);
    const nav = await app.inject({ url: '/backoffice', headers: editor.headers });
    assert.match(nav.body, /href="\/backoffice\/amministrazione"/);
  });

  test('validation: Italian messages, typed values kept', async () => {
    const editor = await sessionCookieFor(tenant, ['editor']);
    const res = await post(
      editor,
      '/backoffice/amministrazione/nuova',
      valid({ role: '', summary: '', email: 'non-una-mail', sortOrder: 'dieci', title: 'Titolo tenuto' }),
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Indica il ruolo o l’incarico del politico/);
    assert.match(res.body, /Indica un indirizzo e-mail valido/);
    assert.match(res.body, /Indica un numero intero/);
    assert.match(res.body, /Campo obbligatorio/);
    assert.match(res.body, /value="Titolo tenuto"/);
    assert.match(res.body, /value="non-una-mail"/);
    const taken = await post(editor, '/backoffice/amministrazione/nuova', valid({ slug: 'elena-marchisio' }));
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /Esiste già una scheda con questo indirizzo/);
  });

  test('create, edit, publish, unpublish and delete: audited, the portal follows at once', async () => {
    const editor = await sessionCookieFor(tenant, ['editor']);
    const created = await post(editor, '/backoffice/amministrazione/nuova', valid());
    assert.equal(created.statusCode, 303);
    const row = await rowBySlug('politici', 'ugo-bellone');
    assert.ok(row);
    assert.equal(row.role, 'Assessore alla protezione civile');
    assert.equal(row.sortOrder, 90);
    assert.equal((await auditRows('administration.created')).at(-1)?.entityId, row.id);
    const page = await get('/amministrazione/politici/ugo-bellone');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<p>Primo paragrafo\.<\/p>/);
    assert.match(page.body, /Secondo paragrafo con &lt;script/);
    assert.doesNotMatch(page.body, /<script>alert\(1\)/);

    const edited = await post(
      editor,
      `/backoffice/amministrazione/${row.id}/modifica`,
      valid({ slug: 'ugo-bellone', role: 'Assessore alla protezione civile e al volontariato' }),
    );
    assert.equal(edited.statusCode, 303);
    assert.match(String(edited.headers.location), /ok=saved/);
    const updates = await auditRows('administration.updated');
    assert.deepEqual((updates.at(-1)?.changes as Record<string, unknown> | undefined)?.role, [
      'Assessore alla protezione civile',
      'Assessore alla protezione civile e al volontariato',
    ]);
    assert.match((await get('/amministrazione/politici')).body, /al volontariato/);

    assert.equal((await post(editor, `/backoffice/amministrazione/${row.id}/bozza`, {})).statusCode, 303);
    assert.equal((await auditRows('administration.unpublished')).length, 1);
    assert.equal((await get('/amministrazione/politici/ugo-bellone')).statusCode, 404);
    assert.doesNotMatch((await get('/amministrazione/politici')).body, /Ugo Bellone/);
    assert.equal((await post(editor, `/backoffice/amministrazione/${row.id}/pubblica`, {})).statusCode, 303);
    assert.equal((await auditRows('administration.published')).length, 1);
    assert.equal((await get('/amministrazione/politici/ugo-bellone')).statusCode, 200);

    const { app } = await testApp();
    const confirm = await app.inject({
      url: `/backoffice/amministrazione/${row.id}/elimina`,
      headers: editor.headers,
    });
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Eliminare «Ugo Bellone»\?/);
    const deleted = await post(editor, `/backoffice/amministrazione/${row.id}/elimina`, {});
    assert.equal(deleted.statusCode, 303);
    assert.equal(await rowBySlug('politici', 'ugo-bellone'), null);
    assert.equal((await auditRows('administration.deleted')).at(-1)?.entityId, row.id);
    assert.equal((await get('/amministrazione/politici/ugo-bellone')).statusCode, 404);
  });

  test('fixed texts speak English and German with ?lang; paths stay Italian', async () => {
    const en = await get('/amministrazione/politici/elena-marchisio?lang=en');
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /<h2 class="h5" id="administration-contacts">Contacts<\/h2>/);
    assert.match(en.body, /Last updated:/);
    const { app } = await testApp();
    const editor = await sessionCookieFor(tenant, ['editor']);
    const de = await app.inject({
      url: '/backoffice/amministrazione/nuova?lang=de',
      headers: editor.headers,
    });
    assert.equal(de.statusCode, 200);
    assert.match(de.body, /Neuer Eintrag/);
    assert.match(de.body, /Funktion oder Amt/);
    assert.match(de.body, /action="\/backoffice\/amministrazione\/nuova"/);
    const refused = await app.inject({
      method: 'POST',
      url: '/backoffice/amministrazione/nuova?lang=de',
      headers: { ...editor.headers, ...FORM },
      payload: formBody({ ...valid({ role: '' }), _csrf: editor.csrf }),
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Geben Sie die Funktion oder das Amt der Person an/);
  });

  test('another Comune’s scheda cannot be edited', async () => {
    const row = await rowBySlug('politici', 'elena-marchisio');
    assert.ok(row);
    const { app } = await testApp();
    const foreign = await sessionCookieFor(other, ['admin']);
    const res = await app.inject({
      url: `/backoffice/amministrazione/${row.id}/modifica`,
      headers: foreign.headers,
    });
    assert.equal(res.statusCode, 404);
  });

  test('site search finds a scheda despite a typo and missing accents; topic pages list it', async () => {
    const database = await testDatabase();
    const hits = await withTenant(database, tenant.id, (tx) =>
      administrationContentSource.search(tx, tenant.id, 'segretaro generale', 10),
    );
    assert.ok(
      hits.some((h) => h.href === '/amministrazione/personale-amministrativo/giuseppe-caruso'),
      JSON.stringify(hits),
    );
    const res = await get(`/cerca?q=${encodeURIComponent('consiglo comunale')}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /href="\/amministrazione\/organi-di-governo\/consiglio-comunale"/);
    const none = await withTenant(database, other.id, (tx) =>
      administrationContentSource.search(tx, other.id, 'segretario generale', 10),
    );
    assert.equal(none.length, 0);
    const topic = await withTenant(database, tenant.id, (tx) =>
      administrationContentSource.byTopic(tx, tenant.id, 'bilancio', 10),
    );
    assert.ok(topic.some((i) => i.title === 'Martina Rosso'));
    assert.ok(!topic.some((i) => i.title.includes('PIAO')));
  });
});
