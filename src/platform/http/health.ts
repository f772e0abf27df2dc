import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.js';

/**
 * Liveness and readiness for load balancers and orchestrators. /readyz asks the database each time,
 * so it turns 503 while the database is unreachable and 200 again as soon as it answers.
 */
export function registerHealthRoutes(
  app: FastifyInstance,
  database: Database,
  isShuttingDown: () => boolean,
): void {
  const noTenant = { tenant: false, csrf: false, kind: 'api' } as const;
  // Probes hit these every few seconds: their request lines are dropped below warn, but a quieter
  // global level (error, fatal, silent) still wins.
  const quiet = ['error', 'fatal', 'silent'] as const;
  const logLevel = quiet.find((level) => level === app.log.level) ?? 'warn';
  app.get('/healthz', { config: noTenant, logLevel }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/readyz', { config: noTenant, logLevel }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (isShuttingDown()) return reply.status(503).send({ status: 'shutting-down' });
    try {
      await database.ping(2000);
      return { status: 'ready', database: database.kind };
    } catch (err) {
      request.log.warn({ err }, 'readiness check: database unreachable');
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });
}
