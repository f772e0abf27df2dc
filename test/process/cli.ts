import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/platform/db/client.js';
import { migrateDatabase } from '../../src/platform/db/migrate.js';

/** Helpers to run the real `campanile` command in a child process, as an operator would. */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  readonly exited: Promise<Exit>;
  /** Resolves with the listening URL (null without a web server) once "Campanile ready" is printed. */
  ready(timeoutMs?: number): Promise<string | null>;
  /** Sends SIGTERM (if still running) and waits for the exit. */
  stop(): Promise<Exit>;
}

/**
 * Spawns `node --import tsx src/main.ts <args>` with a clean configuration: only the variables given
 * in `env` (plus PATH and HOME), so the developer's own DATABASE_URL or PORT never leaks in.
 */
export function spawnCli(args: string[], env: Record<string, string | undefined>): CliProcess {
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    SESSION_SECRET: 'process-test-secret-'.padEnd(40, 'x'),
  };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString('utf8');
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString('utf8');
  });
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const self: CliProcess = {
    child,
    pid: child.pid ?? -1,
    stdout: () => out,
    stderr: () => err,
    exited,
    ready(timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`not ready in ${timeoutMs} ms\nstdout: ${out}\nstderr: ${err}`));
        }, timeoutMs);
        const poll = setInterval(() => {
          const line = out.split('\n').find((l) => l.startsWith('Campanile ready'));
          if (!line) return;
          clearInterval(poll);
          clearTimeout(timer);
          resolve(/listening on (http:\/\/\S+)/.exec(line)?.[1] ?? null);
        }, 50);
        void exited.then((exit) => {
          clearInterval(poll);
          clearTimeout(timer);
          reject(
            new Error(`exited (${exit.code ?? exit.signal}) before ready\nstdout: ${out}\nstderr: ${err}`),
          );
        });
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return self;
}

let template: Promise<string> | undefined;

/**
 * A DATA_DIR with a migrated PGlite database, copied from a template made once per test process
 * (creating an on-disk PGlite costs seconds; copying it, milliseconds).
 */
export async function preparedDataDir(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campanile-proc-template-'));
    const database = await openDatabase({ dataDir: join(dir, 'pglite') });
    await migrateDatabase(database);
    await database.close();
    return dir;
  })();
  const source = await template;
  const dir = mkdtempSync(join(tmpdir(), 'campanile-proc-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * The database for a server process: the PostgreSQL of DATABASE_URL when the suite runs on it, else a
 * fresh copy of the migrated PGlite template.
 */
export async function serverEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const dataDir = await preparedDataDir();
  const url = process.env.DATABASE_URL;
  return { DATA_DIR: dataDir, PORT: '0', ...(url ? { DATABASE_URL: url } : {}), ...extra };
}
