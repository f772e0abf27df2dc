import type { FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../platform/audit/audit.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { fieldErrorsFromValidation } from '../../../platform/http/errors.js';
import type { FormState } from '../../../platform/views/form.js';
import type { StaffAuditActor } from '../commands/shared.js';

export const LOGIN_PATH = '/backoffice/login';
export const VERIFY_PATH = '/backoffice/login/verifica';
export const ACCOUNT_PATH = '/backoffice/account';
export const PASSWORD_PATH = '/backoffice/account/password';
export const USERS_PATH = '/backoffice/utenti';
export const ROLES_PATH = '/backoffice/ruoli';
export const HOME_PATH = '/backoffice';

/** Same rule as the app: Secure cookies in production unless configured otherwise. */
export function secureCookies(ctx: AppContext): boolean {
  return ctx.env.SECURE_COOKIES ?? ctx.env.NODE_ENV === 'production';
}

/**
 * Where to go after login: only a local back-office path (no scheme, no host, no `//` or `\` tricks,
 * not the login pages themselves), otherwise nowhere.
 */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 500) return undefined;
  if (!/^\/backoffice(?:[/?#]|$)/.test(next)) return undefined;
  if (/[\\\s]|\/\//.test(next)) return undefined;
  if (next.startsWith(LOGIN_PATH)) return undefined;
  try {
    const url = new URL(next, 'http://campanile.invalid');
    if (url.origin !== 'http://campanile.invalid') return undefined;
  } catch {
    return undefined;
  }
  return next;
}

export function withNext(path: string, next: string | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/** The staff member behind a request that `authorize` let through, as commands want them. */
export function staffActorOf(request: FastifyRequest): StaffAuditActor {
  if (request.actor.kind !== 'staff') throw new AppError('UNAUTHENTICATED');
  const actor = auditActorOf(request);
  return { ...actor, id: request.actor.id };
}

/** The submitted values and the schema's complaints, when a form failed validation. */
export function rejectedForm(request: FastifyRequest): FormState | null {
  const error = request.validationError as (Error & { validation?: unknown[] }) | undefined;
  if (!error?.validation) return null;
  return {
    values: (request.body ?? {}) as Record<string, unknown>,
    errors: fieldErrorsFromValidation(error.validation as Parameters<typeof fieldErrorsFromValidation>[0]),
  };
}

/** A command's VALIDATION_FAILED as form state; anything else is rethrown. */
export function formFromError(err: unknown, values: Record<string, unknown>): FormState {
  if (err instanceof AppError && err.code === 'VALIDATION_FAILED') return { values, errors: err.fields };
  throw err;
}

export { formatDateTime } from '../../../platform/i18n/format.js';
