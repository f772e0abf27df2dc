import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { registerAccountRoutes } from './account.js';
import { temporaryPasswordGuard } from './guard.js';
import { registerLoginRoutes } from './login.js';
import { registerUserRoutes } from './users.js';

/** Staff identity in the back office: login, own account, users and roles. */
export function registerIdentityBackoffice(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preHandler', temporaryPasswordGuard);
  registerLoginRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerUserRoutes(app, ctx);
}
