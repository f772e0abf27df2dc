import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/catalogue.js';
import type { Actor, Role } from '../http/types.js';

/**
 * The one place that decides who may do what. Modules declare their permissions and which roles hold
 * them (in their policy.ts); routes and commands ask `can`/`authorize`, never look at roles themselves.
 * The administrator holds every permission.
 */
const grants = new Map<string, ReadonlySet<Role>>();

export function definePermissions(table: Record<string, readonly Role[]>): void {
  for (const [permission, roles] of Object.entries(table)) {
    const existing = grants.get(permission);
    grants.set(permission, new Set([...(existing ?? []), ...roles]));
  }
}

export function knownPermissions(): string[] {
  return [...grants.keys()].sort();
}

export function can(actor: Actor, permission: string): boolean {
  if (actor.kind !== 'staff') return false;
  if (actor.roles.includes('admin')) return true;
  const roles = grants.get(permission);
  if (!roles) return false;
  return actor.roles.some((r) => roles.has(r));
}

export type StaffActor = Extract<Actor, { kind: 'staff' }>;
export type CitizenActor = Extract<Actor, { kind: 'citizen' }>;

/** Throws the catalogue's UNAUTHENTICATED or FORBIDDEN unless the actor holds the permission. */
export function assertCan(actor: Actor, permission: string): asserts actor is StaffActor {
  if (actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
}

/**
 * preHandler for back-office routes. Pages redirect an anonymous visitor to the login form (then back);
 * API calls get 401 JSON through the error handler.
 */
export function authorize(permission: string | null) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.actor.kind !== 'staff') {
      const isPage = request.method === 'GET' && request.routeOptions.config?.kind !== 'api';
      if (isPage) {
        const next = encodeURIComponent(request.url);
        return reply.redirect(`/backoffice/login?next=${next}`, 303);
      }
      throw new AppError('UNAUTHENTICATED');
    }
    if (permission !== null && !can(request.actor, permission)) throw new AppError('FORBIDDEN');
  };
}

/** preHandler for the citizen's own pages: SPID/CIE login first, then back to where they were. */
export async function requireCitizen(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor.kind === 'citizen') return;
  if (request.method === 'GET') return reply.redirect(`/accedi?next=${encodeURIComponent(request.url)}`, 303);
  throw new AppError('UNAUTHENTICATED');
}
