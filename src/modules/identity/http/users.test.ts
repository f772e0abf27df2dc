import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { createStaffUser, createTestOffice, loginAs, postForm } from '../../../../test/helpers/staff.js';
import { auditLog } from '../../../platform/audit/schema.js';
import type { AppError } from '../../../platform/errors/catalogue.js';
import { officeMembers } from '../../offices/index.js';
import { updateStaffUser } from '../commands/update-staff-user.js';
import { sessions, staffUsers } from '../schema.js';

async function adminOf(tenant: TestTenant) {
  const { app } = await testApp();
  const admin = await createStaffUser(tenant, { roles: ['admin'], fullName: 'Anna Amministratrice' });
  const cookie = await loginAs(app, tenant, admin.email, admin.password);
  return { admin, cookie };
}

async function get(tenant: TestTenant, cookie: string, url: string) {
  const { app } = await testApp();
  return app.inject({ url, headers: { host: tenant.host, cookie } });
}

async function lastAudit(tenantId: string, entityId: string) {
  const { ctx } = await testApp();
  const [row] = await ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

/** Names in table order, as the list page shows them. */
function namesIn(html: string): string[] {
  return [...html.matchAll(/<a href="\/backoffice\/utenti\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map(
    (m) => m[1] ?? '',
  );
}

test('the users pages are for administrators: an editor gets 403, and no menu entry', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const editor = await createStaffUser(tenant, { roles: ['editor'] });
  const cookie = await loginAs(app, tenant, editor.email, editor.password);
  for (const url of ['/backoffice/utenti', '/backoffice/utenti/nuovo', '/backoffice/ruoli']) {
    const res = await get(tenant, cookie, url);
    assert.equal(res.statusCode, 403, url);
    assert.match(res.body, /Non hai i permessi per questa operazione/);
  }
  const post = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', { fullName: 'X' });
  assert.equal(post.statusCode, 403);
  const account = await get(tenant, cookie, '/backoffice/account');
  assert.equal(account.statusCode, 200);
  assert.doesNotMatch(account.body, /href="\/backoffice\/utenti"/);
  assert.match(account.body, /href="\/backoffice\/account"/);

  const { cookie: adminCookie } = await adminOf(tenant);
  const adminPage = await get(tenant, adminCookie, '/backoffice/account');
  assert.match(adminPage.body, /href="\/backoffice\/utenti"/);
});

test('the users list filters by text, role and status, sorts, and pages by 25', async () => {
  const tenant = await createTestTenant();
  const { cookie } = await adminOf(tenant);
  for (let i = 0; i < 27; i++)
    await createStaffUser(tenant, {
      roles: ['office_operator'],
      fullName: `Operatore ${String(i).padStart(2, '0')}`,
      email: `operatore${i}@comune.test`,
      password: 'password-di-prova',
    });
  await createStaffUser(tenant, {
    roles: ['contractor'],
    fullName: 'Zeno Zanella',
    company: 'Strade Srl',
    active: false,
  });
  await createStaffUser(tenant, {
    roles: ['editor'],
    fullName: 'Bianca Bianchi',
    email: 'redazione@comune.test',
  });

  const all = await get(tenant, cookie, '/backoffice/utenti');
  assert.equal(all.statusCode, 200);
  assert.match(all.body, /30 risultati/);
  const first = namesIn(all.body);
  assert.equal(first.length, 25);
  assert.equal(first[0], 'Anna Amministratrice');
  assert.equal(first[1], 'Bianca Bianchi');
  assert.match(all.body, /href="\/backoffice\/utenti\?page=2"/);
  const second = namesIn((await get(tenant, cookie, '/backoffice/utenti?page=2')).body);
  assert.equal(second.length, 5);
  assert.equal(second.at(-1), 'Zeno Zanella');

  const byText = await get(tenant, cookie, '/backoffice/utenti?q=REDAZIONE');
  assert.deepEqual(namesIn(byText.body), ['Bianca Bianchi']);
  assert.match(byText.body, /1 risultati|1 risultato/);
  const wildcard = await get(tenant, cookie, '/backoffice/utenti?q=%25');
  assert.deepEqual(namesIn(wildcard.body), [], '% is a character, not a wildcard');

  const byRole = await get(tenant, cookie, '/backoffice/utenti?role=contractor');
  assert.deepEqual(namesIn(byRole.body), ['Zeno Zanella']);
  assert.match(byRole.body, /Strade Srl/);
  const inactive = await get(tenant, cookie, '/backoffice/utenti?active=no');
  assert.deepEqual(namesIn(inactive.body), ['Zeno Zanella']);
  const activeOps = await get(
    tenant,
    cookie,
    '/backoffice/utenti?active=yes&role=office_operator&sort=-name',
  );
  const names = namesIn(activeOps.body);
  assert.equal(names[0], 'Operatore 26');
  assert.match(activeOps.body, /aria-sort="descending"/);
  assert.match(
    activeOps.body,
    /href="\/backoffice\/utenti\?role=office_operator&active=yes&sort=-name&page=2"/,
  );

  const byEmail = namesIn((await get(tenant, cookie, '/backoffice/utenti?sort=email')).body);
  assert.equal(byEmail[0], 'Operatore 00');
  const byLogin = namesIn((await get(tenant, cookie, '/backoffice/utenti?sort=-lastLogin')).body);
  assert.equal(byLogin[0], 'Anna Amministratrice', 'the only one who logged in comes first');

  const bad = await get(tenant, cookie, '/backoffice/utenti?sort=password');
  assert.equal(bad.statusCode, 400);
});

test('creating a user: Italian errors on every invalid field', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const { admin, cookie } = await adminOf(tenant);
  const empty = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', {
    fullName: '',
    email: 'non-una-mail',
    passwordMode: 'temporary',
  });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Il modulo contiene 2 errori/);
  assert.match(empty.body, /Nome e cognome: Campo obbligatorio/);
  assert.match(empty.body, /Inserisci un indirizzo e-mail valido/);
  assert.match(empty.body, /value="non-una-mail"/, 'the values are kept');

  const rules = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', {
    fullName: 'Carla Conti',
    email: admin.email.toUpperCase(),
    roles: ['contractor'],
    company: '',
    passwordMode: 'set',
    password: 'corta',
  });
  assert.equal(rules.statusCode, 400);
  assert.match(rules.body, /Esiste già un utente con questo indirizzo e-mail/);
  assert.match(rules.body, /Indica la ditta per cui lavora/);
  assert.match(rules.body, /La password deve avere almeno 12 caratteri/);

  const noRole = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', {
    fullName: 'Carla Conti',
    email: 'carla.conti@comune.test',
    passwordMode: 'temporary',
  });
  assert.equal(noRole.statusCode, 400);
  assert.match(noRole.body, /Scegli almeno un ruolo/);
  const bogusRole = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', {
    fullName: 'Carla Conti',
    email: 'carla.conti@comune.test',
    roles: ['superuser'],
    passwordMode: 'temporary',
  });
  assert.equal(bogusRole.statusCode, 400);
});

test('creating a user with a temporary password shows it once; the user must change it', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const { cookie } = await adminOf(tenant);
  const officeId = await createTestOffice(tenant, 'Ufficio Tributi');
  const form = await get(tenant, cookie, '/backoffice/utenti/nuovo');
  assert.match(form.body, /Operatore URP — /, 'roles come with a description');
  assert.match(form.body, /Ufficio Tributi/);

  const res = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', {
    fullName: '  Davide   De Luca ',
    email: 'Davide.DeLuca@Comune.test',
    roles: ['office_operator', 'urp_operator'],
    officeIds: [officeId],
    passwordMode: 'temporary',
  });
  assert.equal(res.statusCode, 200);
  const temporary = /user-select-all mb-2">([^<]+)</.exec(res.body)?.[1] ?? '';
  assert.match(temporary, /^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
  assert.equal(res.headers['cache-control'], 'no-store');

  const [row] = await ctx.database.db
    .select()
    .from(staffUsers)
    .where(eq(staffUsers.email, 'davide.deluca@comune.test'));
  assert.ok(row);
  assert.equal(row.fullName, 'Davide De Luca');
  assert.deepEqual(row.roles, ['urp_operator', 'office_operator']);
  assert.equal(row.mustChangePassword, true);
  const members = await ctx.database.db
    .select()
    .from(officeMembers)
    .where(eq(officeMembers.staffUserId, row.id));
  assert.deepEqual(
    members.map((m) => m.officeId),
    [officeId],
  );
  const audit = await lastAudit(tenant.id, row.id);
  assert.equal(audit?.action, 'staff_user.created');
  assert.equal(audit?.actorName, 'Anna Amministratrice');
  const changes = audit?.changes as Record<string, [unknown, unknown]>;
  assert.deepEqual(changes.email, [null, 'davide.deluca@comune.test']);
  assert.deepEqual(changes.passwordHash, ['***', '***']);
  assert.doesNotMatch(JSON.stringify(changes), new RegExp(temporary));

  const userCookie = await loginAs(app, tenant, 'davide.deluca@comune.test', temporary);
  const blocked = await get(tenant, userCookie, '/backoffice/account');
  assert.equal(blocked.headers.location, '/backoffice/account/password');

  const withPassword = await postForm(app, tenant, cookie, '/backoffice/utenti/nuovo', {
    fullName: 'Elena Esposito',
    email: 'elena@comune.test',
    roles: ['executive'],
    passwordMode: 'set',
    password: 'una password scelta ora',
  });
  assert.equal(withPassword.statusCode, 303);
  assert.match(String(withPassword.headers.location), /^\/backoffice\/utenti\/[0-9a-f-]{36}\?ok=created$/);
  const shown = await get(tenant, cookie, String(withPassword.headers.location));
  assert.match(shown.body, /Utente creato/);
  await loginAs(app, tenant, 'elena@comune.test', 'una password scelta ora');
});

test('editing a user: changes audited with a diff; deactivation ends their sessions', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const { cookie } = await adminOf(tenant);
  const user = await createStaffUser(tenant, { roles: ['editor'], fullName: 'Franco Ferri' });
  const userCookie = await loginAs(app, tenant, user.email, user.password);
  const url = `/backoffice/utenti/${user.id}`;
  const page = await get(tenant, cookie, url);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /value="Franco Ferri"/);

  const saved = await postForm(app, tenant, cookie, url, {
    fullName: 'Franco Ferri',
    email: user.email,
    roles: ['editor', 'executive'],
    active: '1',
  });
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `${url}?ok=saved`);
  let audit = await lastAudit(tenant.id, user.id);
  assert.equal(audit?.action, 'staff_user.updated');
  assert.deepEqual(audit?.changes, { roles: [['editor'], ['editor', 'executive']] });
  assert.equal((await get(tenant, userCookie, '/backoffice/account')).statusCode, 200, 'still logged in');

  const off = await postForm(app, tenant, cookie, url, {
    fullName: 'Franco Ferri',
    email: user.email,
    roles: ['editor', 'executive'],
  });
  assert.equal(off.statusCode, 303);
  audit = await lastAudit(tenant.id, user.id);
  assert.deepEqual((audit?.changes as Record<string, unknown> | undefined)?.active, [true, false]);
  const left = await ctx.database.db.select().from(sessions).where(eq(sessions.staffUserId, user.id));
  assert.equal(left.length, 0);
  assert.equal((await get(tenant, userCookie, '/backoffice/account')).statusCode, 303, 'logged out');
  await assert.rejects(loginAs(app, tenant, user.email, user.password));

  const other = await createStaffUser(tenant, { roles: ['editor'] });
  const clash = await postForm(app, tenant, cookie, url, {
    fullName: 'Franco Ferri',
    email: other.email.toUpperCase(),
    roles: ['editor'],
  });
  assert.equal(clash.statusCode, 400);
  assert.match(clash.body, /Esiste già un utente con questo indirizzo e-mail/);
  assert.equal(
    (await get(tenant, cookie, '/backoffice/utenti/00000000-0000-4000-8000-000000000000')).statusCode,
    404,
  );
  assert.equal((await get(tenant, cookie, '/backoffice/utenti/non-un-id')).statusCode, 404);
});

test('an administrator cannot demote or deactivate themselves, nor the last active administrator', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const { admin, cookie } = await adminOf(tenant);
  const self = `/backoffice/utenti/${admin.id}`;
  const demoteSelf = await postForm(app, tenant, cookie, self, {
    fullName: admin.fullName,
    email: admin.email,
    roles: ['editor'],
    active: '1',
  });
  assert.equal(demoteSelf.statusCode, 400);
  assert.match(demoteSelf.body, /Non puoi togliere a te stesso il ruolo di amministratore/);
  const deactivateSelf = await postForm(app, tenant, cookie, self, {
    fullName: admin.fullName,
    email: admin.email,
    roles: ['admin'],
  });
  assert.equal(deactivateSelf.statusCode, 400);
  assert.match(deactivateSelf.body, /Non puoi disattivare il tuo stesso account/);

  // A second administrator, whom the first demotes: allowed while the first remains.
  const second = await createStaffUser(tenant, { roles: ['admin'] });
  const demoteOther = await postForm(app, tenant, cookie, `/backoffice/utenti/${second.id}`, {
    fullName: second.fullName,
    email: second.email,
    roles: ['editor'],
    active: '1',
  });
  assert.equal(demoteOther.statusCode, 303);

  // Deactivating another administrator is fine while one remains.
  const third = await createStaffUser(tenant, { roles: ['admin'] });
  const thirdCookie = await loginAs(app, tenant, third.email, third.password);
  const offFirst = await postForm(app, tenant, thirdCookie, self, {
    fullName: admin.fullName,
    email: admin.email,
    roles: ['admin'],
  });
  assert.equal(offFirst.statusCode, 303);

  // Now `third` is the only active administrator (an inactive one does not count). Through the pages
  // only they could demote themselves, which the self guard stops; the last-admin guard covers the
  // command itself (a race between two administrators, or a future non-admin holder of users.manage).
  await createStaffUser(tenant, { roles: ['admin'], active: false });
  const { ctx } = await testApp();
  await assert.rejects(
    updateStaffUser(
      ctx.database,
      tenant.id,
      { id: second.id, kind: 'staff', name: 'Altro', ip: null, requestId: null },
      third.id,
      {
        fullName: third.fullName,
        email: third.email,
        roles: ['editor'],
        officeIds: [],
        company: '',
        active: true,
      },
    ),
    (err: AppError) =>
      err.fields.some((f) => f.path === 'roles' && f.message === 'identity.users.errors.lastAdmin'),
  );
  await assert.rejects(
    updateStaffUser(
      ctx.database,
      tenant.id,
      { id: second.id, kind: 'staff', name: 'Altro', ip: null, requestId: null },
      third.id,
      {
        fullName: third.fullName,
        email: third.email,
        roles: ['admin'],
        officeIds: [],
        company: '',
        active: false,
      },
    ),
    (err: AppError) =>
      err.fields.some((f) => f.path === 'active' && f.message === 'identity.users.errors.lastAdmin'),
  );
});

test('resetting a password shows a temporary one once, ends sessions and unlocks the account', async () => {
  const { app, ctx } = await testApp();
  const tenant = await createTestTenant();
  const { admin, cookie } = await adminOf(tenant);
  const user = await createStaffUser(tenant, { roles: ['urp_operator'] });
  const userCookie = await loginAs(app, tenant, user.email, user.password);
  await ctx.database.db
    .update(staffUsers)
    .set({ lockedUntil: new Date(Date.now() + 600_000) })
    .where(eq(staffUsers.id, user.id));
  const res = await postForm(app, tenant, cookie, `/backoffice/utenti/${user.id}/password`, {});
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Password reimpostata/);
  const temporary = /user-select-all mb-2">([^<]+)</.exec(res.body)?.[1] ?? '';
  assert.ok(temporary.length >= 12);
  assert.equal((await get(tenant, userCookie, '/backoffice/account')).statusCode, 303, 'old session ended');
  await assert.rejects(loginAs(app, tenant, user.email, user.password), 'the old password is gone');
  const fresh = await loginAs(app, tenant, user.email, temporary);
  assert.equal(
    (await get(tenant, fresh, '/backoffice/account')).headers.location,
    '/backoffice/account/password',
  );
  const audit = await ctx.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'staff_user.password_reset')));
  assert.equal(audit.length, 1);

  const disconnect = await postForm(app, tenant, cookie, `/backoffice/utenti/${user.id}/disconnetti`, {});
  assert.equal(disconnect.statusCode, 303);
  assert.equal(disconnect.headers.location, `/backoffice/utenti/${user.id}?ok=sessionsEnded`);
  assert.equal((await get(tenant, fresh, '/backoffice/account/password')).statusCode, 303);
  const selfReset = await postForm(app, tenant, cookie, `/backoffice/utenti/${admin.id}/password`, {});
  assert.equal(selfReset.headers.location, '/backoffice/account/password');
});

test('the roles page lists every role with its description and active users', async () => {
  const tenant = await createTestTenant();
  const { cookie } = await adminOf(tenant);
  await createStaffUser(tenant, { roles: ['editor'] });
  await createStaffUser(tenant, { roles: ['editor'], active: false });
  const res = await get(tenant, cookie, '/backoffice/ruoli');
  assert.equal(res.statusCode, 200);
  for (const label of [
    'Amministratore',
    'Operatore URP',
    'Operatore ufficio',
    'Ditta esterna',
    'Redattore comunicazione',
    'Giunta',
  ])
    assert.match(res.body, new RegExp(label));
  assert.match(res.body, /href="\/backoffice\/utenti\?role=editor&active=yes">1</);
});
