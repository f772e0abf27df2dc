import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { createTestTenant, type TestTenant, testDatabase } from '../../../test/helpers/context.js';
import { withTenant } from '../../platform/db/client.js';
import { newsContentSource } from './content.js';
import { featuredNews, latestNews } from './index.js';
import { newsItems } from './schema.js';

const DAY = 86_400_000;
let tenant: TestTenant;
let other: TestTenant;

describe('news queries', () => {
  before(async () => {
    const database = await testDatabase();
    tenant = await createTestTenant(database, 'Comune di Notiziario');
    other = await createTestTenant(database, 'Comune Vicino');
    const now = Date.now();
    const base = { tenantId: tenant.id, topics: ['comunicazione-istituzionale'], summary: 'Sintesi.' };
    await withTenant(database, tenant.id, (tx) =>
      tx.insert(newsItems).values([
        {
          ...base,
          slug: 'vecchia',
          title: 'Lavori stradali in via Roma',
          status: 'published',
          publishAt: new Date(now - 5 * DAY),
        },
        {
          ...base,
          slug: 'recente',
          title: 'Calendario della raccolta differenziata',
          kind: 'avviso',
          status: 'published',
          featured: true,
          publishAt: new Date(now - DAY),
        },
        {
          ...base,
          slug: 'futura',
          title: 'Notizia programmata',
          status: 'published',
          featured: true,
          publishAt: new Date(now + 3 * DAY),
        },
        {
          ...base,
          slug: 'bozza',
          title: 'Bozza non pubblica',
          status: 'draft',
          featured: true,
          publishAt: new Date(now - 2 * DAY),
        },
        {
          ...base,
          slug: 'scaduta',
          title: 'Avviso scaduto',
          kind: 'avviso',
          status: 'published',
          publishAt: new Date(now - 9 * DAY),
          unpublishAt: new Date(now - DAY),
        },
      ]),
    );
    await withTenant(database, other.id, (tx) =>
      tx.insert(newsItems).values({
        tenantId: other.id,
        slug: 'altrove',
        title: 'Notizia di un altro Comune',
        status: 'published',
        featured: true,
        topics: ['sport'],
        publishAt: new Date(now - DAY),
      }),
    );
  });

  test('latest and featured news list only visible items of the Comune, newest first', async () => {
    const database = await testDatabase();
    const latest = await withTenant(database, tenant.id, (tx) => latestNews(tx, tenant.id, 10));
    assert.deepEqual(
      latest.map((n) => n.href),
      ['/novita/avvisi/recente', '/novita/notizie/vecchia'],
    );
    assert.equal(latest[0]?.typeLabel, 'news.kinds.avviso');
    assert.ok(latest[0]?.date instanceof Date);
    const featured = await withTenant(database, tenant.id, (tx) => featuredNews(tx, tenant.id, 10));
    assert.deepEqual(
      featured.map((n) => n.title),
      ['Calendario della raccolta differenziata'],
    );
  });

  test('search forgives accents and typos; topic pages list tagged visible items', async () => {
    const database = await testDatabase();
    const hits = await withTenant(database, tenant.id, (tx) =>
      newsContentSource.search(tx, tenant.id, 'raccolta diferenziata', 10),
    );
    assert.deepEqual(
      hits.map((h) => h.title),
      ['Calendario della raccolta differenziata'],
    );
    const none = await withTenant(database, tenant.id, (tx) =>
      newsContentSource.search(tx, tenant.id, 'programmata', 10),
    );
    assert.equal(none.length, 0);
    const byTopic = await withTenant(database, tenant.id, (tx) =>
      newsContentSource.byTopic(tx, tenant.id, 'comunicazione-istituzionale', 10),
    );
    assert.equal(byTopic.length, 2);
  });
});
