import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestTenant, testApp, testDatabase } from '../../../../test/helpers/context.js';
import { sessionCookieFor } from '../../../../test/helpers/session.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { withTenant } from '../../../platform/db/client.js';

test('the dashboard asks an anonymous visitor to log in first', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await app.inject({ url: '/backoffice', headers: { host: tenant.host } });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/backoffice/login?next=%2Fbackoffice');
});

test('the dashboard greets staff and shows audit events only to who may read them', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  await withTenant(database, tenant.id, (tx) =>
    recordAudit(
      tx,
      tenant.id,
      { id: null, kind: 'system', name: 'Prova', ip: null, requestId: null },
      {
        action: 'test.happened',
        entity: 'test',
        changes: { field: ['a', 'b'] },
      },
    ),
  );
  const admin = await sessionCookieFor(tenant, ['admin'], { name: 'Anna Amministratrice' });
  const page = await app.inject({ url: '/backoffice', headers: admin.headers });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Buongiorno, Anna Amministratrice/);
  assert.match(page.body, /Utenti del personale attivi/);
  assert.match(page.body, /Ultime attività/);
  assert.match(page.body, /test\.happened/);
  assert.match(page.body, /href="\/backoffice\/registro-attivita"/);

  const editor = await sessionCookieFor(tenant, ['editor']);
  const plain = await app.inject({ url: '/backoffice', headers: editor.headers });
  assert.equal(plain.statusCode, 200);
  assert.doesNotMatch(plain.body, /Ultime attività/);
  assert.doesNotMatch(plain.body, /registro-attivita/);
});
