import { join } from 'node:path';
import { openDatabase } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { acquireDataDirLock } from '../platform/process/lockfile.js';
import { LocalStorage } from '../platform/storage/storage.js';
import type { CliCommand } from './commands.js';
import { DEMO_PASSWORD, seedDemo } from './demo/seed.js';
import { demoSummaryLines } from './demo/summary.js';

export const seedDemoCommand: CliCommand = {
  summary: 'create the demo Comune of Valmorena (does nothing if it exists)',
  usage: 'seed demo',
  async run(args, env) {
    if (args.length) {
      process.stderr.write(
        `campanile seed demo: unexpected argument "${args[0]}"\nUsage: campanile seed demo\n`,
      );
      return 2;
    }
    const release = env.DATABASE_URL ? () => {} : acquireDataDirLock(env.DATA_DIR);
    const database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATABASE_URL ? undefined : join(env.DATA_DIR, 'pglite'),
    });
    try {
      await migrateDatabase(database);
      const result = await seedDemo(database, {
        password: DEMO_PASSWORD,
        storage: new LocalStorage(join(env.DATA_DIR, 'files')),
      });
      if (!result.created) {
        process.stdout.write('The demo Comune (valmorena) already exists: nothing to do.\n');
        return 0;
      }
      const counts = Object.entries(result.counts)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ');
      const lines = [
        `Demo Comune created in ${Math.round(result.ms)} ms: ${counts}.`,
        `Host names: ${result.hostnames.join(', ') || '(none free: add one with the back office)'}`,
        ...demoSummaryLines(null),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await database.close();
      release();
    }
  },
};
