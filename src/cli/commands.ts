import type { Env } from '../config/env.js';
import { adminCreateCommand } from './admin-create.js';
import { dbBackupCommand } from './db-backup.js';
import { dbMigrateCommand } from './db-migrate.js';
import { dbRestoreCommand } from './db-restore.js';
import { seedDemoCommand } from './seed-demo.js';
import { startCommand } from './start.js';
import { tenantCreateCommand } from './tenant-create.js';

export interface CliCommand {
  summary: string;
  usage: string;
  /** Resolves to the exit code; -1 means "keep running" (servers). */
  run(args: string[], env: Env): Promise<number>;
}

export const COMMANDS: Record<string, CliCommand> = {
  start: startCommand,
  'db migrate': dbMigrateCommand,
  'db backup': dbBackupCommand,
  'db restore': dbRestoreCommand,
  'tenant create': tenantCreateCommand,
  'admin create': adminCreateCommand,
  'seed demo': seedDemoCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  campanile ${c.usage.padEnd(52)} ${c.summary}`);
  return ['Usage:', ...lines, '', 'Configuration comes from environment variables: see README.md.'].join(
    '\n',
  );
}
