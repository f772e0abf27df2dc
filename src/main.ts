import { COMMANDS, usage } from './cli/commands.js';
import { ConfigError, loadEnv } from './config/env.js';
import { LockError } from './platform/process/lockfile.js';

/** Entry point of the `campanile` command: one line of explanation for every expected failure. */
async function main(argv: string[]): Promise<number> {
  const [first, second] = argv;
  const key = first && second && COMMANDS[`${first} ${second}`] ? `${first} ${second}` : (first ?? 'help');
  const command = COMMANDS[key];
  if (!command) {
    process.stderr.write(`${usage()}\n`);
    return key === 'help' || key === '--help' ? 0 : 2;
  }
  const rest = argv.slice(key.split(' ').length);
  const env = loadEnv();
  return command.run(rest, env);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined && code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof LockError) {
      process.stderr.write(`campanile: ${err.message}\n`);
      process.exitCode = 78;
      return;
    }
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      process.stderr.write(`campanile: ${(err as Error).message} (choose another PORT)\n`);
      process.exitCode = 78;
      return;
    }
    process.stderr.write(`campanile: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
