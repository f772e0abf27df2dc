import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import {
  type FakeIdentityProvider,
  startFakeIdentityProvider,
} from '../../../../test/fakes/oidc-provider.js';
import { createTestTenant, type TestTenant, testApp, testContext } from '../../../../test/helpers/context.js';
import { type BrowserResponse, HttpBrowser } from '../../../../test/helpers/http-browser.js';
import { buildApp } from '../../../app.js';
import { generateCitizens } from '../../../cli/demo/comune-data.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { requireCitizen } from '../../../platform/auth/policy.js';
import type { AppContext } from '../../../platform/context.js';
import { citizens, sessions } from '../schema.js';
import { SESSION_COOKIE } from '../sessions.js';
import { configureCitizenLogin } from './settings.js';

const CLIENT = { client_id: 'campanile-test', client_secret: 'test-client-secret-'.padEnd(40, 'x') };
const [alice, bob] = generateCitizens(2, 7);

let ctx: AppContext;
let app: FastifyInstance;
let idp: FakeIdentityProvider;
let comuneA: TestTenant;
let comuneB: TestTenant;
let baseA: string;
let baseB: string;

before(async () => {
  ctx = await testContext();
  app = await buildApp(ctx);
  // A page that only a logged-in citizen reaches, telling who they are.
  app.get('/test/chi-sono', { preHandler: requireCitizen }, async (request) => request.actor);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  comuneA = await createTestTenant(ctx.database, 'Comune di Alfa');
  comuneB = await createTestTenant(ctx.database, 'Comune di Beta');
  baseA = `http://${comuneA.host}:${port}`;
  baseB = `http://${comuneB.host}:${port}`;
  idp = await startFakeIdentityProvider({
    clients: [{ ...CLIENT, redirect_uris: [baseA, baseB].map((b) => `${b}/auth/oidc/callback`) }],
    accounts: [alice!, bob!].map((c) => ({
      fiscalNumber: c.fiscalCode,
      givenName: c.givenName,
      familyName: c.familyName,
      email: c.email,
    })),
  });
  configureCitizenLogin(ctx, {
    issuer: idp.issuer,
    clientId: CLIENT.client_id,
    clientSecret: CLIENT.client_secret,
    allowHttp: true,
  });
});

after(async () => {
  await app?.close();
  await idp?.close();
});

/** Start → identity provider → login form → its answer; returns the response to the callback. */
async function loginThroughProvider(
  browser: HttpBrowser,
  base: string,
  opts: { fiscalNumber: string; provider?: 'spid' | 'cie'; next?: string },
): Promise<{ callbackUrl: string }> {
  const query = new URLSearchParams({ provider: opts.provider ?? 'spid' });
  if (opts.next !== undefined) query.set('next', opts.next);
  const start = await browser.get(`${base}/auth/oidc/start?${query}`);
  assert.equal(start.status, 303, start.body);
  const authorize = new URL(start.location!);
  assert.equal(authorize.origin, idp.issuer);
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.equal(authorize.searchParams.get('login_hint'), opts.provider ?? 'spid');
  assert.ok(authorize.searchParams.get('nonce'));
  assert.equal(authorize.searchParams.get('redirect_uri'), `${base}/auth/oidc/callback`);
  const loginCookie = start.headers['set-cookie']?.find((c) => c.startsWith('cmp_oidc='));
  assert.match(loginCookie ?? '', /HttpOnly/);
  assert.match(loginCookie ?? '', /Max-Age=600/);
  assert.doesNotMatch(loginCookie ?? '', /Domain=/i);

  const { response: form, url: formUrl } = await browser.follow(authorize.href);
  assert.equal(form.status, 200);
  assert.match(form.body, new RegExp(opts.fiscalNumber.replace('TINIT-', '')));
  const done = await browser.post(`${formUrl}/login`, { fiscal_number: opts.fiscalNumber });
  assert.equal(done.status, 303, done.body);
  // The provider resumes the authorization and sends the browser back to the Comune.
  const { url } = await browser.follow(done.location!, (u) => u.startsWith(`${base}/`));
  assert.ok(url.startsWith(`${base}/auth/oidc/callback?`), url);
  return { callbackUrl: url };
}

async function login(
  browser: HttpBrowser,
  base: string,
  opts: { fiscalNumber: string; provider?: 'spid' | 'cie'; next?: string },
): Promise<BrowserResponse> {
  const { callbackUrl } = await loginThroughProvider(browser, base, opts);
  return browser.get(callbackUrl);
}

async function whoAmI(browser: HttpBrowser, base: string): Promise<BrowserResponse> {
  return browser.get(`${base}/test/chi-sono`, { accept: 'application/json' });
}

async function citizenRow(tenantId: string, fiscalCode: string) {
  const [row] = await ctx.database.db
    .select()
    .from(citizens)
    .where(and(eq(citizens.tenantId, tenantId), eq(citizens.fiscalCode, fiscalCode)));
  return row;
}

function assertLoginFailed(response: BrowserResponse, reason: RegExp): void {
  assert.equal(response.status, 502);
  assert.match(response.body, /Accesso non riuscito/);
  assert.match(response.body, /IDENTITY_PROVIDER_ERROR/);
  assert.match(response.body, reason);
  assert.doesNotMatch(response.body, /at .*\.ts:\d+|Error:/);
}

describe('citizen login with SPID/CIE through OpenID Connect', () => {
  test('/accedi offers SPID and CIE as links, carrying next', async () => {
    const browser = new HttpBrowser();
    const page = await browser.get(`${baseA}/accedi?next=${encodeURIComponent('/servizi?x=1')}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Accedi all&#39;area personale|Accedi all'area personale/);
    assert.match(page.body, /Comune di Alfa/);
    assert.match(page.body, /href="\/auth\/oidc\/start\?provider=spid&(amp;)?next=%2Fservizi%3Fx%3D1"/);
    assert.match(page.body, /href="\/auth\/oidc\/start\?provider=cie&(amp;)?next=%2Fservizi%3Fx%3D1"/);
    assert.match(page.body, /Entra con SPID/);
    assert.match(page.body, /Entra con CIE/);
  });

  test('/accedi says in Italian when no identity provider is configured', async () => {
    const shared = await testApp();
    const tenant = await createTestTenant(shared.ctx.database);
    const page = await shared.app.inject({
      url: '/accedi',
      headers: { host: tenant.host, accept: 'text/html' },
    });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /non è ancora attivo per questo Comune/);
    assert.doesNotMatch(page.body, /Entra con SPID/);
    const start = await shared.app.inject({
      url: '/auth/oidc/start?provider=spid',
      headers: { host: tenant.host, accept: 'text/html' },
    });
    assert.equal(start.statusCode, 303);
    assert.equal(start.headers.location, '/accedi');
  });

  test('the first login creates the citizen from the claims and opens a session', async () => {
    const browser = new HttpBrowser();
    const done = await login(browser, baseA, { fiscalNumber: alice!.fiscalCode });
    assert.equal(done.status, 303, done.body);
    assert.equal(done.location, `${baseA}/area-personale`);
    const sessionCookie = done.headers['set-cookie']?.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    assert.match(sessionCookie ?? '', /HttpOnly/);
    assert.doesNotMatch(sessionCookie ?? '', /Domain=/i);
    assert.equal(browser.cookie(baseA, 'cmp_oidc'), undefined, 'the login cookie is used once');

    const row = await citizenRow(comuneA.id, alice!.fiscalCode);
    assert.ok(row);
    assert.equal(row.givenName, alice!.givenName);
    assert.equal(row.familyName, alice!.familyName);
    assert.equal(row.email, alice!.email);
    assert.equal(row.lastIdentityProvider, 'spid');
    assert.ok(row.lastLoginAt && Date.now() - row.lastLoginAt.getTime() < 60_000);

    const me = await whoAmI(browser, baseA);
    assert.equal(me.status, 200, me.body);
    const actor = JSON.parse(me.body);
    assert.equal(actor.kind, 'citizen');
    assert.equal(actor.id, row.id);
    assert.equal(actor.fiscalCode, alice!.fiscalCode);
    assert.equal(actor.name, `${alice!.givenName} ${alice!.familyName}`);

    const page = await browser.get(`${baseA}/accedi`);
    assert.match(page.body, /Hai già effettuato l&#39;accesso come|Hai già effettuato l'accesso come/);
  });

  test('a second login updates the citizen with what the provider asserts now', async () => {
    const first = new HttpBrowser();
    assert.equal((await login(first, baseA, { fiscalNumber: bob!.fiscalCode })).status, 303);
    const before = await citizenRow(comuneA.id, bob!.fiscalCode);
    assert.ok(before);

    idp.upsertAccount({
      fiscalNumber: bob!.fiscalCode,
      givenName: `${bob!.givenName} Maria`,
      familyName: bob!.familyName,
      email: 'nuovo.indirizzo@example.org',
    });
    try {
      const second = new HttpBrowser();
      const done = await login(second, baseA, { fiscalNumber: `TINIT-${bob!.fiscalCode}`, provider: 'cie' });
      assert.equal(done.status, 303, done.body);
      const afterLogin = await citizenRow(comuneA.id, bob!.fiscalCode);
      assert.equal(afterLogin?.id, before.id);
      assert.equal(afterLogin?.givenName, `${bob!.givenName} Maria`);
      assert.equal(afterLogin?.email, 'nuovo.indirizzo@example.org');
      assert.equal(afterLogin?.lastIdentityProvider, 'cie');
      assert.ok(afterLogin!.lastLoginAt! >= before.lastLoginAt!);
      const audit = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, comuneA.id), eq(auditLog.entityId, before.id)))
        .orderBy(desc(auditLog.id));
      assert.equal(audit[0]?.action, 'citizen.login');
      assert.equal(audit[0]?.actorKind, 'citizen');
      assert.deepEqual((audit[0]?.changes as Record<string, unknown> | undefined)?.email, [
        bob!.email,
        'nuovo.indirizzo@example.org',
      ]);
    } finally {
      idp.upsertAccount({
        fiscalNumber: bob!.fiscalCode,
        givenName: bob!.givenName,
        familyName: bob!.familyName,
        email: bob!.email,
      });
    }
  });

  test('a callback with a wrong state, or without the login cookie, opens no session', async () => {
    const browser = new HttpBrowser();
    const { callbackUrl } = await loginThroughProvider(browser, baseA, { fiscalNumber: alice!.fiscalCode });
    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'x'.repeat(43));
    const refused = await browser.get(forged.href);
    assertLoginFailed(refused, /scaduta o non è valida/);
    assert.equal(browser.cookie(baseA, SESSION_COOKIE), undefined);
    // The login cookie was spent by the failed attempt: the genuine answer is now refused too.
    assertLoginFailed(await browser.get(callbackUrl), /scaduta o non è valida/);

    // Someone else's callback URL, replayed in another browser, is worthless without its cookie.
    const victim = new HttpBrowser();
    const stolen = await loginThroughProvider(victim, baseA, { fiscalNumber: alice!.fiscalCode });
    const attacker = new HttpBrowser();
    assertLoginFailed(await attacker.get(stolen.callbackUrl), /scaduta o non è valida/);
    assert.equal(attacker.cookie(baseA, SESSION_COOKIE), undefined);

    // A login cookie edited by hand fails its signature.
    const tamperer = new HttpBrowser();
    const own = await loginThroughProvider(tamperer, baseA, { fiscalNumber: alice!.fiscalCode });
    const cookie = tamperer.cookie(baseA, 'cmp_oidc')!;
    tamperer.setCookie(baseA, 'cmp_oidc', `x${cookie.slice(1)}`);
    assertLoginFailed(await tamperer.get(own.callbackUrl), /scaduta o non è valida/);
  });

  test('next is followed only to a local path', async () => {
    const local = new HttpBrowser();
    const ok = await login(local, baseA, { fiscalNumber: alice!.fiscalCode, next: '/servizi/rifiuti?q=1' });
    assert.equal(ok.location, `${baseA}/servizi/rifiuti?q=1`);

    for (const next of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const browser = new HttpBrowser();
      const done = await login(browser, baseA, { fiscalNumber: alice!.fiscalCode, next });
      assert.equal(done.status, 303);
      assert.equal(done.location, `${baseA}/area-personale`, `next=${next}`);
    }
  });

  test('a citizen of Comune A is not logged into Comune B, and is a different citizen there', async () => {
    const browser = new HttpBrowser();
    assert.equal((await login(browser, baseA, { fiscalNumber: alice!.fiscalCode })).status, 303);
    assert.equal((await whoAmI(browser, baseA)).status, 200);

    // The same cookie presented to Comune B's host is worth nothing there.
    browser.setCookie(baseB, SESSION_COOKIE, browser.cookie(baseA, SESSION_COOKIE)!);
    const elsewhere = await browser.get(`${baseB}/test/chi-sono`);
    assert.equal(elsewhere.status, 303);
    assert.equal(elsewhere.location, `${baseB}/accedi?next=%2Ftest%2Fchi-sono`);
    assert.equal(await citizenRow(comuneB.id, alice!.fiscalCode), undefined);

    const inB = new HttpBrowser();
    assert.equal((await login(inB, baseB, { fiscalNumber: alice!.fiscalCode })).status, 303);
    const rowA = await citizenRow(comuneA.id, alice!.fiscalCode);
    const rowB = await citizenRow(comuneB.id, alice!.fiscalCode);
    assert.ok(rowA && rowB);
    assert.notEqual(rowA.id, rowB.id);
    assert.equal(JSON.parse((await whoAmI(inB, baseB)).body).id, rowB.id);
  });

  test('logout (POST /esci with the CSRF token) ends the session', async () => {
    const browser = new HttpBrowser();
    await login(browser, baseA, { fiscalNumber: alice!.fiscalCode });
    const me = JSON.parse((await whoAmI(browser, baseA)).body);

    const withoutToken = await browser.post(`${baseA}/esci`, {});
    assert.equal(withoutToken.status, 403);
    assert.equal((await whoAmI(browser, baseA)).status, 200);

    const page = await browser.get(`${baseA}/accedi`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    assert.ok(token, 'the logout form carries a CSRF token');
    assert.match(page.body, /<form method="post" action="\/esci">/);
    const out = await browser.post(`${baseA}/esci`, { _csrf: token });
    assert.equal(out.status, 303);
    assert.equal(out.location, `${baseA}/`);
    assert.equal(browser.cookie(baseA, SESSION_COOKIE), undefined);
    const [left] = await ctx.database.db.select().from(sessions).where(eq(sessions.id, me.sessionId));
    assert.equal(left, undefined);
    assert.equal((await whoAmI(browser, baseA)).status, 303);
  });

  test('a login cancelled at the provider explains it in Italian', async () => {
    const browser = new HttpBrowser();
    const start = await browser.get(`${baseA}/auth/oidc/start?provider=cie`);
    const { url: formUrl, response: form } = await browser.follow(start.location!);
    assert.match(form.body, /Accesso con CIE/);
    const cancelled = await browser.post(`${formUrl}/abort`, {});
    const { url } = await browser.follow(cancelled.location!, (u) => u.startsWith(`${baseA}/`));
    assert.match(url, /error=access_denied/);
    assertLoginFailed(await browser.get(url), /Hai annullato l&#39;accesso|Hai annullato l'accesso/);
    assert.equal(browser.cookie(baseA, SESSION_COOKIE), undefined);
  });

  test('an unknown fiscal code is refused by the provider page', async () => {
    const browser = new HttpBrowser();
    const home = await browser.get(`${idp.issuer}/`);
    assert.equal(home.status, 200);
    assert.match(home.body, new RegExp(alice!.fiscalCode));
    const start = await browser.get(`${baseA}/auth/oidc/start?provider=spid`);
    const { url: formUrl } = await browser.follow(start.location!);
    const again = await browser.post(`${formUrl}/login`, { fiscal_number: 'RSSMRA85T10A562S' });
    assert.equal(again.status, 200);
    assert.match(again.body, /non è tra le identità di prova/);
  });

  test('an identity provider that does not answer gives the error page, not a stack trace', async () => {
    configureCitizenLogin(ctx, {
      issuer: 'http://127.0.0.1:9',
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      allowHttp: true,
    });
    try {
      const browser = new HttpBrowser();
      const start = await browser.get(`${baseA}/auth/oidc/start?provider=spid`);
      assertLoginFailed(start, /non risponde/);
      assert.equal(browser.cookie(baseA, 'cmp_oidc'), undefined);
    } finally {
      configureCitizenLogin(ctx, {
        issuer: idp.issuer,
        clientId: CLIENT.client_id,
        clientSecret: CLIENT.client_secret,
        allowHttp: true,
      });
    }
  });

  test('an http issuer is refused unless allowed explicitly', async () => {
    configureCitizenLogin(ctx, {
      issuer: idp.issuer,
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      allowHttp: false,
    });
    try {
      const start = await new HttpBrowser().get(`${baseA}/auth/oidc/start?provider=spid`);
      assertLoginFailed(start, /non risponde/);
    } finally {
      configureCitizenLogin(ctx, {
        issuer: idp.issuer,
        clientId: CLIENT.client_id,
        clientSecret: CLIENT.client_secret,
        allowHttp: true,
      });
    }
  });
});
