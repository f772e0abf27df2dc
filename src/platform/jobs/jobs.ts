import { fromPglite, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/client.js';

export interface JobDefinition<T extends object = object> {
  name: string;
  handler: (data: T) => Promise<void>;
  /** Jobs fetched per poll. With the default 1 a worker idles a whole polling interval between jobs. */
  batchSize?: number;
  retryLimit?: number;
}

export interface ScheduleDefinition {
  /** Queue of a JobDefinition; the scheduler sends it on the cron expression. */
  name: string;
  cron: string;
  data?: object;
}

export interface Jobs {
  send(name: string, data?: object, options?: { singletonKey?: string; startAfter?: number }): Promise<void>;
}

export type JobRole = 'web' | 'worker' | 'scheduler';

/**
 * pg-boss on the same database as the data: PGlite through its adapter, PostgreSQL through a connection
 * string. Each process starts only what its roles need: web sends, worker works, scheduler schedules
 * and supervises (maintenance runs in one role to avoid duplicate work).
 */
export class JobQueue implements Jobs {
  readonly boss: PgBoss;
  #started = false;
  #queues = new Set<string>();

  constructor(
    database: Database,
    private readonly log: Logger,
    private readonly roles: ReadonlySet<JobRole>,
    connectionString?: string,
  ) {
    const maintenance = roles.has('scheduler');
    const common = { schedule: maintenance, supervise: maintenance, migrate: true } as const;
    this.boss =
      database.kind === 'pglite' && database.pglite
        ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', ...common })
        : new PgBoss({ connectionString: connectionString ?? '', max: 4, ...common });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.#started = true;
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.#queues.has(name)) return;
    await this.boss.createQueue(name).catch((error: Error) => {
      if (!/already exists/i.test(error.message)) throw error;
    });
    this.#queues.add(name);
  }

  async register(definitions: JobDefinition[], schedules: ScheduleDefinition[]): Promise<void> {
    for (const def of definitions) await this.ensureQueue(def.name);
    if (this.roles.has('worker')) {
      for (const def of definitions) {
        const batchSize = def.batchSize ?? 10;
        await this.boss.work<object>(def.name, { batchSize }, async (jobs) => {
          for (const job of jobs) await def.handler(job.data);
        });
      }
    }
    if (this.roles.has('scheduler')) {
      for (const s of schedules)
        await this.boss.schedule(s.name, s.cron, s.data ?? {}, { tz: 'Europe/Rome' });
    }
  }

  async send(
    name: string,
    data: object = {},
    options: { singletonKey?: string; startAfter?: number } = {},
  ): Promise<void> {
    if (!this.#started) throw new Error(`job queue not started: cannot send ${name}`);
    await this.ensureQueue(name);
    await this.boss.send(name, data, options);
  }

  /** Waits for the jobs in hand to finish (up to timeoutMs), then stops polling. */
  async stop(timeoutMs: number): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await this.boss.stop({ graceful: true, timeout: timeoutMs, close: true });
  }
}
