import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';
import { APP_ROLE } from './client.js';

/**
 * Backups of the whole database in the format native to each engine:
 * - PGlite: a gzipped tar of the data directory (`dumpDataDir('gzip')`), restored by creating a new
 *   PGlite from it (`loadDataDir`). Same PGlite version in, same out: it is a file-level copy.
 * - PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore --clean --if-exists --no-owner`.
 * The two formats are not interchangeable; moving between engines is a dump and a load of data, not this.
 */

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface BackupResult {
  kind: 'pglite' | 'postgres';
  file: string;
  bytes: number;
  ms: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];
/** pg_dump's custom format starts with these five bytes. */
const PGDMP_MAGIC = Buffer.from('PGDMP');

async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;
  try {
    await writeFile(temporary, data, { mode: 0o600 });
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new BackupError(
      err.code === 'ENOENT' ? `backup file ${file} does not exist` : `cannot read ${file}: ${err.message}`,
    );
  });
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function isEmptyDir(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (!statSync(dir).isDirectory()) throw new BackupError(`${dir} exists and is not a directory`);
  return readdirSync(dir).length === 0;
}

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

// ---------------------------------------------------------------------------------------------
// PGlite
// ---------------------------------------------------------------------------------------------

/** Writes a tar.gz of the PGlite database in `dataDir` to `file`. The caller holds the data-dir lock. */
export async function backupPglite(dataDir: string, file: string): Promise<BackupResult> {
  const started = performance.now();
  if (isEmptyDir(dataDir)) throw new BackupError(`there is no database in ${dataDir}`);
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  try {
    // A checkpoint first, so the tarball needs no WAL replay and is as small as it gets.
    await pglite.exec('checkpoint');
    const blob = await pglite.dumpDataDir('gzip');
    const data = new Uint8Array(await blob.arrayBuffer());
    await writeAtomically(file, data);
    return { kind: 'pglite', file: resolve(file), bytes: data.byteLength, ms: performance.now() - started };
  } finally {
    await pglite.close();
  }
}

export interface RestoreOptions {
  /** Replace a non-empty target (PGlite: the old directory is moved aside; PostgreSQL: --clean). */
  force?: boolean;
}

export interface RestoreResult {
  kind: 'pglite' | 'postgres';
  /** PGlite with --force: where the previous data directory went. */
  movedAside: string | null;
  ms: number;
}

/**
 * Recreates the PGlite database in `dataDir` from a tar.gz written by backupPglite. Refuses a non-empty
 * `dataDir` unless `force`, which moves it to `<dataDir>.before-restore-<timestamp>` (never deletes it).
 */
export async function restorePglite(
  file: string,
  dataDir: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const started = performance.now();
  const head = await readHead(file, 2);
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    const hint = (await readHead(file, 5)).equals(PGDMP_MAGIC)
      ? ' (it is a PostgreSQL dump: restore it with DATABASE_URL set)'
      : '';
    throw new BackupError(`${file} is not a PGlite backup (tar.gz)${hint}`);
  }
  const data = await readFile(file);
  let movedAside: string | null = null;
  if (!isEmptyDir(dataDir)) {
    if (!options.force)
      throw new BackupError(
        `${dataDir} already holds a database: stop Campanile and pass --force to replace it (the old directory is kept aside)`,
      );
    movedAside = `${dataDir}.before-restore-${timestamp()}`;
    renameSync(dataDir, movedAside);
  }
  try {
    await mkdir(dataDir, { recursive: true });
    const pglite = await PGlite.create(dataDir, {
      loadDataDir: new Blob([data]),
      extensions: { pg_trgm, unaccent },
    });
    try {
      await pglite.query('select 1');
    } finally {
      await pglite.close();
    }
  } catch (err) {
    // Put things back as they were: a failed restore leaves the previous database in place.
    await rm(dataDir, { recursive: true, force: true });
    if (movedAside) renameSync(movedAside, dataDir);
    throw new BackupError(`could not restore ${file}: ${(err as Error).message}`);
  }
  return { kind: 'pglite', movedAside, ms: performance.now() - started };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

/**
 * The connection for libpq tools: the URL without its password (which would show in `ps`), and the
 * password in PGPASSWORD.
 */
function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.href, env };
}

/** Throws a clear message when a PostgreSQL client tool is missing. */
export function requireTool(tool: 'pg_dump' | 'pg_restore'): string {
  const probe = spawnSync(tool, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    throw new BackupError(
      `${tool} was not found: install the PostgreSQL client tools of your server's major version ` +
        '(Debian/Ubuntu: apt-get install postgresql-client) and make sure it is on PATH',
    );
  return probe.stdout.trim();
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => reject(new BackupError(`${tool}: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new BackupError(`${tool} failed (exit ${code}): ${stderr.trim() || 'no message'}`));
    });
  });
}

/** `pg_dump --format=custom` of the database at `url` into `file` (written atomically). */
export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  const started = performance.now();
  requireTool('pg_dump');
  const { dbname, env } = libpqConnection(url);
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;
  try {
    await run('pg_dump', ['--format=custom', `--file=${temporary}`, `--dbname=${dbname}`], env);
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
  return { kind: 'postgres', file: target, bytes: statSync(target).size, ms: performance.now() - started };
}

/**
 * Restores a pg_dump custom-format file into the database at `url`, in one transaction. A database
 * that already has tables is replaced only with `force` (pg_restore --clean --if-exists). The role the
 * row-level-security policies name is created first when missing (a fresh server), if allowed.
 */
export async function restorePostgres(
  file: string,
  url: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const started = performance.now();
  const head = await readHead(file, 5);
  if (!head.equals(PGDMP_MAGIC)) {
    const hint =
      head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1] ? ' (it looks like a PGlite backup)' : '';
    throw new BackupError(`${file} is not a pg_dump custom-format file${hint}`);
  }
  requireTool('pg_restore');
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((err: Error) => {
    throw new BackupError(`cannot connect to the database: ${err.message}`);
  });
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from information_schema.tables where table_schema = 'public'`,
    );
    if (Number(rows[0]?.n) > 0 && !options.force)
      throw new BackupError(
        'the target database already has tables: stop Campanile and pass --force to replace its contents',
      );
    await client
      .query(
        `do $$ begin if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then create role ${APP_ROLE} nologin; end if; end $$`,
      )
      .catch(() => {});
  } finally {
    await client.end();
  }
  const { dbname, env } = libpqConnection(url);
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
  return { kind: 'postgres', movedAside: null, ms: performance.now() - started };
}
