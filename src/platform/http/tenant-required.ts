import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/catalogue.js';
import type { TenantContext } from './types.js';

/** The request's Comune; routes registered with tenant resolution always have one. */
export function tenantOf(request: FastifyRequest): TenantContext {
  if (!request.tenant) throw new AppError('TENANT_UNKNOWN');
  return request.tenant;
}
