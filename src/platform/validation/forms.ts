import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/catalogue.js';
import { fieldErrorsFromValidation } from '../http/errors.js';
import type { FormState } from '../views/form.js';

type Validation = Parameters<typeof fieldErrorsFromValidation>[0];

/** Submitted values a form can show again: strings and string lists (files and buffers are dropped). */
export function formValues(body: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) values[key] = value;
  }
  return values;
}

/**
 * The submitted values and the schema's complaints when a form failed validation (routes declare
 * `attachValidation: true`), or null when it passed. `messages` gives a field a clearer explanation
 * than the generic "format not valid" of a pattern or format rule (e.g. `{ pec: 'validation.email' }`).
 */
export function rejectedForm(
  request: FastifyRequest,
  messages: Record<string, string> = {},
): FormState | null {
  const error = request.validationError as (Error & { validation?: Validation }) | undefined;
  if (!error?.validation) return null;
  const errors = fieldErrorsFromValidation(error.validation).map((e) =>
    (e.code === 'pattern' || e.code === 'format') && messages[e.path]
      ? { ...e, message: messages[e.path]! }
      : e,
  );
  return { values: formValues(request.body), errors };
}

/** A command's VALIDATION_FAILED (or another error carrying fields) as form state; anything else is rethrown. */
export function formFromError(err: unknown, values: Record<string, unknown>): FormState {
  if (err instanceof AppError && err.fields.length > 0) return { values, errors: err.fields };
  throw err;
}

/** Form fields come as a string, a list of strings (repeated names) or nothing: always a list. */
export function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}
