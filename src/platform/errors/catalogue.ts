/**
 * The one catalogue of errors. A code is stable forever (clients match on it); its HTTP status and its
 * message key never change meaning. People read the message through i18n, programs read the code.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: 'errors.validationFailed' },
  MALFORMED_BODY: { status: 400, message: 'errors.malformedBody' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'errors.unsupportedMediaType' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'errors.payloadTooLarge' },
  UNAUTHENTICATED: { status: 401, message: 'errors.unauthenticated' },
  INVALID_CREDENTIALS: { status: 401, message: 'errors.invalidCredentials' },
  ACCOUNT_LOCKED: { status: 423, message: 'errors.accountLocked' },
  INVALID_SECOND_FACTOR: { status: 401, message: 'errors.invalidSecondFactor' },
  FORBIDDEN: { status: 403, message: 'errors.forbidden' },
  CSRF_INVALID: { status: 403, message: 'errors.csrfInvalid' },
  NOT_FOUND: { status: 404, message: 'errors.notFound' },
  TENANT_UNKNOWN: { status: 404, message: 'errors.tenantUnknown' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'errors.methodNotAllowed' },
  CONFLICT: { status: 409, message: 'errors.conflict' },
  DUPLICATE: { status: 409, message: 'errors.duplicate' },
  STALE_VERSION: { status: 409, message: 'errors.staleVersion' },
  UNPROCESSABLE: { status: 422, message: 'errors.unprocessable' },
  OUTSIDE_TERRITORY: { status: 422, message: 'errors.outsideTerritory' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, message: 'errors.fileTypeNotAllowed' },
  RATE_LIMITED: { status: 429, message: 'errors.rateLimited' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'errors.serviceUnavailable' },
  IDENTITY_PROVIDER_ERROR: { status: 502, message: 'errors.identityProvider' },
  INTERNAL: { status: 500, message: 'errors.internal' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One invalid field: `path` names it as the form or JSON body does (`email`, `hours/0/opens`). */
export interface FieldError {
  path: string;
  code: string;
  /** i18n key of the explanation, with its parameters. */
  message: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldError[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.status = ERRORS[code].status;
  }
}

/** Shorthand for the common case of a form rejected on one field. */
export function fieldError(
  path: string,
  message: string,
  params?: Record<string, string | number>,
): AppError {
  return new AppError('VALIDATION_FAILED', [
    { path, code: 'invalid', message, ...(params ? { params } : {}) },
  ]);
}
