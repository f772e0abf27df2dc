import type { FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import type { IdentifiedActor } from '../commands/shared.js';

/** The citizen behind a request that requireCitizen let through, as commands want them. */
export function citizenActorOf(request: FastifyRequest): IdentifiedActor {
  if (request.actor.kind !== 'citizen') throw new AppError('UNAUTHENTICATED');
  return { ...auditActorOf(request), id: request.actor.id };
}

/** The staff member behind a request that authorize() let through. */
export function staffActorOf(request: FastifyRequest): IdentifiedActor {
  if (request.actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  return { ...auditActorOf(request), id: request.actor.id };
}
