import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createTestTenant, testApp, testDatabase } from '../../test/helpers/context.js';
import { loginAs } from '../../test/helpers/staff.js';
import { loadEnv } from '../config/env.js';
import { staffUsers } from '../modules/identity/index.js';
import { auditLog } from '../platform/audit/schema.js';
import { openDatabase } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { adminCreateCommand, createAdmin, parseAdminCreateArgs } from './admin-create.js';
import { COMMANDS } from './commands.js';

test('admin create is a registered command', () => {
  assert.equal(COMMANDS['admin create'], adminCreateCommand);
});

test('admin create reads its flags and rejects bad usage', () => {
  const ok = parseAdminCreateArgs([
    '--tenant',
    'roccabella',
    '--email',
    'sindaco@comune.it',
    '--name',
    'Maria Neri',
  ]);
  assert.deepEqual(ok, {
    ok: true,
    input: { tenant: 'roccabella', email: 'sindaco@comune.it', name: 'Maria Neri' },
    passwordStdin: false,
  });
  const stdin = parseAdminCreateArgs(['--tenant=a', '--email=a@b.it', '--name=A B', '--password-stdin']);
  assert.equal(stdin.ok && stdin.passwordStdin, true);
  for (const args of [
    ['--tenant', 'a', '--email', 'a@b.it'],
    ['--tenant', 'a', '--email', 'not-an-email', '--name', 'A'],
    ['--tenant', 'a', '--email', 'a@b.it', '--name', 'A', '--role', 'admin'],
    ['--tenant', 'a', '--email', 'a@b.it', '--name', 'A', 'extra'],
  ]) {
    const parsed = parseAdminCreateArgs(args);
    assert.equal(parsed.ok, false, args.join(' '));
  }
});

test('bad usage exits with 2 before touching any database', async () => {
  const writes: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    writes.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await adminCreateCommand.run(['--tenant', 'x'], loadEnv({ DATA_DIR: '/nonexistent/never' }));
    assert.equal(code, 2);
  } finally {
    process.stderr.write = original;
  }
  assert.match(writes.join(''), /missing --email, --name/);
});

test('the first administrator gets a generated temporary password, printed once, and the admin role', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const outcome = await createAdmin(database, {
    tenant: tenant.slug,
    email: 'Sindaco@Comune.test',
    name: 'Maria Neri',
  });
  assert.equal(outcome.code, 0);
  assert.ok(outcome.code === 0 && outcome.generatedPassword && outcome.generatedPassword.length >= 16);
  const [row] = await database.db
    .select()
    .from(staffUsers)
    .where(and(eq(staffUsers.tenantId, tenant.id), eq(staffUsers.email, 'sindaco@comune.test')));
  assert.deepEqual(row?.roles, ['admin']);
  assert.equal(row?.mustChangePassword, true);
  assert.notEqual(row?.passwordHash, outcome.generatedPassword);
  const [audit] = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.entityId, row?.id ?? '')));
  assert.equal(audit?.action, 'staff_user.created');
  assert.equal(audit?.actorKind, 'system');

  const cookie = await loginAs(app, tenant, 'sindaco@comune.test', outcome.generatedPassword ?? '');
  const res = await app.inject({ url: '/backoffice/utenti', headers: { host: tenant.host, cookie } });
  assert.equal(res.headers.location, '/backoffice/account/password', 'first thing: choose a password');

  const again = await createAdmin(database, {
    tenant: tenant.slug,
    email: 'SINDACO@comune.test',
    name: 'Altra',
  });
  assert.deepEqual(again, {
    code: 1,
    message: `a staff account with e-mail SINDACO@comune.test already exists in ${tenant.slug}`,
  });
});

test('a password from standard input is used as given and checked against the policy', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const weak = await createAdmin(database, {
    tenant: tenant.slug,
    email: 'admin@comune.test',
    name: 'Ada Admin',
    password: 'corta',
  });
  assert.equal(weak.code, 1);
  assert.ok(weak.code === 1 && /at least 12 characters/.test(weak.message));
  const ok = await createAdmin(database, {
    tenant: tenant.slug,
    email: 'admin@comune.test',
    name: 'Ada Admin',
    password: 'una password scelta da me',
  });
  assert.equal(ok.code, 0);
  assert.equal(ok.code === 0 && ok.generatedPassword, null);
  const cookie = await loginAs(app, tenant, 'admin@comune.test', 'una password scelta da me');
  const res = await app.inject({ url: '/backoffice/utenti', headers: { host: tenant.host, cookie } });
  assert.equal(res.statusCode, 200);

  const unknown = await createAdmin(database, { tenant: 'nessun-comune', email: 'a@b.it', name: 'A' });
  assert.deepEqual(unknown, { code: 1, message: 'no Comune with slug "nessun-comune"' });
});

test('end to end on an embedded database: lockfile, one line of output, exit codes', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campanile-admin-'));
  const setup = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  await migrateDatabase(setup);
  const tenant = await createTestTenant(setup);
  await setup.close();

  const env = loadEnv({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string) => out.push(String(c)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => err.push(String(c)) > 0) as typeof process.stderr.write;
  let first: number;
  let second: number;
  try {
    const args = ['--tenant', tenant.slug, '--email', 'primo@comune.test', '--name', 'Primo Admin'];
    first = await adminCreateCommand.run(args, env);
    second = await adminCreateCommand.run(args, env);
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
  assert.equal(first, 0);
  assert.match(out.join(''), /Administrator primo@comune\.test created for Comune di Prova\./);
  assert.match(out.join(''), /Temporary password .*: [A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}\n$/);
  assert.equal(second, 1);
  assert.equal(
    err.join(''),
    `campanile admin create: a staff account with e-mail primo@comune.test already exists in ${tenant.slug}\n`,
  );
});
