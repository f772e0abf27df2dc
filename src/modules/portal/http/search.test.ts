import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { withTenant } from '../../../platform/db/client.js';
import { newsItems } from '../../news/index.js';
import { offices } from '../../offices/index.js';
import { events, placeKinds, places } from '../../places/index.js';
import { DEMO_SERVICES, seedServicesDemo } from '../../services/demo.js';
import { services } from '../../services/index.js';
import { cleanQuery, labelRank, MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE } from './search.js';

let tenant: TestTenant;
let other: TestTenant;

async function get(url: string, host = tenant.host) {
  const { app } = await testApp();
  return app.inject({ method: 'GET', url, headers: { host } });
}

/** The result links of a search page, in order. */
function resultLinks(html: string): string[] {
  const list = /<ul class="list-unstyled" data-search-results>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<h3[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

function status(html: string): string {
  return (/<p class="fw-semibold" role="status">([^<]*)<\/p>/.exec(html)?.[1] ?? '').replace(
    /&quot;|&#34;/g,
    '"',
  );
}

const day = 24 * 3600_000;

async function seedContent(t: TestTenant) {
  const { ctx } = await testApp();
  await withTenant(ctx.database, t.id, async (tx) => {
    const slugs = [...new Set(DEMO_SERVICES.map((s) => s.office))];
    await tx
      .insert(offices)
      .values(
        slugs.map((slug) => ({ tenantId: t.id, slug, name: `Ufficio ${slug}`, address: 'Via Roma 1' })),
      );
    await seedServicesDemo(tx, t.id, t.name);
    const [kind] = await tx
      .insert(placeKinds)
      .values({ tenantId: t.id, slug: 'museo', name: 'Museo', plural: 'Musei' })
      .returning({ id: placeKinds.id });
    const [museum] = await tx
      .insert(places)
      .values({
        tenantId: t.id,
        slug: 'museo-della-citta',
        name: 'Museo della Città',
        kindId: kind?.id as string,
        description: 'La storia del borgo dalle origini a oggi.',
        address: 'Via Garibaldi 3',
        location: [7.7, 44.84],
        topics: ['Patrimonio culturale', 'Turismo'],
      })
      .returning({ id: places.id });
    const now = Date.now();
    await tx.insert(newsItems).values([
      {
        tenantId: t.id,
        slug: 'restauro-torre-civica',
        title: 'Restauro della torre civica della città',
        summary: 'I lavori finiranno in primavera.',
        topics: ['patrimonio-culturale'],
        status: 'published',
        publishAt: new Date(now - day),
      },
      {
        tenantId: t.id,
        slug: 'notizia-in-bozza',
        title: 'Notizia in bozza sulla città',
        topics: ['patrimonio-culturale'],
        status: 'draft',
        publishAt: new Date(now - day),
      },
    ]);
    await tx.insert(events).values([
      {
        tenantId: t.id,
        slug: 'notte-al-museo',
        title: 'Notte al museo della città',
        summary: 'Visite serali gratuite.',
        startsAt: new Date(now + 2 * day),
        endsAt: new Date(now + 2 * day + 3 * 3600_000),
        placeId: museum?.id ?? null,
        topics: ['Tempo libero', 'Patrimonio culturale'],
        status: 'published',
      },
      {
        tenantId: t.id,
        slug: 'bozza-segreta',
        title: 'Bozza segreta della città',
        startsAt: new Date(now + 3 * day),
        endsAt: new Date(now + 3 * day + 3600_000),
        topics: ['Tempo libero'],
        status: 'draft',
      },
    ]);
  });
}

describe('site search, topic pages', () => {
  before(async () => {
    tenant = await createTestTenant(undefined, 'Comune di Cercabene');
    other = await createTestTenant(undefined, 'Comune di Altrove');
    await seedContent(tenant);
  });

  test('a typo-ridden, unaccented query finds the service first', async () => {
    const res = await get(`/cerca?q=${encodeURIComponent('certifcato anagrafco')}`);
    assert.equal(res.statusCode, 200);
    const links = resultLinks(res.body);
    assert.equal(links[0], '/servizi/certificati-anagrafici');
    assert.match(status(res.body), /risultat[oi] per "certifcato anagrafco"/);
    assert.match(res.body, /value="certifcato anagrafco"/, 'the query stays in the box');
  });

  test('"citta" finds the place and the published event spelt "città", never the draft', async () => {
    const res = await get('/cerca?q=citta');
    assert.equal(res.statusCode, 200);
    const links = resultLinks(res.body);
    assert.ok(links.includes('/vivere-il-comune/luoghi/museo-della-citta'), links.join());
    assert.ok(links.includes('/vivere-il-comune/eventi/notte-al-museo'), links.join());
    assert.ok(
      links.some((l) => l.endsWith('/restauro-torre-civica')),
      links.join(),
    );
    assert.ok(!links.some((l) => l.includes('bozza-segreta') || l.includes('notizia-in-bozza')));
    // Each result says what it is.
    assert.match(res.body, />Luogo</);
    assert.match(res.body, />Evento</);
  });

  test('results merge services, pages and topics; the type filter narrows them (no JavaScript needed)', async () => {
    const all = await get('/cerca?q=anagrafe');
    const links = resultLinks(all.body);
    assert.ok(links.includes('/argomenti/anagrafe'), links.join());
    assert.ok(
      links.some((l) => l.startsWith('/servizi/')),
      links.join(),
    );
    assert.match(all.body, /<input type="checkbox" id="search-type-services" name="type" value="services"/);
    const only = await get('/cerca?q=anagrafe&type=topics');
    const onlyLinks = resultLinks(only.body);
    assert.ok(onlyLinks.length >= 1);
    assert.ok(
      onlyLinks.every((l) => l.startsWith('/argomenti/')),
      onlyLinks.join(),
    );
    assert.match(only.body, /id="search-type-topics" name="type" value="topics" checked/);
    // An unknown type is ignored rather than refused.
    assert.equal((await get('/cerca?q=anagrafe&type=nonexistent')).statusCode, 200);
  });

  test('many results paginate, keeping the query and the filter in the page links', async () => {
    const first = await get('/cerca?q=servizio&type=services');
    assert.equal(first.statusCode, 200);
    const total = Number(/(\d+) risultati/.exec(status(first.body))?.[1]);
    assert.ok(total > SEARCH_PAGE_SIZE, `${total} results`);
    assert.equal(resultLinks(first.body).length, SEARCH_PAGE_SIZE);
    assert.match(first.body, /href="\/cerca\?q=servizio&(amp;)?type=services&(amp;)?page=2"/);
    const second = await get('/cerca?q=servizio&type=services&page=2');
    const overlap = resultLinks(second.body).filter((l) => resultLinks(first.body).includes(l));
    assert.deepEqual(overlap, []);
    assert.ok(resultLinks(second.body).length >= 1);
    // A page past the end shows the last page, not an error.
    assert.equal((await get('/cerca?q=servizio&type=services&page=999')).statusCode, 200);
  });

  test('a 2,000-character query is cut with a message, never an error', async () => {
    const long = 'certificato '.repeat(170).slice(0, 2000);
    const res = await get(`/cerca?q=${encodeURIComponent(long)}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /troppo lunga: sono stati usati solo i primi 200 caratteri/);
    const kept = /id="search-q" name="q" value="([^"]*)"/.exec(res.body)?.[1] ?? '';
    assert.ok(kept.length <= MAX_QUERY_LENGTH);
  });

  test('any characters are searched safely', async () => {
    for (const q of [
      '%00',
      '%27%3B%20drop%20table%20service%3B--',
      'a%26b%7Cc!(d)%3A*',
      '%F0%9F%98%80',
      '%ED%A0%80',
      '<script>',
      '\\',
    ]) {
      const res = await get(`/cerca?q=${q}`);
      assert.equal(res.statusCode, 200, q);
      // Only inside the quoted value of the search box, never as markup.
      assert.doesNotMatch(res.body.replaceAll('value="<script>"', ''), /<script>/);
    }
  });

  test('an empty query gets a helpful page, no result list', async () => {
    for (const url of ['/cerca', '/cerca?q=', '/cerca?q=%20%20']) {
      const res = await get(url);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Cosa stai cercando\?/);
      assert.match(res.body, /href="\/argomenti\/anagrafe"/);
      assert.doesNotMatch(res.body, /role="status"[^>]*>[^<]*risultat/);
    }
  });

  test("one Comune's search never shows another's content", async () => {
    const res = await get('/cerca?q=certificati', other.host);
    assert.equal(res.statusCode, 200);
    assert.ok(!resultLinks(res.body).some((l) => l.startsWith('/servizi/')));
  });

  test('a topic page lists the services, places and events tagged with it, grouped by type', async () => {
    const res = await get('/argomenti/patrimonio-culturale');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h2[^>]*>Luoghi \(1\)<\/h2>/);
    assert.match(res.body, /href="\/vivere-il-comune\/luoghi\/museo-della-citta"/);
    assert.match(res.body, /<h2[^>]*>Eventi \(1\)<\/h2>/);
    assert.match(res.body, /<h2[^>]*>Novità \(1\)<\/h2>/);
    assert.match(res.body, /restauro-torre-civica/);
    assert.doesNotMatch(res.body, /notizia-in-bozza/);
    const anagrafe = await get('/argomenti/anagrafe');
    assert.match(anagrafe.body, /<h2[^>]*>Servizi \(\d+\)<\/h2>/);
    assert.match(anagrafe.body, /href="\/servizi\/certificati-anagrafici"/);
    const leisure = await get('/argomenti/tempo-libero');
    assert.doesNotMatch(leisure.body, /bozza-segreta/, 'drafts stay hidden');
  });

  test('an inactive service leaves the search and the topic pages', async () => {
    const t = await createTestTenant(undefined, 'Comune di Chiuso');
    await seedContent(t);
    const { ctx } = await testApp();
    await withTenant(ctx.database, t.id, (tx) =>
      tx.update(services).set({ status: 'inactive' }).where(eq(services.slug, 'certificati-anagrafici')),
    );
    const res = await get('/cerca?q=certificati%20anagrafici&type=services', t.host);
    assert.ok(!resultLinks(res.body).includes('/servizi/certificati-anagrafici'));
    const topic = await get('/argomenti/anagrafe', t.host);
    assert.doesNotMatch(topic.body, /certificati-anagrafici/);
  });

  test('a topic with nothing tagged says so; an unknown topic is a 404 page', async () => {
    const empty = await get('/argomenti/pesca', other.host);
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /Non ci sono ancora contenuti pubblicati su questo argomento/);
    const missing = await get('/argomenti/non-esiste');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /Pagina non trovata/);
  });
});

test('cleanQuery removes control characters and cuts long queries at a character boundary', () => {
  assert.deepEqual(cleanQuery('  certificato\u0000  di\tresidenza '), {
    q: 'certificato di residenza',
    cut: false,
  });
  const emoji = '😀'.repeat(MAX_QUERY_LENGTH + 5);
  const { q, cut } = cleanQuery(emoji);
  assert.equal(cut, true);
  assert.equal([...q].length, MAX_QUERY_LENGTH);
  assert.equal(cleanQuery('\uD800abc').q, 'abc');
});

test('labelRank forgives accents and typos on page titles', () => {
  assert.equal(labelRank('Anagrafe', 'Anagrafe'), 1);
  assert.ok(labelRank('mobilita', 'Mobilità sostenibile') >= 0.9);
  assert.ok(labelRank('rifuti', 'Gestione rifiuti') > 0);
  assert.equal(labelRank('zzz', 'Anagrafe'), 0);
});
