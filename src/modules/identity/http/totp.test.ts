import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { generate, generateSecret } from 'otplib';
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

/** Password step only: returns the cookie of the pending session. */
async function passwordStep(
  tenant: { host: string; id: string },
  email: string,
  password: string,
  next = '',
) {
  const { app } = await testApp();
  const form = await csrfFor(app, tenant as never, '', '/backoffice/login');
  const res = await app.inject({
    method: 'POST',
    url: '/backoffice/login',
    remoteAddress: randomIp(),
    headers: { host: tenant.host, cookie: form.cookie, ...FORM },
    payload: new URLSearchParams({
      _csrf: form.token,
      email,
      password,
      ...(next ? { next } : {}),
    }).toString(),
  });
  assert.equal(res.statusCode, 303);
  return { res, cookie: mergeCookies(form.cookie, res) };
}

test('with TOTP on, the password alone opens only the code page; a good code opens a new session', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const secret = generateSecret();
  const user = await createStaffUser(tenant, { roles: ['admin'], totpSecret: secret });
  const { res, cookie } = await passwordStep(tenant, user.email, user.password, '/backoffice/utenti');
  assert.equal(res.headers.location, '/backoffice/login/verifica?next=%2Fbackoffice%2Futenti');
  const pendingToken = /cmp_session=([^;]+)/.exec(cookie)?.[1];

  // Half logged in: nothing of the back office answers.
  const blocked = await app.inject({ url: '/backoffice/utenti', headers: { host: tenant.host, cookie } });
  assert.equal(blocked.statusCode, 303);
  assert.match(String(blocked.headers.location), /^\/backoffice\/login/);
  const [pending] = await ctx.database.db.select().from(sessions).where(eq(sessions.staffUserId, user.id));
  assert.equal(pending?.pendingSecondFactor, true);
  assert.ok(pending.expiresAt.getTime() - Date.now() <= 10 * 60_000, 'a pending login is short-lived');

  const wrong = await postForm(
    app,
    tenant,
    cookie,
    '/backoffice/login/verifica',
    { code: '000000' },
    '/backoffice/login/verifica',
  );
  assert.equal(wrong.statusCode, 401);
  assert.match(wrong.body, /Il codice non è corretto o è scaduto/);

  const code = await generate({ secret });
  const ok = await postForm(
    app,
    tenant,
    cookie,
    '/backoffice/login/verifica',
    { code, next: '/backoffice/utenti' },
    '/backoffice/login/verifica',
  );
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/backoffice/utenti');
  const fullCookie = mergeCookies(cookie, ok);
  const fullToken = /cmp_session=([^;]+)/.exec(fullCookie)?.[1];
  assert.notEqual(fullToken, pendingToken, 'the session is rotated, not promoted');

  const rows = await ctx.database.db.select().from(sessions).where(eq(sessions.staffUserId, user.id));
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.pendingSecondFactor, false);
  const old = await app.inject({
    url: '/backoffice/login/verifica',
    headers: { host: tenant.host, cookie: `cmp_session=${pendingToken}` },
  });
  assert.equal(old.statusCode, 303);
  assert.equal(old.headers.location, '/backoffice/login', 'the pending cookie is dead');
  const page = await app.inject({
    url: '/backoffice/utenti',
    headers: { host: tenant.host, cookie: fullCookie },
  });
  assert.equal(page.statusCode, 200);
});

test('wrong TOTP codes count towards the lockout and end the pending login', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const secret = generateSecret();
  const user = await createStaffUser(tenant, { roles: ['editor'], totpSecret: secret });
  const { cookie } = await passwordStep(tenant, user.email, user.password);
  let last = await postForm(
    app,
    tenant,
    cookie,
    '/backoffice/login/verifica',
    { code: '111111' },
    '/backoffice/login/verifica',
  );
  for (let i = 1; i < 5; i++) {
    assert.equal(last.statusCode, 401);
    last = await postForm(
      app,
      tenant,
      cookie,
      '/backoffice/login/verifica',
      { code: '111111' },
      '/backoffice/login/verifica',
    );
  }
  assert.equal(last.statusCode, 401);
  assert.match(last.body, /Indirizzo e-mail o password non corretti/, 'back to the login form');
  const [row] = await ctx.database.db.select().from(staffUsers).where(eq(staffUsers.id, user.id));
  assert.ok(row?.lockedUntil && row.lockedUntil > new Date());
  const left = await ctx.database.db.select().from(sessions).where(eq(sessions.staffUserId, user.id));
  assert.equal(left.length, 0);
});

test('a staff member turns TOTP on (QR code, confirm with a code) and off (with the password)', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const user = await createStaffUser(tenant, { roles: ['office_operator'] });
  const cookie = await loginAs(app, tenant, user.email, user.password);

  const account = await app.inject({ url: '/backoffice/account', headers: { host: tenant.host, cookie } });
  assert.match(account.body, /Attiva la verifica in due passaggi/);
  const start = await postForm(app, tenant, cookie, '/backoffice/account/totp/nuovo', {});
  assert.equal(start.statusCode, 303);
  assert.equal(start.headers.location, '/backoffice/account/totp');

  const setup = await app.inject({ url: '/backoffice/account/totp', headers: { host: tenant.host, cookie } });
  assert.equal(setup.statusCode, 200);
  assert.match(setup.body, /<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
  assert.match(setup.body, /otpauth:\/\/totp\//);
  const [pending] = await ctx.database.db.select().from(staffUsers).where(eq(staffUsers.id, user.id));
  assert.equal(pending?.totpEnabled, false, 'not in force before confirmation');
  const secret = pending?.totpSecret ?? '';
  assert.match(setup.body, new RegExp(secret.slice(0, 4)));

  const wrong = await postForm(
    app,
    tenant,
    cookie,
    '/backoffice/account/totp',
    { code: '123' },
    '/backoffice/account/totp',
  );
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /Il codice non corrisponde/);
  const ok = await postForm(
    app,
    tenant,
    cookie,
    '/backoffice/account/totp',
    { code: await generate({ secret }) },
    '/backoffice/account/totp',
  );
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/backoffice/account?ok=totpEnabled');
  await assert.rejects(loginAs(app, tenant, user.email, user.password), /needs a TOTP code/);
  const again = await loginAs(app, tenant, user.email, user.password, { totpSecret: secret });

  const badPassword = await postForm(app, tenant, again, '/backoffice/account/totp/disattiva', {
    password: 'sbagliata-davvero',
  });
  assert.equal(badPassword.statusCode, 400);
  assert.match(badPassword.body, /La password attuale non è corretta/);
  const off = await postForm(app, tenant, again, '/backoffice/account/totp/disattiva', {
    password: user.password,
  });
  assert.equal(off.statusCode, 303);
  const [after] = await ctx.database.db.select().from(staffUsers).where(eq(staffUsers.id, user.id));
  assert.equal(after?.totpEnabled, false);
  assert.equal(after?.totpSecret, null);
  await loginAs(app, tenant, user.email, user.password);
  const actions = (
    await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.entityId, user.id)))
      .orderBy(auditLog.id)
  )
    .map((r) => r.action)
    .filter((a) => a.startsWith('staff_user.'));
  assert.deepEqual(actions, [
    'staff_user.totp_setup_started',
    'staff_user.totp_enabled',
    'staff_user.totp_disabled',
  ]);
});
