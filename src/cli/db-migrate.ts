import { join } from 'node:path';
import { openDatabase } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { acquireDataDirLock } from '../platform/process/lockfile.js';
import type { CliCommand } from './commands.js';

export const dbMigrateCommand: CliCommand = {
  summary: 'apply pending database migrations and exit',
  usage: 'db migrate',
  async run(_args, env) {
    const release = env.DATABASE_URL ? () => {} : acquireDataDirLock(env.DATA_DIR);
    const database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATABASE_URL ? undefined : join(env.DATA_DIR, 'pglite'),
    });
    try {
      await migrateDatabase(database);
      process.stdout.write(
        `Database migrated (${database.kind}${database.rls ? ', row-level security on' : ''}).\n`,
      );
      return 0;
    } finally {
      await database.close();
      release();
    }
  },
};
