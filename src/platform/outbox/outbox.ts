import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { type Database, type Executor, queryRows } from '../db/client.js';

export interface DomainEvent<T = Record<string, unknown>> {
  id: number;
  tenantId: string;
  type: string;
  payload: T;
  createdAt: Date;
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

/** Records an event in the caller's transaction: it exists if and only if the change committed. */
export async function emit(
  tx: Executor,
  tenantId: string,
  type: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await tx.execute(
    sql`insert into outbox (tenant_id, type, payload) values (${tenantId}, ${type}, ${JSON.stringify(payload)}::jsonb)`,
  );
}

const MAX_ATTEMPTS = 10;

/**
 * Hands committed events to their subscribers, at least once, in order of creation. Several workers
 * may run it: SKIP LOCKED gives each batch to one of them. A handler that throws leaves the event
 * pending with its error and attempt count; after MAX_ATTEMPTS it stays parked for an operator.
 */
export class OutboxDispatcher {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(
    private readonly database: Database,
    private readonly handlers: ReadonlyMap<string, EventHandler[]>,
    private readonly log: Logger,
    private readonly intervalMs = 500,
  ) {}

  start(): void {
    const tick = async () => {
      this.#running = this.dispatchBatch().catch((err) => {
        this.log.error({ err }, 'outbox dispatch failed');
        return 0;
      });
      const n = await this.#running;
      this.#running = undefined;
      if (this.#timer !== undefined) this.#timer = setTimeout(tick, n > 0 ? 0 : this.intervalMs);
    };
    this.#timer = setTimeout(tick, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /** Dispatches up to `limit` pending events; returns how many it took. */
  async dispatchBatch(limit = 100): Promise<number> {
    return this.database.db.transaction(async (tx) => {
      const events = await queryRows<{
        id: number;
        tenant_id: string;
        type: string;
        payload: Record<string, unknown>;
        created_at: Date;
        attempts: number;
      }>(
        tx,
        sql`select id, tenant_id, type, payload, created_at, attempts from outbox
             where dispatched_at is null and attempts < ${MAX_ATTEMPTS}
             order by id limit ${limit} for update skip locked`,
      );
      for (const row of events) {
        const event: DomainEvent = {
          id: Number(row.id),
          tenantId: row.tenant_id,
          type: row.type,
          payload: row.payload,
          createdAt: row.created_at,
        };
        try {
          for (const handler of this.handlers.get(row.type) ?? []) await handler(event);
          await tx.execute(
            sql`update outbox set dispatched_at = now(), attempts = attempts + 1 where id = ${row.id}`,
          );
        } catch (err) {
          this.log.warn({ err, eventId: row.id, type: row.type }, 'event handler failed; will retry');
          await tx.execute(
            sql`update outbox set attempts = attempts + 1, last_error = ${String((err as Error).message).slice(0, 500)} where id = ${row.id}`,
          );
        }
      }
      return events.length;
    });
  }
}
