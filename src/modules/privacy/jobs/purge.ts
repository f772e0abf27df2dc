import type { AppContext } from '../../../platform/context.js';
import type { JobDefinition, ScheduleDefinition } from '../../../platform/jobs/jobs.js';
import { purgeExpiredData } from '../commands/purge-expired-data.js';

export const PURGE_JOB = 'privacy.purge';

/**
 * Job handlers receive only their data, not the application context: the module binds the context
 * when the application is built (see index.ts). A worker process without the web role never builds
 * the application, so the handler fails loudly there rather than doing nothing.
 */
let bound: Pick<AppContext, 'database' | 'log'> | null = null;

export function bindPurgeContext(ctx: Pick<AppContext, 'database' | 'log'>): void {
  bound = ctx;
}

export const purgeJob: JobDefinition = {
  name: PURGE_JOB,
  batchSize: 1,
  retryLimit: 2,
  handler: async () => {
    if (!bound) throw new Error(`${PURGE_JOB}: no application context bound in this process`);
    await purgeExpiredData(bound.database, bound.log.child({ job: PURGE_JOB }));
  },
};

/** Every night at 03:17 (Europe/Rome), away from the hour marks other jobs crowd. */
export const purgeSchedule: ScheduleDefinition = { name: PURGE_JOB, cron: '17 3 * * *' };
