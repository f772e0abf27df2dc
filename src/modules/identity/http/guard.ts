import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors/catalogue.js';
import { passwordChangeDue } from '../sessions.js';
import { PASSWORD_PATH } from './shared.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What someone with a temporary password may still reach: the change form and the ways out. */
const ALLOWED_ROUTES = new Set([
  PASSWORD_PATH,
  '/backoffice/logout',
  '/backoffice/account/logout-everywhere',
]);

/**
 * App-wide preHandler: a staff member whose password is temporary (new account or administrator's
 * reset) gets the change-password page and nothing else, wherever they try to go in the back office
 * or the API, and no state-changing request anywhere.
 */
export async function temporaryPasswordGuard(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor.kind !== 'staff' || !passwordChangeDue(request)) return;
  const route = request.routeOptions.url ?? '';
  if (ALLOWED_ROUTES.has(route)) return;
  const path = request.url.split('?')[0] ?? '';
  const isApi = request.routeOptions.config?.kind === 'api' || path.startsWith('/api/');
  const guarded = path.startsWith('/backoffice') || isApi || UNSAFE.has(request.method);
  if (!guarded) return;
  if (!UNSAFE.has(request.method) && !isApi) return reply.redirect(PASSWORD_PATH, 303);
  throw new AppError('FORBIDDEN');
}
