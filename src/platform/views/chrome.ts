import type { FastifyReply, FastifyRequest } from 'fastify';
import { backofficeNavFor } from '../backoffice-nav.js';
import { tenantOf } from '../http/tenant-required.js';
import type { BackofficeChrome } from './backoffice-layout.js';
import type { PortalChrome } from './portal-layout.js';

/** Everything the back-office frame needs, taken from the request. */
export function backofficeChrome(request: FastifyRequest, reply: FastifyReply): BackofficeChrome {
  const actor = request.actor;
  return {
    tenant: tenantOf(request),
    locale: request.locale,
    t: request.t,
    user: actor.kind === 'staff' ? { name: actor.name, email: actor.email } : null,
    nav: backofficeNavFor(actor, request.t),
    path: request.url.split('?')[0] ?? '/',
    csrfToken: reply.generateCsrf(),
  };
}

/**
 * The portal frame; with `reply` it also carries a CSRF token for a logged-in visitor (pages with the
 * rating component). Anonymous visitors get none: their public forms are checked by origin instead
 * (config.csrf 'anonymous-same-origin'), so their pages set no cookie and can be cached.
 */
export function portalChrome(request: FastifyRequest, reply?: FastifyReply): PortalChrome {
  return {
    tenant: tenantOf(request),
    locale: request.locale,
    t: request.t,
    citizenName: request.actor.kind === 'citizen' ? request.actor.name : null,
    path: request.url.split('?')[0] ?? '/',
    ...(reply && request.actor.kind !== 'anonymous' ? { csrfToken: reply.generateCsrf() } : {}),
  };
}
