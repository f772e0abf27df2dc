import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { createTestTenant, type TestTenant, testContext } from '../../../test/helpers/context.js';
import { sessionCookieFor } from '../../../test/helpers/session.js';
import { buildApp } from '../../app.js';
import { offices } from '../../modules/offices/schema.js';
import { DEMO_SERVICES, seedServicesDemo } from '../../modules/services/demo.js';
import { withTenant } from '../db/client.js';
import { negotiateEncoding, PageCache, pagesChanged } from './page-cache.js';

let app: FastifyInstance;
let tenant: TestTenant;

const BR = { 'accept-encoding': 'gzip, deflate, br' };
const SERVICE = '/servizi/iscrizione-biblioteca';

async function get(url: string, headers: Record<string, string> = {}, host = tenant.host) {
  const res = await app.inject({ method: 'GET', url, headers: { host, ...headers } });
  const raw = res.rawPayload;
  const html =
    res.headers['content-encoding'] === 'br' && raw.length
      ? brotliDecompressSync(raw).toString('utf8')
      : res.body;
  return { res, html, cache: res.headers['x-page-cache'] };
}

describe('page cache', () => {
  before(async () => {
    // An application of its own with the cache on (the shared test app runs without it).
    const ctx = await testContext({ PAGE_CACHE_TTL_SECONDS: '30' });
    app = await buildApp(ctx);
    await app.ready();
    tenant = await createTestTenant(ctx.database, 'Comune di Cachebello');
    const slugs = [...new Set(DEMO_SERVICES.map((s) => s.office))];
    await withTenant(ctx.database, tenant.id, async (tx) => {
      await tx
        .insert(offices)
        .values(slugs.map((slug) => ({ tenantId: tenant.id, slug, name: `Ufficio ${slug}` })));
      await seedServicesDemo(tx, tenant.id, tenant.name);
    });
    // Nothing is stored in the second after a change (seeding is no audited change, but be sure).
    await new Promise((r) => setTimeout(r, 1100));
  });
  after(async () => {
    await app.close();
  });

  test('an anonymous page is rendered once, then answered from memory, compressed, with an ETag and 304', async () => {
    const first = await get(SERVICE, BR);
    assert.equal(first.res.statusCode, 200);
    assert.equal(first.cache, 'miss');
    assert.equal(first.res.headers['content-encoding'], 'br');
    assert.equal(first.res.headers['set-cookie'], undefined);
    assert.equal(first.res.headers['cache-control'], 'no-cache');
    const second = await get(SERVICE, BR);
    assert.equal(second.cache, 'hit');
    assert.equal(second.html, first.html);
    assert.match(second.html, /Iscriversi alla biblioteca/);
    // Security headers and the request id still come with a cached page.
    assert.match(String(second.res.headers['content-security-policy']), /script-src 'self'/);
    assert.ok(second.res.headers['x-request-id']);
    const etag = String(second.res.headers.etag);
    assert.match(etag, /^W\/"/);
    const revalidated = await get(SERVICE, { ...BR, 'if-none-match': etag });
    assert.equal(revalidated.res.statusCode, 304);
    assert.equal(revalidated.res.rawPayload.length, 0);
    // Another encoding is another entry; a client without compression gets plain HTML.
    const plain = await get(SERVICE);
    assert.equal(plain.res.headers['content-encoding'], undefined);
    assert.equal(plain.html, first.html);
  });

  test('logged-in visitors, the back office and answers that set cookies never come from the cache', async () => {
    await get('/', BR);
    assert.equal((await get('/', BR)).cache, 'hit');
    const staff = await sessionCookieFor(tenant, ['editor']);
    const loggedIn = await get('/', { ...BR, cookie: staff.headers.cookie ?? '' });
    assert.equal(loggedIn.res.statusCode, 200);
    assert.equal(loggedIn.cache, undefined);
    assert.match(loggedIn.html, /name="_csrf"/, 'a logged-in visitor rates with a token');
    assert.equal((await get('/', { ...BR, 'hx-request': 'true' })).cache, undefined, 'htmx fragments');
    const login = await get('/backoffice/login', BR);
    assert.equal(login.cache, undefined);
    // ?lang= without the cookie sets it: that answer is not stored.
    const switched = await get('/?lang=de', BR);
    assert.ok(switched.res.headers['set-cookie']);
    assert.notEqual((await get('/?lang=de', BR)).cache, 'hit');
    // A page that is not found is not stored either.
    await get('/servizi/non-esiste', BR);
    assert.notEqual((await get('/servizi/non-esiste', BR)).cache, 'hit');
  });

  test('the language is part of the key', async () => {
    const italian = await get('/servizi', BR);
    const english = await get('/servizi', { ...BR, cookie: 'lang=en' });
    assert.equal(english.cache, 'miss');
    assert.equal((await get('/servizi', { ...BR, cookie: 'lang=en' })).cache, 'hit');
    assert.match(english.html, /<html lang="en"/);
    assert.match(italian.html, /<html lang="it"/);
    assert.match((await get('/servizi', BR)).html, /<html lang="it"/);
  });

  test("one Comune's cached page is never served for another Comune's host", async () => {
    const other = await createTestTenant(undefined, 'Comune di Altrove');
    await get('/', BR);
    assert.equal((await get('/', BR)).cache, 'hit');
    const theirs = await get('/', BR, other.host);
    assert.equal(theirs.res.statusCode, 200);
    assert.equal(theirs.cache, 'miss');
    assert.match(theirs.html, /Comune di Altrove/);
    assert.doesNotMatch(theirs.html, /Cachebello/);
    const ours = await get('/', BR);
    assert.match(ours.html, /Cachebello/);
    assert.doesNotMatch(ours.html, /Altrove/);
  });

  test("a staff member's edit of a service shows on the portal at once, for that Comune only", async () => {
    const other = await createTestTenant(undefined, 'Comune di Vicino');
    await get('/', BR, other.host);
    assert.equal((await get('/', BR, other.host)).cache, 'hit');
    await get(SERVICE, BR);
    assert.equal((await get(SERVICE, BR)).cache, 'hit');

    const { csrfFor } = await import('../../../test/helpers/staff.js');
    const staff = await sessionCookieFor(tenant, ['editor']);
    const url = `${SERVICE.replace('/servizi/', '/backoffice/servizi/')}/modifica`;
    const form = await csrfFor(app, tenant, staff.headers.cookie ?? '', url);
    const saved = await app.inject({
      method: 'POST',
      url,
      headers: {
        host: tenant.host,
        cookie: form.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        _csrf: form.token,
        title: 'Tessera della biblioteca in un minuto',
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
      }).toString(),
    });
    assert.equal(saved.statusCode, 303);
    const after = await get(SERVICE, BR);
    assert.notEqual(after.cache, 'hit');
    assert.match(after.html, /Tessera della biblioteca in un minuto/);
    // The other Comune's entries were not touched.
    assert.equal((await get('/', BR, other.host)).cache, 'hit');
  });
});

describe('page cache lifetime', () => {
  test('a change no audit announces here (a scheduled publication, another web node) shows within the TTL', async () => {
    const { and, eq } = await import('drizzle-orm');
    const { services } = await import('../../modules/services/schema.js');
    const ctx = await testContext({ PAGE_CACHE_TTL_SECONDS: '1' });
    const short = await buildApp(ctx);
    await short.ready();
    try {
      const comune = await createTestTenant(ctx.database, 'Comune di Breve');
      await withTenant(ctx.database, comune.id, async (tx) => {
        await tx.insert(offices).values(
          [...new Set(DEMO_SERVICES.map((s) => s.office))].map((slug) => ({
            tenantId: comune.id,
            slug,
            name: `Ufficio ${slug}`,
          })),
        );
        await seedServicesDemo(tx, comune.id, comune.name);
      });
      const page = () => short.inject({ url: SERVICE, headers: { host: comune.host } });
      await page();
      assert.equal((await page()).headers['x-page-cache'], 'hit');
      await withTenant(ctx.database, comune.id, (tx) =>
        tx
          .update(services)
          .set({ title: 'Biblioteca: la tessera cambiata altrove' })
          .where(and(eq(services.tenantId, comune.id), eq(services.slug, 'iscrizione-biblioteca'))),
      );
      assert.doesNotMatch((await page()).body, /cambiata altrove/, 'within the TTL the cached page stays');
      await new Promise((r) => setTimeout(r, 1100));
      assert.match((await page()).body, /cambiata altrove/);
    } finally {
      await short.close();
    }
  });
});

describe('page cache store', () => {
  const entry = (tenantId: string, size: number) => ({
    tenantId,
    version: 0,
    expiresAt: Date.now() + 60_000,
    body: Buffer.alloc(size),
    encoding: 'br' as const,
    contentType: 'text/html; charset=utf-8',
    etag: 'W/"x"',
  });

  test('memory stays under its bound, evicting the least recently used pages', () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 10_000 });
    for (let i = 0; i < 50; i++) {
      cache.set(`k${i}`, entry('t-lru', 1000));
      if (i > 0) cache.get('k0'); // k0 stays in use
      assert.ok(cache.bytes <= 10_000, `${cache.bytes} bytes after ${i + 1} pages`);
    }
    assert.ok(cache.get('k0'), 'the page in use survives');
    assert.equal(cache.get('k1'), undefined, 'an old page was evicted');
    assert.ok(cache.size <= 10);
    // A page bigger than an eighth of the bound is never stored.
    cache.set('huge', entry('t-lru', 5000));
    assert.equal(cache.get('huge'), undefined);
  });

  test('entries expire, and a change makes every entry of that Comune stale', () => {
    const cache = new PageCache({ ttlMs: 60_000, maxBytes: 1_000_000 });
    cache.set('a', entry('t-change-a', 10));
    cache.set('b', entry('t-change-b', 10));
    cache.set('old', { ...entry('t-change-b', 10), expiresAt: Date.now() - 1 });
    assert.equal(cache.get('old'), undefined);
    pagesChanged('t-change-a');
    assert.equal(cache.get('a'), undefined);
    assert.ok(cache.get('b'));
  });

  test('brotli first, then gzip; q=0 refuses an encoding', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('gzip, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('identity'), 'identity');
    assert.equal(negotiateEncoding(undefined), 'identity');
  });
});
