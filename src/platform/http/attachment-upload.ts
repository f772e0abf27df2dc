// Forms that carry files (multipart/form-data), as plain HTML forms send them without JavaScript: the
// text fields become a body like an urlencoded form gives, the files are kept aside for the command, a
// file over the limit is flagged (not thrown) so that the form can say so and keep the other fields.

import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UploadedFile } from '../validation/attachment.js';

/** Files of a multipart request, kept apart from the text fields the schema validates. */
const uploads = new WeakMap<FastifyRequest, Record<string, UploadedFile>>();

interface MultipartEntry {
  type?: 'file' | 'field';
  value?: unknown;
  filename?: string;
  _buf?: Buffer | null;
  file?: { truncated?: boolean };
}

/** preValidation: text fields become a plain body (as an urlencoded form gives), files go aside. */
export async function flattenMultipart(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const raw = (request.body ?? {}) as Record<string, MultipartEntry | MultipartEntry[]>;
  const body: Record<string, string | string[]> = {};
  const files: Record<string, UploadedFile> = {};
  for (const [key, entry] of Object.entries(raw)) {
    for (const part of Array.isArray(entry) ? entry : [entry]) {
      if (part.type === 'file') {
        files[key] = {
          filename: part.filename ?? '',
          data: part._buf ?? Buffer.alloc(0),
          truncated: part.file?.truncated === true,
        };
      } else if (part.type === 'field') {
        const value = String(part.value ?? '');
        const previous = body[key];
        body[key] =
          previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
      }
    }
  }
  request.body = body;
  uploads.set(request, files);
}

/** The files of a multipart request, by field name (none for an urlencoded one). */
export const uploadedFiles = (request: FastifyRequest): Record<string, UploadedFile> =>
  uploads.get(request) ?? {};

/**
 * Registers the multipart parser in a plugin scope and returns the options of the routes of that scope
 * that take it: permission checked first (before any upload is read), then the parts read, then CSRF
 * (the platform's CSRF hook runs before the body is read: skipped there and run here), and validation
 * problems attached for the route to show in the form.
 */
export async function multipartForms(
  scope: FastifyInstance,
  options: {
    fileSize: number;
    files: number;
    authorize: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  },
) {
  await scope.register(fastifyMultipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: {
      fileSize: options.fileSize,
      files: options.files,
      fields: 120,
      fieldSize: 64 * 1024,
      parts: 130,
    },
    onFile: async (part: MultipartFile) => {
      await part.toBuffer();
    },
  });
  return {
    config: { csrf: false },
    onRequest: options.authorize,
    preValidation: [
      flattenMultipart,
      (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
        scope.csrfProtection(request, reply, () => {
          const body = request.body as Record<string, unknown> | undefined;
          if (body && typeof body === 'object') delete body._csrf;
          done();
        });
      },
    ],
    attachValidation: true,
  };
}
