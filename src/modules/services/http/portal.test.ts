import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { offices } from '../../offices/schema.js';
import { DEMO_SERVICES, seedServicesDemo } from '../demo.js';
import { SERVICE_INDEX_LABELS } from './portal.js';

let tenant: TestTenant;

async function get(url: string) {
  const { app } = await testApp();
  return app.inject({ method: 'GET', url, headers: { host: tenant.host } });
}

function count(html: string, element: string): number {
  return html.split(`data-element="${element}"`).length - 1;
}

describe('services portal', () => {
  before(async () => {
    const { ctx } = await testApp();
    tenant = await createTestTenant(ctx.database, 'Comune di Servizi');
    const slugs = [...new Set(DEMO_SERVICES.map((s) => s.office))];
    await withTenant(ctx.database, tenant.id, async (tx) => {
      await tx.insert(offices).values(
        slugs.map((slug) => ({
          tenantId: tenant.id,
          slug,
          name: `Ufficio ${slug}`,
          address: 'Via Roma 1',
          email: `${slug}@example.org`,
          phone: '011 123456',
        })),
      );
      const counts = await seedServicesDemo(tx, tenant.id, tenant.name);
      assert.ok((counts.service ?? 0) >= 30);
      assert.deepEqual(await seedServicesDemo(tx, tenant.id, tenant.name), {}, 'idempotent');
    });
  });

  test('/servizi lists every service, the categories and the booking link', async () => {
    const res = await get('/servizi');
    assert.equal(res.statusCode, 200);
    assert.ok(count(res.body, 'service-link') >= 30, 'at least 30 service links');
    assert.equal(count(res.body, 'service-category-link'), 15);
    assert.match(
      res.body,
      /<a[^>]*data-element="appointment-booking"[^>]*href="\/prenota-appuntamento"|<a[^>]*href="\/prenota-appuntamento"[^>]*data-element="appointment-booking"/,
    );
    assert.equal(count(res.body, 'pager-link'), 0);
    assert.match(res.body, /Anagrafe e stato civile/);
    assert.match(res.body, /Tributi, finanze e contravvenzioni/);
  });

  for (const q of ['residenza', 'residénza', 'resdenza']) {
    test(`search "${q}" finds the change of residence`, async () => {
      const res = await get(`/servizi?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /href="\/servizi\/cambio-di-residenza" data-element="service-link"/);
      assert.ok(count(res.body, 'service-link') < 30, 'the search filters');
    });
  }

  test('a category page lists its services', async () => {
    const res = await get('/servizi/categoria/educazione-e-formazione');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /mensa-scolastica/);
    assert.doesNotMatch(res.body, /cambio-di-residenza/);
    assert.equal((await get('/servizi/categoria/nessuna')).statusCode, 404);
  });

  test('a service page has the Modello Comuni structure and JSON-LD', async () => {
    const res = await get('/servizi/cambio-di-residenza');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const index = /<ul[^>]*data-element="page-index"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const labels = [...index.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1]);
    assert.deepEqual(labels, [...SERVICE_INDEX_LABELS]);
    for (const required of [
      'A chi è rivolto',
      'Come fare',
      'Cosa serve',
      'Cosa si ottiene',
      'Tempi e scadenze',
      'Accedi al servizio',
      'Condizioni di servizio',
      'Contatti',
    ])
      assert.ok(labels.includes(required), required);
    for (const el of [
      'service-title',
      'service-description',
      'service-status',
      'service-topic',
      'breadcrumb',
      'service-addressed',
      'service-how-to',
      'service-needed',
      'service-achieved',
      'service-calendar-text',
      'service-generic-access',
      'service-file',
      'service-area',
      'appointment-booking',
      'metatag',
    ])
      assert.ok(count(html, el) >= 1, el);
    const breadcrumb = /data-element="breadcrumb"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
    assert.match(breadcrumb, /Servizi[\s\S]*Anagrafe e stato civile/);
    const json = /<script type="application\/ld\+json" data-element="metatag">([\s\S]*?)<\/script>/.exec(
      html,
    )?.[1];
    assert.ok(json);
    const ld = JSON.parse(json);
    const leaves = [
      ld.name,
      ld.serviceType,
      ld.serviceOperator.name,
      ld.areaServed.name,
      ld.audience.audienceType,
      ld.availableChannel.serviceUrl,
      ld.availableChannel.serviceLocation.name,
      ld.availableChannel.serviceLocation.address.streetAddress,
      ld.availableChannel.serviceLocation.address.postalCode,
      ld.availableChannel.serviceLocation.address.addressLocality,
    ];
    for (const leaf of leaves) assert.ok(typeof leaf === 'string' && leaf.trim().length > 0);
    assert.equal(ld.name, 'Cambio di residenza');
    assert.equal(ld.serviceType, 'Anagrafe e stato civile');
  });

  test('unknown service → 404; booking page lists the offices', async () => {
    assert.equal((await get('/servizi/non-esiste')).statusCode, 404);
    const booking = await get('/prenota-appuntamento');
    assert.equal(booking.statusCode, 200);
    assert.match(booking.body, /Ufficio anagrafe/);
    assert.match(booking.body, /in arrivo/);
  });
});
