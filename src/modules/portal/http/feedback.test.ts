import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTenant, testApp, testDatabase } from '../../../../test/helpers/context.js';
import { sessionCookieFor } from '../../../../test/helpers/session.js';
import { csrfFor, randomIp } from '../../../../test/helpers/staff.js';
import { queryRows, withTenant } from '../../../platform/db/client.js';

/** Posts the rating form as a browser on the Comune's own page does (Fetch Metadata: same-origin). */
async function postFeedback(
  tenant: { host: string; slug: string; id: string; name: string },
  fields: Record<string, string>,
  options: { ip?: string; headers?: Record<string, string> } = {},
) {
  const { app } = await testApp();
  return app.inject({
    method: 'POST',
    url: '/feedback',
    remoteAddress: options.ip ?? randomIp(),
    headers: {
      host: tenant.host,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      ...options.headers,
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

async function storedFeedback(tenantId: string) {
  const database = await testDatabase();
  return withTenant(database, tenantId, (tx) =>
    queryRows<{ page: string; rating: number; answer: string | null; comment: string }>(
      tx,
      sql`select page, rating, answer, comment from page_feedback where tenant_id = ${tenantId} order by created_at`,
    ),
  );
}

test('an answer to the rating component is stored anonymously and thanked', async () => {
  const tenant = await createTestTenant();
  const res = await postFeedback(tenant, {
    page: '/amministrazione',
    rating: '5',
    answer: 'clear',
    comment: 'Tutto chiaro',
  });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/feedback/grazie?pagina=%2Famministrazione');
  assert.deepEqual(await storedFeedback(tenant.id), [
    { page: '/amministrazione', rating: 5, answer: 'clear', comment: 'Tutto chiaro' },
  ]);
  const { app } = await testApp();
  const thanked = await app.inject({ url: String(res.headers.location), headers: { host: tenant.host } });
  assert.equal(thanked.statusCode, 200);
  assert.match(thanked.body, /Grazie, il tuo parere ci aiuterà/);
  assert.match(thanked.body, /href="\/amministrazione"/);
  const foreign = await app.inject({
    url: '/feedback/grazie?pagina=%2F%2Fevil.example',
    headers: { host: tenant.host },
  });
  assert.equal(foreign.statusCode, 400);
});

test('invalid answers are refused: no stars, a foreign address, a mismatched answer, a long comment', async () => {
  const tenant = await createTestTenant();
  const invalid: Array<Record<string, string>> = [
    { page: '/', rating: '' },
    { page: '/', rating: '6' },
    { page: '//evil.example/', rating: '3' },
    { page: 'https://evil.example/', rating: '3' },
    { page: '/', rating: '5', answer: 'unclear' },
    { page: '/', rating: '2', answer: 'clear' },
    { page: '/', rating: '2', comment: 'x'.repeat(201) },
  ];
  for (const fields of invalid) {
    const res = await postFeedback(tenant, fields);
    assert.equal(res.statusCode, 400, JSON.stringify(fields));
    assert.match(res.body, /Scegli da 1 a 5 stelle/);
  }
  assert.deepEqual(await storedFeedback(tenant.id), []);
});

test('an anonymous rating sent from another site is refused; from the same site it needs no token or cookie', async () => {
  const tenant = await createTestTenant();
  const { app } = await testApp();
  const home = await app.inject({ url: '/', headers: { host: tenant.host } });
  assert.equal(home.statusCode, 200);
  assert.match(home.body, /data-element="feedback"/);
  assert.doesNotMatch(home.body, /name="_csrf"/, 'no per-visitor token on an anonymous page');
  assert.equal(home.headers['set-cookie'], undefined, 'no cookie on first load');
  const crossSite: Array<Record<string, string>> = [
    { 'sec-fetch-site': 'cross-site' },
    // Another Comune on the same provider's domain is "same-site", still not this site.
    { 'sec-fetch-site': 'same-site' },
    { 'sec-fetch-site': '', origin: 'https://evil.example' },
    { 'sec-fetch-site': '', origin: 'null' },
    { 'sec-fetch-site': '', referer: 'https://evil.example/page' },
  ];
  for (const headers of crossSite) {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
    const res = await app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: randomIp(),
      headers: { host: tenant.host, 'content-type': 'application/x-www-form-urlencoded', ...clean },
      payload: 'page=%2F&rating=4',
    });
    assert.equal(res.statusCode, 403, JSON.stringify(headers));
    assert.match(res.body, /CSRF_INVALID|sessione|modulo/i);
  }
  assert.deepEqual(await storedFeedback(tenant.id), []);
  // Browsers without Fetch Metadata still send Origin on a POST.
  const originOnly = await app.inject({
    method: 'POST',
    url: '/feedback',
    remoteAddress: randomIp(),
    headers: {
      host: tenant.host,
      origin: `http://${tenant.host}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: 'page=%2F&rating=4',
  });
  assert.equal(originOnly.statusCode, 303);
  assert.equal((await postFeedback(tenant, { page: '/', rating: '5' })).statusCode, 303);
  assert.equal((await storedFeedback(tenant.id)).length, 2);
});

test('a logged-in visitor rates with the CSRF token of the page, never without it', async () => {
  const tenant = await createTestTenant();
  const { app } = await testApp();
  const staff = await sessionCookieFor(tenant, ['editor']);
  const form = await csrfFor(app, tenant, staff.headers.cookie ?? '', '/');
  const post = (body: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: randomIp(),
      headers: {
        host: tenant.host,
        cookie: form.cookie,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams(body).toString(),
    });
  assert.equal((await post({ page: '/', rating: '4' })).statusCode, 403);
  assert.equal((await post({ _csrf: form.token, page: '/', rating: '4' })).statusCode, 303);
  assert.equal((await storedFeedback(tenant.id)).length, 1);
});

test('one address may rate at most 20 times a minute', async () => {
  const tenant = await createTestTenant();
  const ip = randomIp();
  for (let i = 0; i < 20; i++)
    assert.equal((await postFeedback(tenant, { page: '/', rating: '4' }, { ip })).statusCode, 303);
  assert.equal((await postFeedback(tenant, { page: '/', rating: '4' }, { ip })).statusCode, 429);
});

test('the back-office report shows averages per page and the latest comments to who may read them', async () => {
  const tenant = await createTestTenant();
  await postFeedback(tenant, { page: '/novita', rating: '2', answer: 'unclear', comment: 'Mancano le date' });
  await postFeedback(tenant, { page: '/novita', rating: '4' });
  await postFeedback(tenant, { page: '/', rating: '5' });
  const { app } = await testApp();
  const editor = await sessionCookieFor(tenant, ['editor']);
  const page = await app.inject({ url: '/backoffice/feedback', headers: editor.headers });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Valutazioni delle pagine/);
  assert.match(page.body, /href="\/novita"/);
  assert.match(page.body, /3 su 5/);
  assert.match(page.body, /Mancano le date/);
  const operator = await sessionCookieFor(tenant, ['urp_operator']);
  assert.equal(
    (await app.inject({ url: '/backoffice/feedback', headers: operator.headers })).statusCode,
    403,
  );
  const anonymous = await app.inject({ url: '/backoffice/feedback', headers: { host: tenant.host } });
  assert.equal(anonymous.statusCode, 303);
  const other = await createTestTenant();
  const otherAdmin = await sessionCookieFor(other, ['admin']);
  const foreign = await app.inject({ url: '/backoffice/feedback', headers: otherAdmin.headers });
  assert.doesNotMatch(foreign.body, /Mancano le date/);
});
