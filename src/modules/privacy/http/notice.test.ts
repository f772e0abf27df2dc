import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { createTestTenant, testApp } from '../../../../test/helpers/context.js';
import { getPage, staffCookie, submitForm } from '../../../../test/helpers/privacy-fixtures.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { privacyNotices } from '../schema.js';

test('without a published notice /privacy says so in Italian', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await getPage(app, tenant, '', '/privacy');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Informativa non ancora pubblicata/);
  assert.match(res.body, /non ha ancora pubblicato l&#39;informativa|non ha ancora pubblicato l'informativa/);
});

test('the privacy pages speak English and German on request', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const de = await getPage(app, tenant, '', '/privacy?lang=de');
  assert.equal(de.statusCode, 200);
  assert.match(de.body, /Erklärung noch nicht veröffentlicht/);
  const en = await getPage(app, tenant, '', '/privacy?lang=en');
  assert.match(en.body, /Notice not yet published/);
});

test('an administrator publishes versions; /privacy shows the latest, earlier ones stay readable', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const admin = await staffCookie(tenant, ['admin'], 'Anna Amministratrice');

  const empty = await getPage(app, tenant, admin.cookie, '/backoffice/privacy');
  assert.equal(empty.statusCode, 200);
  assert.match(empty.body, /Nessuna informativa pubblicata/);

  const first = await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/nuova-versione',
    '/backoffice/privacy/nuova-versione',
    {
      title: 'Informativa privacy',
      body: 'Titolare del trattamento è il Comune.\n\n## Diritti\n\n- accesso\n- cancellazione\n\n<script>alert(1)</script>',
    },
  );
  assert.equal(first.statusCode, 303);
  assert.equal(first.headers.location, '/backoffice/privacy?ok=published');
  const second = await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/nuova-versione',
    '/backoffice/privacy/nuova-versione',
    {
      title: 'Informativa privacy aggiornata',
      body: 'Nuovo testo.\nStessa riga logica.\n\nAltro paragrafo.',
    },
  );
  assert.equal(second.statusCode, 303);

  const rows = await ctx.database.db
    .select()
    .from(privacyNotices)
    .where(eq(privacyNotices.tenantId, tenant.id))
    .orderBy(privacyNotices.version);
  assert.deepEqual(
    rows.map((r) => [r.version, r.title]),
    [
      [1, 'Informativa privacy'],
      [2, 'Informativa privacy aggiornata'],
    ],
  );

  const page = await getPage(app, tenant, '', '/privacy');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1[^>]*>Informativa privacy aggiornata<\/h1>/);
  assert.match(page.body, /Versione 2 del \d{1,2} \w+ \d{4}/);
  assert.match(page.body, /<p>Nuovo testo. Stessa riga logica.<\/p>\s*<p>Altro paragrafo.<\/p>/);
  assert.match(page.body, /href="\/privacy\/versioni\/1"/);

  const old = await getPage(app, tenant, '', '/privacy/versioni/1');
  assert.equal(old.statusCode, 200);
  assert.match(old.body, /versione precedente, non più in vigore/);
  assert.match(old.body, /<h2 class="h4 mt-4">Diritti<\/h2>/);
  assert.match(old.body, /<li>accesso<\/li>\s*<li>cancellazione<\/li>/);
  assert.match(old.body, /&lt;script>alert\(1\)&lt;\/script>/);
  assert.doesNotMatch(old.body, /<script>alert/);

  assert.equal((await getPage(app, tenant, '', '/privacy/versioni/99')).statusCode, 404);
  assert.equal((await getPage(app, tenant, '', '/privacy/versioni/abc')).statusCode, 404);

  const list = await getPage(app, tenant, admin.cookie, '/backoffice/privacy?ok=published');
  assert.match(list.body, /Nuova versione pubblicata/);
  assert.match(list.body, /In vigore/);
  assert.match(list.body, /Sostituita/);

  const [audit] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'privacy_notice.published')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  assert.equal(audit?.actorId, admin.id);
  assert.equal(audit?.entityId, '2');
  assert.deepEqual(audit?.changes, { version: 2, title: 'Informativa privacy aggiornata' });
});

test('the publish form starts from the version in force and rejects an empty text', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const admin = await staffCookie(tenant, ['admin']);
  await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/nuova-versione',
    '/backoffice/privacy/nuova-versione',
    {
      title: 'Prima versione',
      body: 'Testo iniziale.',
    },
  );
  const form = await getPage(app, tenant, admin.cookie, '/backoffice/privacy/nuova-versione');
  assert.match(form.body, /value="Prima versione"/);
  assert.match(form.body, />Testo iniziale.<\/textarea>/);

  const bad = await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/nuova-versione',
    '/backoffice/privacy/nuova-versione',
    {
      title: 'Senza testo',
      body: '',
    },
  );
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Il modulo contiene un errore/);
  assert.match(bad.body, /Campo obbligatorio/);
  assert.match(bad.body, /value="Senza testo"/);

  const blank = await submitForm(
    app,
    tenant,
    admin.cookie,
    '/backoffice/privacy/nuova-versione',
    '/backoffice/privacy/nuova-versione',
    {
      title: '   ',
      body: 'Testo',
    },
  );
  assert.equal(blank.statusCode, 400);
});

test('privacy back office is for administrators: an office operator gets 403 and no menu entry', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const operator = await staffCookie(tenant, ['office_operator']);
  for (const url of [
    '/backoffice/privacy',
    '/backoffice/privacy/nuova-versione',
    '/backoffice/privacy/richieste',
    '/backoffice/privacy/conservazione',
  ]) {
    const res = await getPage(app, tenant, operator.cookie, url);
    assert.equal(res.statusCode, 403, url);
  }
  const post = await submitForm(
    app,
    tenant,
    operator.cookie,
    '/backoffice/account',
    '/backoffice/privacy/nuova-versione',
    {
      title: 'X',
      body: 'Y',
    },
  );
  assert.equal(post.statusCode, 403);
  const account = await getPage(app, tenant, operator.cookie, '/backoffice/account');
  assert.doesNotMatch(account.body, /href="\/backoffice\/privacy"/);

  const admin = await staffCookie(tenant, ['admin']);
  const adminAccount = await getPage(app, tenant, admin.cookie, '/backoffice/account');
  assert.match(adminAccount.body, /href="\/backoffice\/privacy"/);

  const anonymous = await getPage(app, tenant, '', '/backoffice/privacy');
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /^\/backoffice\/login\?next=/);
});
