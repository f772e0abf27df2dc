import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { newsItems } from '../../news/index.js';
import { offices } from '../../offices/index.js';
import { events } from '../../places/index.js';
import { DEMO_SERVICES, seedServicesDemo } from '../../services/demo.js';

async function home(t: TestTenant, lang = '') {
  const { app } = await testApp();
  return app.inject({ method: 'GET', url: `/${lang}`, headers: { host: t.host } });
}

/** The HTML of the home section whose heading has this id. */
function section(html: string, id: string): string {
  return new RegExp(`<section[^>]*aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
}

const hour = 3600_000;

test('a new Comune’s home says honestly that there is no news and no event yet', async () => {
  const t = await createTestTenant(undefined, 'Comune di Nuovissimo');
  const res = await home(t);
  assert.equal(res.statusCode, 200);
  assert.match(section(res.body, 'home-highlights'), /Non ci sono ancora notizie pubblicate/);
  assert.match(section(res.body, 'home-news'), /Non ci sono ancora notizie pubblicate/);
  assert.match(section(res.body, 'home-calendar'), /Non ci sono eventi in programma/);
  assert.match(section(res.body, 'home-calendar'), /href="\/vivere-il-comune\/eventi"/);
  assert.match(section(res.body, 'home-search'), /<form method="get" action="\/cerca"/);
  assert.match(res.body, /href="\/area-personale"/);
});

test('the home shows featured and latest news, upcoming events and service categories', async () => {
  const t = await createTestTenant(undefined, 'Comune di Vetrina');
  const { ctx } = await testApp();
  const now = Date.now();
  await withTenant(ctx.database, t.id, async (tx) => {
    const slugs = [...new Set(DEMO_SERVICES.map((s) => s.office))];
    await tx
      .insert(offices)
      .values(
        slugs.map((slug) => ({ tenantId: t.id, slug, name: `Ufficio ${slug}`, address: 'Via Roma 1' })),
      );
    await seedServicesDemo(tx, t.id, t.name);
    await tx.insert(newsItems).values([
      {
        tenantId: t.id,
        slug: 'nuova-piazza',
        title: 'Inaugurata la nuova piazza',
        summary: 'Taglio del nastro sabato.',
        topics: ['urbanizzazione'],
        status: 'published',
        featured: true,
        publishAt: new Date(now - 2 * hour),
      },
      {
        tenantId: t.id,
        slug: 'orari-biblioteca',
        title: 'Nuovi orari della biblioteca',
        summary: 'Aperta anche il sabato.',
        topics: ['tempo-libero'],
        status: 'published',
        publishAt: new Date(now - hour),
      },
      {
        tenantId: t.id,
        slug: 'bozza-riservata',
        title: 'Bozza riservata',
        topics: ['tempo-libero'],
        status: 'draft',
        publishAt: new Date(now - hour),
      },
    ]);
    await tx.insert(events).values([
      {
        tenantId: t.id,
        slug: 'concerto-di-natale',
        title: 'Concerto di Natale',
        locationText: 'Piazza del Municipio',
        startsAt: new Date(now + 48 * hour),
        endsAt: new Date(now + 50 * hour),
        status: 'published',
      },
      {
        tenantId: t.id,
        slug: 'fiera-passata',
        title: 'Fiera passata',
        startsAt: new Date(now - 72 * hour),
        endsAt: new Date(now - 70 * hour),
        status: 'published',
      },
      {
        tenantId: t.id,
        slug: 'evento-in-bozza',
        title: 'Evento in bozza',
        startsAt: new Date(now + 24 * hour),
        endsAt: new Date(now + 25 * hour),
        status: 'draft',
      },
    ]);
  });
  const res = await home(t);
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(section(html, 'home-highlights'), /href="\/novita\/[^"]*nuova-piazza"/);
  const news = section(html, 'home-news');
  assert.match(news, /Nuovi orari della biblioteca/);
  assert.doesNotMatch(news, /nuova-piazza/, 'the featured item is not repeated');
  assert.doesNotMatch(html, /Bozza riservata/);
  const calendar = section(html, 'home-calendar');
  assert.match(calendar, /href="\/vivere-il-comune\/eventi\/concerto-di-natale"/);
  assert.match(calendar, /Piazza del Municipio/);
  assert.doesNotMatch(calendar, /fiera-passata|evento-in-bozza/);
  const servicesBlock = section(html, 'home-services');
  assert.match(servicesBlock, /href="\/servizi\/categoria\/anagrafe-e-stato-civile"/);
  assert.match(servicesBlock, /href="\/servizi"/);
  // The first-level data-elements stay unique on the home (the checker counts every occurrence).
  for (const element of ['management', 'news', 'all-services', 'live'])
    assert.equal(html.split(`data-element="${element}"`).length - 1, 1, element);

  const english = await home(t, '?lang=en');
  assert.match(english.body, />Upcoming events</);
  const german = await home(t, '?lang=de');
  assert.match(german.body, />Kommende Veranstaltungen</);
});
