import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestTenant } from '../../../test/helpers/context.js';
import { fillTenant, tenantTables } from '../../../test/security/tenant-rows.js';
import { COMMANDS } from '../../cli/commands.js';
import { dbBackupCommand } from '../../cli/db-backup.js';
import { dbRestoreCommand } from '../../cli/db-restore.js';
import { loadEnv } from '../../config/env.js';
import { auditLog } from '../audit/schema.js';
import { BackupError, backupPostgres, restorePglite, restorePostgres } from './backup.js';
import { type Database, openDatabase, queryRows } from './client.js';
import { migrateDatabase } from './migrate.js';

/** Row count and a digest of the content of every table of the public schema. */
async function snapshot(database: Database): Promise<Record<string, { rows: number; digest: string }>> {
  const tables = await queryRows<{ table_name: string }>(
    database.db,
    sql`select table_name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const out: Record<string, { rows: number; digest: string }> = {};
  for (const { table_name: table } of tables) {
    const [row] = await queryRows<{ rows: number; digest: string }>(
      database.db,
      sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
            from ${sql.identifier(table)} t`,
    );
    out[table] = row ?? { rows: 0, digest: '' };
  }
  return out;
}

/** Two Comuni with rows in every tenant table, so every table has something to carry over. */
async function populate(database: Database): Promise<void> {
  for (const name of ['Comune di Primo', 'Comune di Secondo']) {
    const tenant = await createTestTenant(database, name);
    await fillTenant(database, tenant.id, `BACKUP-${tenant.slug}`);
  }
}

function assertCarriedOver(
  before: Awaited<ReturnType<typeof snapshot>>,
  after: Awaited<ReturnType<typeof snapshot>>,
  tenantTableNames: string[],
): void {
  assert.deepEqual(Object.keys(after), Object.keys(before), 'the same tables');
  for (const table of tenantTableNames)
    assert.ok((before[table]?.rows ?? 0) >= 2, `${table} has rows to carry`);
  for (const [table, expected] of Object.entries(before)) assert.deepEqual(after[table], expected, table);
}

async function capture<T>(work: () => Promise<T>): Promise<{ result: T; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string) => out.push(String(c)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => err.push(String(c)) > 0) as typeof process.stderr.write;
  try {
    return { result: await work(), out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

test('db backup and db restore are registered commands', () => {
  assert.equal(COMMANDS['db backup'], dbBackupCommand);
  assert.equal(COMMANDS['db restore'], dbRestoreCommand);
});

test('PGlite: backup, restore into a fresh data directory, same data; --force keeps the old one aside', async () => {
  const source = mkdtempSync(join(tmpdir(), 'campanile-backup-src-'));
  const target = mkdtempSync(join(tmpdir(), 'campanile-backup-dst-'));
  const file = join(mkdtempSync(join(tmpdir(), 'campanile-backup-file-')), 'nested', 'campanile.tar.gz');

  // The source is built in memory and written to disk by a restore: a new on-disk PGlite costs ~6 s
  // of initdb here, an in-memory one ~2.5 s.
  const database = await openDatabase({});
  await migrateDatabase(database);
  await populate(database);
  const before = await snapshot(database);
  const tables = await tenantTables(database.db);
  const seed = join(source, 'seed.tar.gz');
  writeFileSync(seed, new Uint8Array(await (await database.pglite!.dumpDataDir('gzip')).arrayBuffer()));
  await database.close();
  await restorePglite(seed, join(source, 'pglite'));

  const sourceEnv = loadEnv({ DATA_DIR: source, LOG_LEVEL: 'silent' });
  const backup = await capture(() => dbBackupCommand.run([file], sourceEnv));
  assert.equal(backup.result, 0, backup.err);
  assert.match(backup.out, /PGlite backup \(tar\.gz of the data directory\) written to .*campanile\.tar\.gz/);
  assert.ok(existsSync(file));
  assert.deepEqual(
    readdirSync(join(file, '..')).filter((f) => f.includes('.partial-')),
    [],
    'no partial file left',
  );

  const targetEnv = loadEnv({ DATA_DIR: target, LOG_LEVEL: 'silent' });
  const restore = await capture(() => dbRestoreCommand.run([file], targetEnv));
  assert.equal(restore.result, 0, restore.err);
  const restored = await openDatabase({ dataDir: join(target, 'pglite') });
  try {
    await migrateDatabase(restored); // nothing pending: the migrations table came along
    assertCarriedOver(before, await snapshot(restored), tables);
    // Sequences came along too: a new audit row does not collide with a restored one.
    await restored.db.insert(auditLog).values({
      tenantId: (await queryRows<{ id: string }>(restored.db, sql`select id from tenant limit 1`))[0]!.id,
      actorKind: 'system',
      action: 'restore.checked',
      entity: 'test',
    });
  } finally {
    await restored.close();
  }

  // A second restore onto the now non-empty directory is refused, then done with --force.
  const refused = await capture(() => dbRestoreCommand.run([file], targetEnv));
  assert.equal(refused.result, 1);
  assert.match(refused.err, /already holds a database: stop Campanile and pass --force/);
  const forced = await capture(() => dbRestoreCommand.run([file, '--force'], targetEnv));
  assert.equal(forced.result, 0, forced.err);
  const aside = /moved to (.*before-restore-\d{8}-\d{6})\./.exec(forced.out)?.[1];
  assert.ok(aside && existsSync(join(aside, 'PG_VERSION')), forced.out);
  const again = await openDatabase({ dataDir: join(target, 'pglite') });
  try {
    assertCarriedOver(before, await snapshot(again), tables);
  } finally {
    await again.close();
  }
});

test('PGlite: a file that is not a backup is refused and the database stays as it was', async () => {
  const target = mkdtempSync(join(tmpdir(), 'campanile-backup-bad-'));
  const bogus = join(target, 'bogus.tar.gz');
  writeFileSync(bogus, 'not a backup');
  await assert.rejects(restorePglite(bogus, join(target, 'pglite')), /is not a PGlite backup/);
  const truncated = join(target, 'truncated.tar.gz');
  writeFileSync(truncated, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
  await assert.rejects(restorePglite(truncated, join(target, 'pglite')), BackupError);
  assert.equal(existsSync(join(target, 'pglite', 'PG_VERSION')), false);
  await assert.rejects(
    restorePglite(join(target, 'missing.tar.gz'), join(target, 'pglite')),
    /does not exist/,
  );
  const usage = await capture(() => dbBackupCommand.run([], loadEnv({ DATA_DIR: target })));
  assert.equal(usage.result, 2);
  assert.match(usage.err, /Usage: campanile db backup <file>/);
});

test('PostgreSQL: pg_dump, pg_restore into a scratch database, same data (when DATABASE_URL is set)', async (t) => {
  const url = process.env.DATABASE_URL;
  if (!url) {
    t.diagnostic('DATABASE_URL not set: the PostgreSQL path runs in the PostgreSQL pass of the suite');
    return;
  }
  const admin = await openDatabase({ url, poolSize: 1 });
  const suffix = Math.random().toString(36).slice(2, 10);
  const names = { source: `campanile_backup_${suffix}`, target: `campanile_restore_${suffix}` };
  const at = (name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.href;
  };
  for (const name of Object.values(names)) await admin.db.execute(sql.raw(`create database ${name}`));
  const file = join(mkdtempSync(join(tmpdir(), 'campanile-pgdump-')), 'campanile.dump');
  try {
    const source = await openDatabase({ url: at(names.source), poolSize: 2 });
    let before: Awaited<ReturnType<typeof snapshot>>;
    let tables: string[];
    try {
      await migrateDatabase(source);
      await populate(source);
      before = await snapshot(source);
      tables = await tenantTables(source.db);
    } finally {
      await source.close();
    }
    const backup = await backupPostgres(at(names.source), file);
    assert.equal(backup.kind, 'postgres');
    assert.ok(backup.bytes > 1000);
    await assert.rejects(restorePglite(file, join(tmpdir(), `never-${suffix}`)), /it is a PostgreSQL dump/);

    await restorePostgres(file, at(names.target));
    const target = await openDatabase({ url: at(names.target), poolSize: 2 });
    try {
      assertCarriedOver(before, await snapshot(target), tables);
      await migrateDatabase(target);
      assert.equal(target.rls, true, 'row-level security still in force after the restore');
      const policies = await queryRows<{ n: number }>(
        target.db,
        sql`select count(*)::int as n from pg_policies where policyname = 'tenant_isolation'`,
      );
      assert.equal(policies[0]?.n, tables.length);
    } finally {
      await target.close();
    }
    // Restoring over a database with tables needs --force, which replaces its contents.
    await assert.rejects(restorePostgres(file, at(names.target)), /already has tables: .* --force/);
    await restorePostgres(file, at(names.target), { force: true });
    const again = await openDatabase({ url: at(names.target), poolSize: 1 });
    try {
      assertCarriedOver(before, await snapshot(again), tables);
    } finally {
      await again.close();
    }
  } finally {
    for (const name of Object.values(names))
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  }
});
