import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, backupPglite, backupPostgres } from '../platform/db/backup.js';
import { acquireDataDirLock } from '../platform/process/lockfile.js';
import type { CliCommand } from './commands.js';

const USAGE = 'db backup <file>';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const dbBackupCommand: CliCommand = {
  summary: 'write a backup of the whole database to <file>',
  usage: USAGE,
  async run(args, env) {
    let file: string | undefined;
    try {
      const { positionals } = parseArgs({ args, options: {}, strict: true, allowPositionals: true });
      if (positionals.length !== 1) throw new Error('give exactly one backup file');
      file = positionals[0];
    } catch (err) {
      process.stderr.write(`campanile db backup: ${(err as Error).message}\nUsage: campanile ${USAGE}\n`);
      return 2;
    }
    try {
      if (env.DATABASE_URL) {
        const result = await backupPostgres(env.DATABASE_URL, file!);
        process.stdout.write(
          `PostgreSQL backup (pg_dump custom format) written to ${result.file} (${megabytes(result.bytes)}, ${Math.round(result.ms)} ms).\n`,
        );
        return 0;
      }
      // One process owns a PGlite directory: a running server must be stopped first (the lock says so).
      const release = acquireDataDirLock(env.DATA_DIR);
      try {
        const result = await backupPglite(join(env.DATA_DIR, 'pglite'), file!);
        process.stdout.write(
          `PGlite backup (tar.gz of the data directory) written to ${result.file} (${megabytes(result.bytes)}, ${Math.round(result.ms)} ms).\n`,
        );
        return 0;
      } finally {
        release();
      }
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      process.stderr.write(`campanile db backup: ${err.message}\n`);
      return 1;
    }
  },
};
