import type { Logger } from 'pino';
import type { Env } from '../../config/env.js';
import type { Runtime } from '../../runtime.js';

/**
 * `npm start` runs the demo: it seeds the demo Comune into an empty database and prints where to go.
 * Fakes of external services (the SPID/CIE identity provider) start here, on purpose, and only here.
 */
export async function prepareDemo(runtime: Runtime, _env: Env, _log: Logger) {
  return {
    async afterStart() {
      return runtime.url ? [`Demo Comune: ${runtime.url.replace('127.0.0.1', 'localhost')}/`] : [];
    },
    async stop() {},
  };
}
