import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestTenant, testContext } from '../../../test/helpers/context.js';
import { HttpBrowser } from '../../../test/helpers/http-browser.js';
import { buildApp } from '../../app.js';
import { citizens } from '../../modules/identity/index.js';
import type { Runtime } from '../../runtime.js';
import { generateCitizens } from './comune-data.js';
import { prepareDemo } from './prepare-demo.js';

test('the demo starts a fake SPID/CIE provider with the demo citizens and logs them in', async () => {
  const ctx = await testContext({ PORT: '0' });
  const app = await buildApp(ctx);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const tenant = await createTestTenant(ctx.database, 'Comune di Valmorena');
  const runtime: Runtime = { ctx, app, url, stop: async () => {} };
  const demo = await prepareDemo(runtime, ctx.env, ctx.log);
  try {
    const lines = await demo.afterStart();
    const [first] = generateCitizens(1);
    const line = lines.find((l) => l.startsWith('SPID/CIE di prova: http://127.0.0.1:'));
    assert.ok(line, lines.join('\n'));
    assert.match(line, new RegExp(`accedi con il codice fiscale ${first!.fiscalCode}`));

    const base = `http://${tenant.host}:${new URL(url).port}`;
    const browser = new HttpBrowser();
    const start = await browser.get(`${base}/auth/oidc/start?provider=spid`);
    assert.equal(start.status, 303, start.body);
    const { response: form, url: formUrl } = await browser.follow(start.location!);
    assert.match(form.body, new RegExp(first!.fiscalCode));
    const done = await browser.post(`${formUrl}/login`, { fiscal_number: first!.fiscalCode.toLowerCase() });
    const { url: callback } = await browser.follow(done.location!, (u) => u.startsWith(`${base}/`));
    const landed = await browser.get(callback);
    assert.equal(landed.status, 303, landed.body);
    assert.equal(landed.location, `${base}/area-personale`);
    const [row] = await ctx.database.db
      .select()
      .from(citizens)
      .where(and(eq(citizens.tenantId, tenant.id), eq(citizens.fiscalCode, first!.fiscalCode)));
    assert.equal(row?.familyName, first!.familyName);
  } finally {
    await demo.stop();
    await app.close();
  }
});
