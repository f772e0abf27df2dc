import { tenants } from '../../modules/tenancy/index.js';
import type { DemoStep } from './prepare-demo.js';
import { DEMO_PASSWORD, findDemoTenant, seedDemo } from './seed.js';
import { demoSummaryLines } from './summary.js';

/**
 * First demo step: an empty database gets the demo Comune of Valmorena; a database that already has
 * Comuni is left alone. Prints the portal and back-office addresses and the demo logins.
 */
export const seedDemoStep: DemoStep = {
  name: 'demo Comune',
  async run(runtime, _env, log) {
    const { database } = runtime.ctx;
    const [any] = await database.db.select({ id: tenants.id }).from(tenants).limit(1);
    if (!any) {
      const result = await seedDemo(database, { password: DEMO_PASSWORD, storage: runtime.ctx.storage });
      log.info({ ms: Math.round(result.ms), counts: result.counts }, 'demo Comune created');
    }
    const demo = await findDemoTenant(database);
    return {
      async afterStart() {
        if (!demo)
          return [
            'Il database contiene già altri Comuni: i dati di prova non sono stati caricati (campanile seed demo li aggiunge).',
          ];
        return demoSummaryLines(runtime.url, DEMO_PASSWORD);
      },
    };
  },
};
