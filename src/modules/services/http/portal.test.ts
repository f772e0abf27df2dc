import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { offices } from '../../offices/schema.js';
import { TOPICS } from '../../portal/index.js';
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

  test('the catalogue, a category page, a scheda servizio and the booking page carry the rating component', async () => {
    for (const url of [
      '/servizi',
      '/servizi/categoria/anagrafe-e-stato-civile',
      '/servizi/cambio-di-residenza',
      '/prenota-appuntamento',
    ]) {
      const html = (await get(url)).body;
      assert.equal(count(html, 'feedback'), 1, url);
      assert.match(
        html,
        /data-element="feedback-title"[^>]*>\s*Quanto sono chiare le informazioni su questa pagina\?\s*</,
        url,
      );
      for (const i of [1, 2, 3, 4, 5]) assert.equal(count(html, `feedback-rate-${i}`), 1, `${url} rate ${i}`);
      for (const el of ['feedback-rating-positive', 'feedback-rating-negative', 'feedback-input-text'])
        assert.equal(count(html, el), 1, `${url} ${el}`);
      // The component records which page was rated.
      assert.match(html, new RegExp(`name="page" value="${url.replace(/[/?]/g, '\\$&')}"`), url);
    }
  });

  test('the booking link of a scheda servizio leads to the contact card of its office', async () => {
    const html = (await get('/servizi/cambio-di-residenza')).body;
    const links = [...html.matchAll(/<a[^>]*data-element="appointment-booking"[^>]*>/g)].map((m) => m[0]);
    assert.equal(links.length, 1);
    assert.match(links[0] ?? '', /href="\/amministrazione\/uffici#ufficio-anagrafe"/);
    const area = /data-element="service-area"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
    assert.match(area, /href="\/amministrazione\/uffici#ufficio-anagrafe"[^>]*>Ufficio anagrafe</);
    const offices = (await get('/amministrazione/uffici')).body;
    assert.match(offices, /id="ufficio-anagrafe"[\s\S]*?Ufficio anagrafe/);
    // The Servizi page keeps the general booking page the checker follows.
    assert.match(
      (await get('/servizi')).body,
      /data-element="appointment-booking" href="\/prenota-appuntamento"/,
    );
  });

  test('?lang=en and ?lang=de switch the fixed texts of a scheda servizio; the content and URLs stay Italian', async () => {
    const expected = {
      it: [
        'A chi è rivolto',
        'Prenota appuntamento',
        'Servizio attivo',
        'Indice della pagina',
        'Ufficio responsabile',
      ],
      en: ['Who it is for', 'Book an appointment', 'Active service', 'Page index', 'Responsible office'],
      de: ['Für wen', 'Termin vereinbaren', 'Dienstleistung aktiv', 'Inhalt der Seite', 'Zuständiges Amt'],
    };
    for (const [lang, texts] of Object.entries(expected)) {
      const res = await get(`/servizi/cambio-di-residenza?lang=${lang}`);
      assert.equal(res.statusCode, 200, lang);
      assert.match(res.body, new RegExp(`<html lang="${lang}"`), lang);
      for (const text of texts) assert.ok(res.body.includes(text), `${lang}: ${text}`);
      for (const [other, otherTexts] of Object.entries(expected))
        if (other !== lang) assert.ok(!res.body.includes(`>${otherTexts[1]}<`), `${lang} without ${other}`);
      assert.match(
        res.body,
        /data-element="service-title"[^>]*>Cambio di residenza</,
        `${lang}: content in Italian`,
      );
      assert.match(res.body, /href="\/servizi\/categoria\/anagrafe-e-stato-civile"/, `${lang}: Italian URLs`);
    }
    assert.match((await get('/servizi?lang=en')).body, /<h1[^>]*>Services</);
    assert.match((await get('/servizi?lang=de')).body, /<h1[^>]*>Dienstleistungen</);
  });

  test('the demo catalogue: the services of the issue, every section written, topics from the national vocabulary', () => {
    assert.ok(DEMO_SERVICES.length >= 30);
    for (const slug of [
      'carta-identita-elettronica',
      'cambio-di-residenza',
      'certificati-anagrafici',
      'mensa-scolastica',
      'accesso-atti-sue',
      'scia-suap',
      'permesso-ztl',
      'passo-carrabile',
      'tari-pagamento',
      'contributo-affitto',
      'segnalazione-disservizio',
    ])
      assert.ok(
        DEMO_SERVICES.some((s) => s.slug === slug),
        slug,
      );
    const labels = new Set(TOPICS.map((t) => t.label));
    for (const s of DEMO_SERVICES) {
      assert.ok(s.topics.length > 0, s.slug);
      for (const topic of s.topics) assert.ok(labels.has(topic), `${s.slug}: ${topic}`);
      for (const key of ['title', 'summary', 'audience', 'needed', 'outcome', 'times', 'cost'] as const)
        assert.ok(s[key].trim().length >= 3, `${s.slug}: ${key}`);
    }
  });

  test('unknown service → 404; booking page lists the offices', async () => {
    assert.equal((await get('/servizi/non-esiste')).statusCode, 404);
    const booking = await get('/prenota-appuntamento');
    assert.equal(booking.statusCode, 200);
    assert.match(booking.body, /Ufficio anagrafe/);
    assert.match(booking.body, /in arrivo/);
  });
});
