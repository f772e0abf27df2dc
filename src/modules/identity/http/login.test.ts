import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestTenant, testApp } from '../../../../test/helpers/context.js';
import {
  createStaffUser,
  csrfFor,
  loginAs,
  mergeCookies,
  postForm,
  randomIp,
} from '../../../../test/helpers/staff.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { sessions, staffUsers } from '../schema.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function postLogin(
  tenant: { host: string },
  fields: Record<string, string>,
  opts: { ip?: string; accept?: string; cookie?: string } = {},
) {
  const { app } = await testApp();
  const form = await csrfFor(app, tenant as never, opts.cookie ?? '', '/backoffice/login');
  return app.inject({
    method: 'POST',
    url: '/backoffice/login',
    remoteAddress: opts.ip ?? randomIp(),
    headers: { host: tenant.host, cookie: form.cookie, ...FORM, accept: opts.accept ?? 'text/html' },
    payload: new URLSearchParams({ _csrf: form.token, ...fields }).toString(),
  });
}

async function auditActions(tenantId: string, entityId: string): Promise<string[]> {
  const { ctx } = await testApp();
  const rows = await ctx.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
  return rows.map((r) => r.action);
}

test('the login page is a form with a CSRF field and labelled inputs', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await app.inject({ url: '/backoffice/login', headers: { host: tenant.host } });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /name="_csrf" value="[^"]+"/);
  assert.match(res.body, /<label for="f-email"/);
  assert.match(res.body, /autocomplete="current-password"/);
  assert.ok(res.cookies.some((c) => c.name === '_csrf' && c.httpOnly));
});

test('a staff member logs in with e-mail and password and lands on the back office', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, {
    roles: ['office_operator'],
    email: 'Mario.Rossi@Comune.test',
  });
  const res = await postLogin(tenant, { email: 'MARIO.rossi@comune.test', password: user.password });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/backoffice');
  const session = res.cookies.find((c) => c.name === 'cmp_session');
  assert.ok(session?.httpOnly, 'session cookie is HTTP-only');
  assert.equal(session?.sameSite, 'Lax');
  assert.equal(session?.domain, undefined, 'host-only cookie');
  const cookie = `cmp_session=${session?.value}`;
  const account = await app.inject({ url: '/backoffice/account', headers: { host: tenant.host, cookie } });
  assert.equal(account.statusCode, 200);
  assert.match(account.body, /mario\.rossi@comune\.test/);
  assert.deepEqual(await auditActions(tenant.id, user.id), ['login']);
});

test('a wrong password and an unknown e-mail get the same generic answer', async () => {
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['editor'] });
  const wrong = await postLogin(tenant, { email: user.email, password: 'not-the-password' });
  const unknown = await postLogin(tenant, { email: 'nessuno@comune.test', password: 'whatever-password' });
  for (const res of [wrong, unknown]) {
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Indirizzo e-mail o password non corretti/);
    assert.ok(!res.cookies.some((c) => c.name === 'cmp_session' && c.value));
  }
  assert.deepEqual(await auditActions(tenant.id, user.id), ['login.failed']);
});

test('an inactive account cannot log in', async () => {
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['admin'], active: false });
  const res = await postLogin(tenant, { email: user.email, password: user.password });
  assert.equal(res.statusCode, 401);
  assert.match(res.body, /Indirizzo e-mail o password non corretti/);
});

test('the form explains missing fields in Italian', async () => {
  const tenant = await createTestTenant();
  const res = await postLogin(tenant, { email: '', password: '' });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Campo obbligatorio/);
  assert.match(res.body, /href="#f-email"/);
});

test('five wrong passwords lock the account for 15 minutes, even against the right password', async () => {
  const { ctx } = await testApp();
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['urp_operator'] });
  for (let i = 0; i < 5; i++) {
    const res = await postLogin(tenant, { email: user.email, password: `wrong-${i}` });
    assert.equal(res.statusCode, 401);
  }
  const [row] = await ctx.database.db
    .select({ lockedUntil: staffUsers.lockedUntil, failedLogins: staffUsers.failedLogins })
    .from(staffUsers)
    .where(eq(staffUsers.id, user.id));
  assert.ok(row?.lockedUntil);
  const minutes = (row.lockedUntil.getTime() - Date.now()) / 60_000;
  assert.ok(minutes > 14 && minutes <= 15, `locked for ${minutes} minutes`);
  const locked = await postLogin(tenant, { email: user.email, password: user.password });
  assert.equal(locked.statusCode, 401);
  assert.match(locked.body, /Indirizzo e-mail o password non corretti/, 'no hint that the account exists');
  const actions = await auditActions(tenant.id, user.id);
  assert.equal(actions.filter((a) => a === 'login.failed').length, 5);
  assert.ok(actions.includes('login.locked'));

  // When the lock has expired the right password works again and the count starts afresh.
  await ctx.database.db
    .update(staffUsers)
    .set({ lockedUntil: new Date(Date.now() - 1000) })
    .where(eq(staffUsers.id, user.id));
  const again = await postLogin(tenant, { email: user.email, password: user.password });
  assert.equal(again.statusCode, 303);
});

test('one IP gets 429 after LOGIN_RATE_LIMIT attempts a minute, in the catalogue format', async () => {
  const { ctx } = await testApp();
  const tenant = await createTestTenant();
  const ip = randomIp();
  const limit = ctx.env.LOGIN_RATE_LIMIT;
  for (let i = 0; i < limit; i++) {
    const res = await postLogin(tenant, { email: 'x@comune.test', password: 'whatever-pass' }, { ip });
    assert.equal(res.statusCode, 401);
  }
  const json = await postLogin(
    tenant,
    { email: 'x@comune.test', password: 'whatever-pass' },
    { ip, accept: 'application/json' },
  );
  assert.equal(json.statusCode, 429);
  assert.equal(json.json().error.code, 'RATE_LIMITED');
  assert.ok(json.headers['retry-after']);
  const html = await postLogin(tenant, { email: 'x@comune.test', password: 'whatever-pass' }, { ip });
  assert.equal(html.statusCode, 429);
  assert.match(html.headers['content-type'] as string, /text\/html/);
  assert.match(html.body, /Troppe richieste in poco tempo/);
  // Another address is not affected.
  const other = await postLogin(tenant, { email: 'x@comune.test', password: 'whatever-pass' });
  assert.equal(other.statusCode, 401);
});

test('a login POST without the CSRF token is refused with CSRF_INVALID', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['admin'] });
  const form = await csrfFor(app, tenant, '', '/backoffice/login');
  const res = await app.inject({
    method: 'POST',
    url: '/backoffice/login',
    headers: { host: tenant.host, cookie: form.cookie, ...FORM, accept: 'application/json' },
    payload: new URLSearchParams({ email: user.email, password: user.password }).toString(),
  });
  assert.equal(res.statusCode, 403);
  assert.equal(res.json().error.code, 'CSRF_INVALID');
  const forged = await app.inject({
    method: 'POST',
    url: '/backoffice/login',
    headers: { host: tenant.host, cookie: form.cookie, ...FORM },
    payload: new URLSearchParams({ _csrf: 'forged', email: user.email, password: user.password }).toString(),
  });
  assert.equal(forged.statusCode, 403);
  assert.match(forged.body, /La sessione del modulo è scaduta/);
});

test('?next= is honoured for back-office paths only', async () => {
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['admin'] });
  const cases: Array<[string, string]> = [
    ['/backoffice/utenti?role=admin', '/backoffice/utenti?role=admin'],
    ['https://evil.example/backoffice', '/backoffice'],
    ['//evil.example/backoffice', '/backoffice'],
    ['/backoffice/\\evil.example', '/backoffice'],
    ['/area-personale', '/backoffice'],
    ['/backofficeevil', '/backoffice'],
  ];
  for (const [next, expected] of cases) {
    const res = await postLogin(tenant, { email: user.email, password: user.password, next });
    assert.equal(res.statusCode, 303, next);
    assert.equal(res.headers.location, expected, next);
  }
});

test('an anonymous visitor of a back-office page is sent to login and back', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const res = await app.inject({ url: '/backoffice/utenti?q=rossi', headers: { host: tenant.host } });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/backoffice/login?next=%2Fbackoffice%2Futenti%3Fq%3Drossi');
  const page = await app.inject({ url: res.headers.location, headers: { host: tenant.host } });
  assert.match(page.body, /name="next" value="\/backoffice\/utenti\?q=rossi"/);
});

test('logout ends this session only; logout everywhere ends all of them', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['editor'] });
  const first = await loginAs(app, tenant, user.email, user.password);
  const second = await loginAs(app, tenant, user.email, user.password);
  const third = await loginAs(app, tenant, user.email, user.password);

  const out = await postForm(app, tenant, first, '/backoffice/logout', {});
  assert.equal(out.statusCode, 303);
  assert.equal(out.headers.location, '/backoffice/login?ok=logout');
  const afterLogout = await app.inject({
    url: '/backoffice/account',
    headers: { host: tenant.host, cookie: first },
  });
  assert.equal(afterLogout.statusCode, 303, 'the first session is gone');
  const stillIn = await app.inject({
    url: '/backoffice/account',
    headers: { host: tenant.host, cookie: second },
  });
  assert.equal(stillIn.statusCode, 200, 'the others are not');

  const everywhere = await postForm(app, tenant, second, '/backoffice/account/logout-everywhere', {});
  assert.equal(everywhere.statusCode, 303);
  assert.equal(everywhere.headers.location, '/backoffice/login?ok=everywhere');
  for (const cookie of [second, third]) {
    const res = await app.inject({ url: '/backoffice/account', headers: { host: tenant.host, cookie } });
    assert.equal(res.statusCode, 303);
  }
  const left = await ctx.database.db.select().from(sessions).where(eq(sessions.staffUserId, user.id));
  assert.equal(left.length, 0);
  const actions = await auditActions(tenant.id, user.id);
  assert.ok(actions.includes('logout'));
  assert.ok(actions.includes('staff_user.sessions_ended'));
});

test("a session cookie of one Comune is worthless on another Comune's host", async () => {
  const { app } = await testApp();
  const a = await createTestTenant(undefined, 'Comune di Alfa');
  const b = await createTestTenant(undefined, 'Comune di Beta');
  const user = await createStaffUser(a, { roles: ['admin'] });
  const cookie = await loginAs(app, a, user.email, user.password);
  const onA = await app.inject({ url: '/backoffice/utenti', headers: { host: a.host, cookie } });
  assert.equal(onA.statusCode, 200);
  const onB = await app.inject({ url: '/backoffice/utenti', headers: { host: b.host, cookie } });
  assert.equal(onB.statusCode, 303);
  assert.match(String(onB.headers.location), /^\/backoffice\/login/);
});

test('a user with a temporary password may only change it, then everything opens', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['admin'], mustChangePassword: true });
  const form = await csrfFor(app, tenant, '', '/backoffice/login');
  const login = await app.inject({
    method: 'POST',
    url: '/backoffice/login?x=1',
    remoteAddress: randomIp(),
    headers: { host: tenant.host, cookie: form.cookie, ...FORM },
    payload: new URLSearchParams({
      _csrf: form.token,
      email: user.email,
      password: user.password,
    }).toString(),
  });
  assert.equal(login.statusCode, 303);
  assert.equal(login.headers.location, '/backoffice/account/password');
  const cookie = mergeCookies(form.cookie, login);

  const elsewhere = await app.inject({ url: '/backoffice/utenti', headers: { host: tenant.host, cookie } });
  assert.equal(elsewhere.statusCode, 303);
  assert.equal(elsewhere.headers.location, '/backoffice/account/password');
  const post = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', { fullName: 'X' });
  assert.equal(post.statusCode, 403);
  const page = await app.inject({
    url: '/backoffice/account/password',
    headers: { host: tenant.host, cookie },
  });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /password temporanea/);

  const newPassword = 'una frase lunga e nuova';
  const bad = await postForm(app, tenant, cookie, '/backoffice/account/password', {
    currentPassword: user.password,
    newPassword: 'corta',
    confirmPassword: 'diversa',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /almeno 12 caratteri/);
  assert.match(bad.body, /Le due password non coincidono/);
  const sameAsEmail = await postForm(app, tenant, cookie, '/backoffice/account/password', {
    currentPassword: user.password,
    newPassword: user.email,
    confirmPassword: user.email,
  });
  assert.equal(sameAsEmail.statusCode, 400);
  assert.match(sameAsEmail.body, /non può coincidere con il tuo indirizzo e-mail/);

  const ok = await postForm(app, tenant, cookie, '/backoffice/account/password', {
    currentPassword: user.password,
    newPassword,
    confirmPassword: newPassword,
  });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/backoffice/account?ok=password');
  const open = await app.inject({ url: '/backoffice/utenti', headers: { host: tenant.host, cookie } });
  assert.equal(open.statusCode, 200);
  await loginAs(app, tenant, user.email, newPassword);
  assert.ok((await auditActions(tenant.id, user.id)).includes('staff_user.password_changed'));
});
