import type { AppContext } from '../../../platform/context.js';
import type { JobDefinition, ScheduleDefinition } from '../../../platform/jobs/jobs.js';
import { purgeExpiredData } from '../commands/purge-expired-data.js';

export const PURGE_JOB = 'privacy.purge';

export function purgeJob(ctx: Pick<AppContext, 'database' | 'log'>): JobDefinition {
  return {
    name: PURGE_JOB,
    batchSize: 1,
    retryLimit: 2,
    handler: async () => {
      await purgeExpiredData(ctx.database, ctx.log.child({ job: PURGE_JOB }));
    },
  };
}

/** Every night at 03:17 (Europe/Rome), away from the hour marks other jobs crowd. */
export const purgeSchedule: ScheduleDefinition = { name: PURGE_JOB, cron: '17 3 * * *' };
