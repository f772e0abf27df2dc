// Attachments (allegati) of any content: documents and images recognised by their bytes, a size limit,
// a safe file name, and how a file is described to people ("PDF, 12,3 kB"). Used by Novità and
// Amministrazione; each module passes the catalogue keys of its own messages.

import { fileTypeFromBuffer } from 'file-type';
import type { FieldError } from '../errors/catalogue.js';
import { formatNumber } from '../i18n/format.js';
import { slugify } from './slug.js';

/** Largest attachment accepted, in bytes (10 MB). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Files an item may carry, recognised by their bytes (never by name or declared type): documents
 * (PDF, OpenDocument, Office Open XML) and raster images; the value is the extension they are stored with.
 */
export const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** The format as people name it, by stored extension. */
const FORMAT_LABELS: Record<string, string> = {
  pdf: 'PDF',
  odt: 'ODT',
  ods: 'ODS',
  docx: 'DOCX',
  xlsx: 'XLSX',
  png: 'PNG',
  jpg: 'JPEG',
  webp: 'WebP',
};

/** Extensions a browser may show in place (the others are downloaded). */
const INLINE_EXTENSIONS = new Set(['pdf', 'png', 'jpg', 'webp']);

/** An uploaded file as the route hands it over; `truncated` when it went past the size limit. */
export interface UploadedFile {
  filename: string;
  data: Buffer;
  truncated: boolean;
}

/** Catalogue keys of the messages of a refused attachment, and the form field it belongs to. */
export interface AttachmentMessages {
  field: string;
  tooLarge: string;
  type: string;
}

export type AttachmentCheck =
  | { mime: string; extension: string; error?: undefined }
  | { error: FieldError; mime?: undefined; extension?: undefined };

/** A file was chosen (an empty file part is "no file"). */
export const isUploaded = (file: UploadedFile | undefined): file is UploadedFile =>
  Boolean(file && (file.data.length > 0 || file.truncated));

/** Checks an attachment by its bytes: its type must be in ATTACHMENT_TYPES, its size within the limit. */
export async function checkAttachmentFile(
  file: UploadedFile,
  messages: AttachmentMessages,
): Promise<AttachmentCheck> {
  if (file.truncated || file.data.length > ATTACHMENT_MAX_BYTES)
    return {
      error: {
        path: messages.field,
        code: 'PAYLOAD_TOO_LARGE',
        message: messages.tooLarge,
        params: { max: ATTACHMENT_MAX_BYTES / (1024 * 1024) },
      },
    };
  const found = await fileTypeFromBuffer(file.data);
  const extension = found ? ATTACHMENT_TYPES[found.mime] : undefined;
  if (!found || !extension)
    return { error: { path: messages.field, code: 'FILE_TYPE_NOT_ALLOWED', message: messages.type } };
  return { mime: found.mime, extension };
}

/** A file name safe for a URL and a Content-Disposition header, with the extension of its real type. */
export function safeFilename(name: string, extension: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const stem = slugify(base.replace(/\.[A-Za-z0-9]{1,5}$/, ''), 80) || 'allegato';
  return `${stem}.${extension}`;
}

/** The title of an attachment: the one typed, else the file name without its extension. */
export function attachmentTitle(typed: string | undefined, filename: string): string {
  const title = (typed ?? '').trim().replace(/\s+/g, ' ');
  return title || filename.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Allegato';
}

/** A size as people read it: "512 B", "12,3 kB", "1,5 MB" (decimal comma in Italian). */
export function formatSize(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, locale)} kB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10, locale)} MB`;
}

/** The format of a stored attachment as people name it ("PDF", "JPEG"). */
export const formatLabel = (extension: string) => FORMAT_LABELS[extension] ?? extension.toUpperCase();

/** The Content-Disposition of a stored attachment: shown in place when a browser can, else downloaded. */
export function attachmentDisposition(extension: string, filename: string): string {
  const name = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${INLINE_EXTENSIONS.has(extension) ? 'inline' : 'attachment'}; filename="${name}"`;
}
