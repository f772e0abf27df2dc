import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestTenant, testApp } from '../../../test/helpers/context.js';

test('an unknown host gets a clear 404 page, not another Comune', async () => {
  const { app } = await testApp();
  await createTestTenant();
  const res = await app.inject({ url: '/', headers: { host: 'nessuno.example.org', accept: 'text/html' } });
  assert.equal(res.statusCode, 404);
  assert.match(res.headers['content-type'] as string, /text\/html/);
  assert.match(res.body, /Comune non trovato/);
  assert.match(res.body, /Nessun Comune è configurato per questo indirizzo/);
  assert.doesNotMatch(res.body, /Comune di Prova/);
});

test('an unknown host asked for JSON gets the catalogue code', async () => {
  const { app } = await testApp();
  const res = await app.inject({ url: '/api/anything', headers: { host: 'nessuno.example.org' } });
  assert.equal(res.statusCode, 404);
  assert.equal(res.json().error.code, 'TENANT_UNKNOWN');
  assert.equal(res.json().error.requestId, res.headers['x-request-id']);
});

test('healthz answers without a tenant; readyz checks the database', async () => {
  const { app } = await testApp();
  const health = await app.inject({ url: '/healthz', headers: { host: 'whatever' } });
  assert.equal(health.statusCode, 200);
  assert.deepEqual(health.json(), { status: 'ok' });
  const ready = await app.inject({ url: '/readyz' });
  assert.equal(ready.statusCode, 200);
  assert.equal(ready.json().status, 'ready');
});

test('every response carries a request id and a strict CSP', async () => {
  const { app } = await testApp();
  const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc12345-from-proxy' } });
  assert.equal(res.headers['x-request-id'], 'abc12345-from-proxy');
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const bogus = await app.inject({ url: '/healthz', headers: { 'x-request-id': '<script>' } });
  assert.notEqual(bogus.headers['x-request-id'], '<script>');
});

test('the OpenAPI document lists the JSON API and no page', async () => {
  const { app } = await testApp();
  const res = await app.inject({ url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json();
  assert.equal(doc.openapi, '3.1.0');
  assert.ok(!Object.keys(doc.paths ?? {}).some((p) => p === '/' || p.startsWith('/backoffice')));
});

test('pages are Italian by default, whatever the browser asks; ?lang= switches and is remembered', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const english = { host: tenant.host, 'accept-language': 'en-US,en;q=0.9' };
  const italian = await app.inject({ url: '/pagina-inesistente', headers: english });
  assert.match(italian.body, /Pagina non trovata/);
  assert.match(italian.body, /<html lang="it"/);
  const switched = await app.inject({ url: '/pagina-inesistente?lang=en', headers: english });
  assert.match(switched.body, /Page not found/);
  const cookie = String(switched.headers['set-cookie']);
  assert.match(cookie, /^lang=en;/);
  const remembered = await app.inject({
    url: '/pagina-inesistente',
    headers: { ...english, cookie: 'lang=en' },
  });
  assert.match(remembered.body, /<html lang="en"/);
  const bogus = await app.inject({ url: '/pagina-inesistente?lang=xx', headers: english });
  assert.match(bogus.body, /<html lang="it"/);
});
