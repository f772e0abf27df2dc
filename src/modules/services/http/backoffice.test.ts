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
