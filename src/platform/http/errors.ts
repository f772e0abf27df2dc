import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERRORS, type ErrorCode, type FieldError } from '../errors/catalogue.js';
import { ErrorPage } from '../views/error-page.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'validation.email',
  uuid: 'validation.uuid',
  time: 'validation.time',
};

/** Turns AJV's findings into the catalogue's per-field format, paths as the form names them. */
export function fieldErrorsFromValidation(validation: AjvError[]): FieldError[] {
  const fields: FieldError[] = [];
  for (const v of validation) {
    const base = v.instancePath.replace(/^\//, '');
    let path = base;
    let message = 'validation.invalid';
    const params: Record<string, string | number> = {};
    switch (v.keyword) {
      case 'required':
        path = [base, String(v.params.missingProperty)].filter(Boolean).join('/');
        message = 'validation.required';
        break;
      case 'additionalProperties':
        path = [base, String(v.params.additionalProperty)].filter(Boolean).join('/');
        message = 'validation.unknownField';
        break;
      case 'minLength':
        // An empty required text field reads better as "required" than "at least 1 character".
        message = Number(v.params.limit) === 1 ? 'validation.required' : 'validation.minLength';
        params.limit = Number(v.params.limit);
        break;
      case 'maxLength':
      case 'minimum':
      case 'maximum':
      case 'minItems':
      case 'maxItems':
        message = `validation.${v.keyword.replace('Items', 'Length')}`;
        params.limit = Number(v.params.limit);
        break;
      case 'format':
        message = FORMAT_MESSAGES[String(v.params.format)] ?? 'validation.pattern';
        break;
      case 'pattern':
        message = 'validation.pattern';
        break;
      case 'type':
        message = 'validation.type';
        break;
      case 'enum':
      case 'const':
      case 'anyOf':
        message = 'validation.enum';
        break;
    }
    if (!fields.some((f) => f.path === path)) fields.push({ path, code: v.keyword, message, params });
  }
  return fields;
}

/** Maps whatever was thrown to a catalogue code; anything unknown is INTERNAL and gets logged. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const err = error as FastifyError & { validation?: AjvError[] };
  if (err.validation) return new AppError('VALIDATION_FAILED', fieldErrorsFromValidation(err.validation));
  const byCode: Record<string, ErrorCode> = {
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
    FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
    FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_CSRF_INVALID_TOKEN: 'CSRF_INVALID',
    FST_CSRF_MISSING_SECRET: 'CSRF_INVALID',
    FST_ERR_NOT_FOUND: 'NOT_FOUND',
    FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
    FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  };
  const code = err.code ? byCode[err.code] : undefined;
  if (code) return new AppError(code);
  if (err instanceof SyntaxError || err.statusCode === 400) return new AppError('MALFORMED_BODY');
  if (err.statusCode === 429) return new AppError('RATE_LIMITED');
  if (err.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (err.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  return new AppError('INTERNAL');
}

/** Pages for people, JSON for programs: API routes, and clients that ask for JSON rather than HTML. */
export function wantsJson(request: FastifyRequest): boolean {
  if (request.routeOptions.config?.kind === 'api') return true;
  if (request.url.startsWith('/api/')) return true;
  const accept = request.headers.accept ?? '';
  return (
    !accept.includes('text/html') &&
    (accept.includes('json') || request.headers['content-type']?.includes('json') === true)
  );
}

export async function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  appError: AppError,
): Promise<void> {
  const t = request.t;
  const message = t(ERRORS[appError.code].message, appError.params);
  reply.status(appError.status);
  if (appError.code === 'RATE_LIMITED' && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
  if (wantsJson(request)) {
    await reply.type('application/json; charset=utf-8').send({
      error: {
        code: appError.code,
        message,
        ...(appError.fields.length
          ? {
              fields: appError.fields.map((f) => ({
                path: f.path,
                code: f.code,
                message: t(f.message, f.params),
              })),
            }
          : {}),
        requestId: request.id,
      },
    });
    return;
  }
  const title =
    appError.code === 'NOT_FOUND'
      ? t('errors.notFoundTitle')
      : appError.code === 'TENANT_UNKNOWN'
        ? t('errors.tenantUnknownTitle')
        : t('errors.pageTitle', { status: appError.status });
  const html = await ErrorPage({
    locale: request.locale,
    t,
    status: appError.status,
    title,
    message,
    requestId: request.id,
  });
  await reply.type('text/html; charset=utf-8').send(html);
}
