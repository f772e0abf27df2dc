import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

/** Both drivers' databases share this base class: the PostgreSQL dialect, one API. */
export type DrizzleDb = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/**
 * A transaction-capable handle. Both drivers share the PostgreSQL dialect, so code above this line
 * never knows which one it runs on; `Tx` is whatever `db.transaction` hands to its callback.
 */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
export type Executor = DrizzleDb | Tx;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: DrizzleDb;
  /** The PGlite instance when embedded (pg-boss and backups need it), else undefined. */
  readonly pglite?: PGlite;
  /** The pg pool when on a server, else undefined. */
  readonly pool?: pg.Pool;
  /** True once the unprivileged role exists, so tenant transactions can drop privileges (see withTenant). */
  rls: boolean;
  /** Cheap liveness probe used by /readyz; rejects when the database is unreachable. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… for a server; otherwise PGlite in `dataDir` (or in memory when dataDir is undefined). */
  url?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite(pglite);
  return {
    kind: 'pglite',
    db: db as unknown as DrizzleDb,
    rls: false,
    pglite,
    async ping() {
      await pglite.query('select 1');
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30000,
  });
  // An idle client losing its server must not crash the process: the pool drops it and reconnects.
  pool.on('error', () => {});
  const db = drizzleNodePg(pool);
  return {
    kind: 'postgres',
    db: db as unknown as DrizzleDb,
    rls: false,
    pool,
    async ping(timeoutMs = 2000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
      });
      try {
        await Promise.race([pool.query('select 1'), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * Runs `work` in a transaction bound to one tenant. On every table row-level security compares
 * `tenant_id` with `app.tenant_id`; switching to the unprivileged `campanile_app` role makes the
 * policies apply even when the connection belongs to the tables' owner or a superuser.
 */
export async function withTenant<T>(
  database: Database,
  tenantId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(
      database.rls
        ? sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`
        : sql`select set_config('app.tenant_id', ${tenantId}, true)`,
    );
    return work(tx);
  });
}

export const APP_ROLE = 'campanile_app';

/** Raw SQL returning typed rows, identical on both drivers (both answer with `.rows`). */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
