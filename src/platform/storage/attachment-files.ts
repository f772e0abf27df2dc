// Stored files sent to the browser (attachments, images), and a tiny PDF built in code for demo data and
// tests.

import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a stored file: a strong ETag (304 on a match), public caching only for public content, a
 * sandboxing CSP and nosniff so that a file is never run as a page, and a Content-Disposition if given.
 */
export async function sendStoredFile(
  request: FastifyRequest,
  reply: FastifyReply,
  body: Buffer,
  type: string,
  options: { publicCache: boolean; disposition?: string },
): Promise<FastifyReply> {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 24)}"`;
  reply
    .header('cache-control', options.publicCache ? 'public, max-age=3600' : 'private, no-store')
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff')
    .header('cross-origin-resource-policy', 'same-origin')
    .header('content-security-policy', "default-src 'none'; sandbox");
  if (options.disposition) reply.header('content-disposition', options.disposition);
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type(type).send(body);
}

/** A one-page PDF with a few lines of Helvetica text, with a correct cross-reference table. */
export function tinyPdf(lines: string[]): Buffer {
  const pdfText = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/([\\()])/g, '\\$1');
  const content = `BT /F1 14 Tf 72 770 Td 18 TL ${lines.map((l) => `(${pdfText(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
