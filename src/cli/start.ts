import { parseArgs } from 'node:util';
import type { JobRole } from '../platform/jobs/jobs.js';
import { createLogger } from '../platform/log/logger.js';
import { startRuntime } from '../runtime.js';
import type { CliCommand } from './commands.js';

const ALL_ROLES: JobRole[] = ['web', 'worker', 'scheduler'];

export function parseServices(value: string | undefined): Set<JobRole> {
  if (!value) return new Set(ALL_ROLES);
  const roles = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !ALL_ROLES.includes(r as JobRole));
  if (unknown.length || roles.length === 0) {
    throw new Error(`--services takes a comma-separated list of ${ALL_ROLES.join(', ')} (got "${value}")`);
  }
  return new Set(roles as JobRole[]);
}

/**
 * On SIGTERM (an orchestrator or a service manager) readiness turns 503 and requests are still served
 * for this long before the listener closes: a quarter of SHUTDOWN_TIMEOUT_MS, at most one second.
 * Ctrl+C (SIGINT) stops at once.
 */
export function shutdownDrainMs(shutdownTimeoutMs: number): number {
  return Math.min(1000, Math.floor(shutdownTimeoutMs / 4));
}

export const startCommand: CliCommand = {
  summary: 'start the web server, worker and scheduler (all by default)',
  usage: 'start [--services=web,worker,scheduler] [--demo]',
  async run(args, env) {
    let values: { services?: string | undefined; demo?: boolean | undefined };
    let roles: Set<JobRole>;
    try {
      ({ values } = parseArgs({
        args,
        options: { services: { type: 'string' }, demo: { type: 'boolean', default: false } },
        strict: true,
      }));
      roles = parseServices(values.services);
    } catch (err) {
      // Bad usage: one line and the usage, no stack trace, exit code 2 (like the other commands).
      process.stderr.write(
        `campanile start: ${(err as Error).message}\nUsage: campanile ${startCommand.usage}\n`,
      );
      return 2;
    }
    const log = createLogger(env.LOG_LEVEL);
    const started = Date.now();
    const runtime = await startRuntime(env, log, roles);
    let hooks: { afterStart?: () => Promise<string[]>; stop?: () => Promise<void> } = {};
    if (values.demo) {
      const { prepareDemo } = await import('./demo/prepare-demo.js');
      hooks = await prepareDemo(runtime, env, log);
    }
    const lines = [
      `Campanile ready in ${Date.now() - started} ms · services: ${[...roles].join(', ')} · database: ${runtime.ctx.database.kind}${runtime.url ? ` · listening on ${runtime.url}` : ''}`,
    ];
    if (hooks.afterStart) lines.push(...(await hooks.afterStart()));
    process.stdout.write(`${lines.join('\n')}\n`);

    let signalled = false;
    const shutdown = (signal: string) => {
      if (signalled) return;
      signalled = true;
      log.info({ signal }, 'shutting down: finishing in-flight requests and jobs');
      const force = setTimeout(() => {
        log.error('shutdown timed out; exiting');
        process.exit(1);
      }, env.SHUTDOWN_TIMEOUT_MS + 2000);
      force.unref();
      Promise.resolve(hooks.stop?.())
        .then(() =>
          runtime.stop({ drainMs: signal === 'SIGTERM' ? shutdownDrainMs(env.SHUTDOWN_TIMEOUT_MS) : 0 }),
        )
        .then(
          () => {
            log.info('stopped');
            process.exitCode = 0;
          },
          (err) => {
            log.error({ err }, 'error during shutdown');
            process.exitCode = 1;
          },
        );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
    return -1;
  },
};
