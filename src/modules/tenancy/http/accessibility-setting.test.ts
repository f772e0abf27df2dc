import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import {
  createTestTenant,
  type TestTenant,
  testApp,
  testDatabase,
} from '../../../../test/helpers/context.js';
import { type StaffSession, sessionCookieFor } from '../../../../test/helpers/session.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { entityFiscalCodeCheckDigit } from '../../../platform/validation/fiscal-code.js';
import { isAccessibilityDeclarationUrl } from '../commands/update-tenant-settings.js';
import { tenants } from '../schema.js';

function multipart(fields: Record<string, string>) {
  const boundary = `----campanile${randomUUID().replace(/-/g, '')}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    payload: Buffer.from(`${parts.join('')}--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

function fields(tenant: TestTenant, accessibilityUrl: string): Record<string, string> {
  return {
    name: tenant.name,
    shortName: 'Prova',
    istatCode: '001999',
    fiscalCode: `0012345678${entityFiscalCodeCheckDigit('0012345678')}`,
    primaryColor: '#0066cc',
    secondaryColor: '#5c6f82',
    hostnames: tenant.host,
    accessibilityUrl,
  };
}

async function post(session: StaffSession, body: Record<string, string>) {
  const { app } = await testApp();
  const form = multipart({ _csrf: session.csrf, ...body });
  return app.inject({
    method: 'POST',
    url: '/backoffice/impostazioni',
    headers: { ...session.headers, 'content-type': form.contentType },
    payload: form.payload,
  });
}

const footerHref = (html: string) => {
  const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
  return /<a[^>]*href="([^"]*)"[^>]*data-element="accessibility-link"/.exec(footer)?.[1];
};

test('accessibility declaration: only https addresses on form.agid.gov.it are accepted', () => {
  assert.ok(
    isAccessibilityDeclarationUrl('https://form.agid.gov.it/view/5b3c2d1e-7f4a-4c8e-9a61-0d2f8e4b7c93'),
  );
  for (const bad of [
    'http://form.agid.gov.it/view/x',
    'https://form.agid.gov.it.example.com/view/x',
    'https://evil.example/https://form.agid.gov.it/',
    'https://user@form.agid.gov.it/view/x',
    'https://form.agid.gov.it:8443/view/x',
    'javascript:alert(1)',
    'form.agid.gov.it/view/x',
  ])
    assert.equal(isAccessibilityDeclarationUrl(bad), false, bad);
});

test('accessibility declaration: a wrong address is explained in Italian and the typed value is kept', async () => {
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const res = await post(admin, fields(tenant, 'https://www.example.com/dichiarazione'));
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /dichiarazione di accessibilità pubblicata su form\.agid\.gov\.it/);
  assert.match(res.body, /value="https:\/\/www\.example\.com\/dichiarazione"/);
  assert.match(res.body, /id="f-accessibilityUrl-error"/);
  const database = await testDatabase();
  const [row] = await database.db.select().from(tenants).where(eq(tenants.id, tenant.id));
  assert.equal(row?.accessibilityUrl, '', 'nothing saved');
});

test('accessibility declaration: saved, audited, and the portal footer links to it', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const before = await app.inject({ url: '/', headers: { host: tenant.host } });
  assert.equal(footerHref(before.body), 'https://form.agid.gov.it/', 'placeholder until it is set');

  const admin = await sessionCookieFor(tenant, ['admin'], { name: 'Ada Admin' });
  const url = 'https://form.agid.gov.it/view/0e6f3a52-1c2d-4b7e-8f90-123456789abc';
  const res = await post(admin, fields(tenant, ` ${url} `));
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));

  const database = await testDatabase();
  const [audit] = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'tenant.settings_updated')));
  const changes = audit?.changes as Record<string, [unknown, unknown]>;
  assert.deepEqual(changes.accessibilityUrl, ['', url]);

  const page = await app.inject({ url: '/backoffice/impostazioni', headers: admin.headers });
  assert.match(page.body, new RegExp(`name="accessibilityUrl"[^>]*value="${url.replace(/[./]/g, '\\$&')}"`));

  const after = await app.inject({ url: '/', headers: { host: tenant.host } });
  assert.equal(footerHref(after.body), url);
  // Another Comune keeps its own footer.
  const other = await createTestTenant();
  const theirs = await app.inject({ url: '/', headers: { host: other.host } });
  assert.equal(footerHref(theirs.body), 'https://form.agid.gov.it/');
});
