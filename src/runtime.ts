import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp, declareModules, eventHandlers, MODULES } from './app.js';
import type { Env } from './config/env.js';
import { resolveSecret } from './config/secret.js';
import type { AppContext } from './platform/context.js';
import { type Database, openDatabase } from './platform/db/client.js';
import { migrateDatabase } from './platform/db/migrate.js';
import { JobQueue, type JobRole } from './platform/jobs/jobs.js';
import { OutboxDispatcher } from './platform/outbox/outbox.js';
import { acquireDataDirLock } from './platform/process/lockfile.js';
import { LocalStorage } from './platform/storage/storage.js';

export interface Runtime {
  ctx: AppContext;
  app: FastifyInstance | null;
  url: string | null;
  /**
   * Stops accepting work, finishes what is in flight, closes the database. Idempotent. With `drainMs`,
   * /readyz answers 503 first and requests are still served for that long, so a load balancer stops
   * sending new ones before the listener closes (a connection racing the close would be reset).
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/**
 * Opens the database (taking the PGlite lock when embedded), migrates, and starts the requested
 * services. Several processes may share one PostgreSQL; only one may own a PGlite directory.
 */
export async function openContext(
  env: Env,
  log: Logger,
  roles: ReadonlySet<JobRole>,
): Promise<{ ctx: AppContext; release: () => void; jobs: JobQueue }> {
  const release = env.DATABASE_URL ? () => {} : acquireDataDirLock(env.DATA_DIR);
  let database: Database | undefined;
  try {
    database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATABASE_URL ? undefined : join(env.DATA_DIR, 'pglite'),
    });
    await migrateDatabase(database);
    const jobs = new JobQueue(database, log.child({ component: 'jobs' }), roles, env.DATABASE_URL);
    const { secret, generated } = resolveSecret(env);
    if (generated)
      log.warn('SESSION_SECRET is not set: using a development secret stored in the data directory');
    const ctx: AppContext = {
      env,
      database,
      log,
      jobs,
      storage: new LocalStorage(join(env.DATA_DIR, 'files')),
      secret,
    };
    return { ctx, release, jobs };
  } catch (err) {
    await database?.close().catch(() => {});
    release();
    throw err;
  }
}

export async function startRuntime(env: Env, log: Logger, roles: ReadonlySet<JobRole>): Promise<Runtime> {
  const { ctx, release, jobs } = await openContext(env, log, roles);
  declareModules();
  let shuttingDown = false;
  let app: FastifyInstance | null = null;
  let dispatcher: OutboxDispatcher | null = null;
  let url: string | null = null;
  try {
    await jobs.start();
    await jobs.register(
      MODULES.flatMap((m) => m.jobs?.(ctx) ?? []),
      MODULES.flatMap((m) => m.schedules ?? []),
    );
    if (roles.has('worker')) {
      dispatcher = new OutboxDispatcher(ctx.database, eventHandlers(), log.child({ component: 'outbox' }));
      dispatcher.start();
    }
    if (roles.has('web')) {
      app = await buildApp(ctx, { isShuttingDown: () => shuttingDown });
      url = await app.listen({ host: env.HOST, port: env.PORT });
    }
  } catch (err) {
    // A port already taken (EADDRINUSE) lands here after the outbox started: stop it too, or its
    // timer keeps the process alive polling a closed database.
    await dispatcher?.stop().catch(() => {});
    await app?.close().catch(() => {});
    await jobs.stop(1000).catch(() => {});
    await ctx.database.close().catch(() => {});
    release();
    throw err;
  }

  let stopping: Promise<void> | null = null;
  const stop = (options: { drainMs?: number } = {}) => {
    stopping ??= (async () => {
      shuttingDown = true;
      if (app && options.drainMs) await new Promise((resolve) => setTimeout(resolve, options.drainMs));
      const timeout = env.SHUTDOWN_TIMEOUT_MS;
      // In-flight requests finish; new connections are refused (503 while closing).
      if (app) await closeGracefully(app, timeout);
      await dispatcher?.stop();
      await jobs.stop(timeout);
      await ctx.database.close();
      release();
    })();
    return stopping;
  };
  return { ctx, app, url, stop };
}

/**
 * Closes the web server, letting in-flight responses finish. Node closes the keep-alive connections
 * that are idle when close() starts, but not those that turn idle afterwards (a browser keeps them for
 * minutes), which would hold the process until the forced exit: sweep them as they go idle, and cut
 * whatever is still open after `timeoutMs`.
 */
async function closeGracefully(app: FastifyInstance, timeoutMs: number): Promise<void> {
  const server = app.server;
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cutOff = setTimeout(() => server.closeAllConnections(), timeoutMs);
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
    clearTimeout(cutOff);
  }
}
