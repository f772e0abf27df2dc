import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { createStaffUser, loginAs } from '../../../../test/helpers/staff.js';
import { withTenant } from '../../../platform/db/client.js';
import { offices } from '../../offices/schema.js';
import { DEMO_SERVICES, seedServicesDemo } from '../demo.js';

let tenant: TestTenant;

describe('services back office', () => {
  before(async () => {
    const { ctx } = await testApp();
    tenant = await createTestTenant(ctx.database, 'Comune di Catalogo');
    const slugs = [...new Set(DEMO_SERVICES.map((s) => s.office))];
    await withTenant(ctx.database, tenant.id, async (tx) => {
      await tx
        .insert(offices)
        .values(slugs.map((slug) => ({ tenantId: tenant.id, slug, name: `Ufficio ${slug}` })));
      await seedServicesDemo(tx, tenant.id, tenant.name);
    });
  });

  test('an editor and an office operator read the list, filtered; anonymous visitors are sent to login', async () => {
    const { app } = await testApp();
    for (const role of ['editor', 'office_operator'] as const) {
      const staff = await createStaffUser(tenant, { roles: [role] });
      const cookie = await loginAs(app, tenant, staff.email, staff.password);
      const res = await app.inject({
        method: 'GET',
        url: '/backoffice/servizi?q=residenza&categoria=anagrafe-e-stato-civile&stato=active',
        headers: { host: tenant.host, cookie },
      });
      assert.equal(res.statusCode, 200, role);
      assert.match(res.body, /Cambio di residenza/);
      assert.doesNotMatch(res.body, /Iscrizione alla mensa scolastica/);
    }
    const anonymous = await app.inject({
      method: 'GET',
      url: '/backoffice/servizi',
      headers: { host: tenant.host },
    });
    assert.notEqual(anonymous.statusCode, 200);
  });
});

describe('services back office editing', () => {
  test('an editor edits a service: validation keeps values with Italian messages, the change is audited and shown at once', async () => {
    const { app, ctx } = await testApp();
    const { csrfFor } = await import('../../../../test/helpers/staff.js');
    const { auditLog } = await import('../../../platform/audit/schema.js');
    const editor = await createStaffUser(tenant, { roles: ['editor'] });
    let cookie = await loginAs(app, tenant, editor.email, editor.password);
    const url = '/backoffice/servizi/iscrizione-biblioteca/modifica';
    const form = await csrfFor(app, tenant, cookie, url);
    cookie = form.cookie;
    const page = await app.inject({ method: 'GET', url, headers: { host: tenant.host, cookie } });
    const value = (name: string) =>
      new RegExp(`name="${name}"[^>]*>([^<]*)<|name="${name}"[^>]*value="([^"]*)"`).exec(page.body);
    assert.ok(value('title'));
    const base: Record<string, string> = {
      _csrf: form.token,
      title: 'Iscriversi alla biblioteca civica',
      summary: 'Tessera per il prestito.',
      status: 'active',
      statusReason: '',
      audience: 'Tutte le persone.',
      description: '',
      howTo: 'Vai in biblioteca.',
      needed: 'Un documento.',
      outcome: 'La tessera.',
      times: 'Subito.',
      cost: 'Gratis.',
      access: 'Allo sportello.',
      conditions: '',
    };
    const post = (body: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url,
        headers: { host: tenant.host, cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(body).toString(),
      });
    const bad = await post({ ...base, howTo: '', status: 'inactive' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Scrivi almeno 3 caratteri/);
    assert.match(bad.body, /Indica perché il servizio non è attivo/);
    assert.match(bad.body, /Iscriversi alla biblioteca civica/, 'values kept');
    const ok = await post(base);
    assert.equal(ok.statusCode, 303);
    const list = await app.inject({
      method: 'GET',
      url: String(ok.headers.location),
      headers: { host: tenant.host, cookie },
    });
    assert.match(list.body, /Servizio salvato/);
    assert.match(list.body, /href="\/backoffice\/servizi\/iscrizione-biblioteca\/modifica"/);
    const portal = await app.inject({
      method: 'GET',
      url: '/servizi/iscrizione-biblioteca',
      headers: { host: tenant.host },
    });
    assert.match(portal.body, /Iscriversi alla biblioteca civica/);
    const { eq, and } = await import('drizzle-orm');
    const audits = await withTenant(ctx.database, tenant.id, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'service.updated'))),
    );
    assert.equal(audits.length, 1);

    const operator = await createStaffUser(tenant, { roles: ['office_operator'] });
    const opCookie = await loginAs(app, tenant, operator.email, operator.password);
    const denied = await app.inject({ method: 'GET', url, headers: { host: tenant.host, cookie: opCookie } });
    assert.equal(denied.statusCode, 403);
  });
});
