// A multipart/form-data body as a browser sends a form with files: for tests of forms that take
// attachments (app.inject), so that every module builds it the same way.

import { randomUUID } from 'node:crypto';

export interface FormFilePart {
  name: string;
  filename: string;
  type: string;
  data: Buffer;
}

/** The body and its Content-Type (with the boundary); repeated names for repeated values. */
export function multipartBody(fields: Array<[string, string]>, files: FormFilePart[] = []) {
  const boundary = `----campanile${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields)
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const f of files)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
