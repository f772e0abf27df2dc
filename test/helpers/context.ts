import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadEnv } from '../../src/config/env.js';
import { createTenant } from '../../src/modules/tenancy/index.js';
import type { AppContext } from '../../src/platform/context.js';
import { type Database, openDatabase } from '../../src/platform/db/client.js';
import { migrateDatabase } from '../../src/platform/db/migrate.js';
import type { Jobs } from '../../src/platform/jobs/jobs.js';
import { createLogger } from '../../src/platform/log/logger.js';
import { LocalStorage } from '../../src/platform/storage/storage.js';

/**
 * One database per test process: in-memory PGlite by default, or the PostgreSQL named by
 * DATABASE_URL (CI creates a fresh database per run). Tests never share a tenant, so they never need
 * to clean up after each other.
 */
let shared: Promise<Database> | undefined;

export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const database = await openDatabase({ url: process.env.DATABASE_URL, poolSize: 5 });
    await migrateDatabase(database);
    return database;
  })();
  return shared;
}

/** Jobs sent during a test are recorded, not run: tests call handlers directly when they need to. */
export class RecordingJobs implements Jobs {
  readonly sent: Array<{ name: string; data: object }> = [];
  async send(name: string, data: object = {}): Promise<void> {
    this.sent.push({ name, data });
  }
}

export async function testContext(overrides: Record<string, string> = {}): Promise<AppContext> {
  const dataDir = mkdtempSync(join(tmpdir(), 'campanile-test-'));
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    ...overrides,
  });
  return {
    env,
    database: await testDatabase(),
    log: createLogger(env.LOG_LEVEL),
    jobs: new RecordingJobs(),
    storage: new LocalStorage(join(dataDir, 'files')),
    secret: env.SESSION_SECRET ?? '',
  };
}

let appPromise: Promise<{ app: FastifyInstance; ctx: AppContext }> | undefined;

/** The application under test, built once per process (route registration is the slow part). */
export function testApp(): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  appPromise ??= (async () => {
    const ctx = await testContext();
    const app = await buildApp(ctx);
    await app.ready();
    return { app, ctx };
  })();
  return appPromise;
}

export interface TestTenant {
  id: string;
  host: string;
  slug: string;
  name: string;
}

/** A fresh Comune with its own host name, so every test is isolated from every other. */
export async function createTestTenant(database?: Database, name = 'Comune di Prova'): Promise<TestTenant> {
  const db = database ?? (await testDatabase());
  const slug = `t-${randomUUID().slice(0, 12)}`;
  const host = `${slug}.test.localhost`;
  const id = await createTenant(db, {
    slug,
    name,
    shortName: name.replace(/^Comune di /, ''),
    istatCode: '001999',
    fiscalCode: '00000000000',
    province: 'TO',
    region: 'Piemonte',
    address: 'Piazza Municipio 1',
    hostnames: [host],
  });
  return { id, host, slug, name };
}
