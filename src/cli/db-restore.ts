import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restorePglite, restorePostgres } from '../platform/db/backup.js';
import { acquireDataDirLock } from '../platform/process/lockfile.js';
import type { CliCommand } from './commands.js';

const USAGE = 'db restore <file> [--force]';

export const dbRestoreCommand: CliCommand = {
  summary: 'restore the database from a backup (--force replaces existing data)',
  usage: USAGE,
  async run(args, env) {
    let file: string | undefined;
    let force = false;
    try {
      const { positionals, values } = parseArgs({
        args,
        options: { force: { type: 'boolean', default: false } },
        strict: true,
        allowPositionals: true,
      });
      if (positionals.length !== 1) throw new Error('give exactly one backup file');
      file = positionals[0];
      force = values.force === true;
    } catch (err) {
      process.stderr.write(`campanile db restore: ${(err as Error).message}\nUsage: campanile ${USAGE}\n`);
      return 2;
    }
    try {
      if (env.DATABASE_URL) {
        const result = await restorePostgres(file!, env.DATABASE_URL, { force });
        process.stdout.write(`PostgreSQL database restored from ${file} (${Math.round(result.ms)} ms).\n`);
        return 0;
      }
      const release = acquireDataDirLock(env.DATA_DIR);
      try {
        const dataDir = join(env.DATA_DIR, 'pglite');
        const result = await restorePglite(file!, dataDir, { force });
        const lines = [
          `PGlite database restored from ${file} into ${dataDir} (${Math.round(result.ms)} ms).`,
        ];
        if (result.movedAside) lines.push(`The previous database was moved to ${result.movedAside}.`);
        process.stdout.write(`${lines.join('\n')}\n`);
        return 0;
      } finally {
        release();
      }
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      process.stderr.write(`campanile db restore: ${err.message}\n`);
      return 1;
    }
  },
};
