import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { tinyPdf } from '../storage/attachment-files.js';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentDisposition,
  checkAttachmentFile,
  formatLabel,
  formatSize,
  safeFilename,
} from './attachment.js';

const messages = { field: 'attachment', tooLarge: 'x.tooLarge', type: 'x.type' };

test('attachments are recognised by their bytes, not by their name', async () => {
  const pdf = tinyPdf(['Prova']);
  assert.equal((await fileTypeFromBuffer(pdf))?.mime, 'application/pdf');
  assert.deepEqual(await checkAttachmentFile({ filename: 'x.doc', data: pdf, truncated: false }, messages), {
    mime: 'application/pdf',
    extension: 'pdf',
  });
  const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
  const refused = await checkAttachmentFile({ filename: 'bando.pdf', data: exe, truncated: false }, messages);
  assert.equal(refused.error?.message, 'x.type');
  assert.equal(refused.error?.code, 'FILE_TYPE_NOT_ALLOWED');
  assert.equal(refused.error?.path, 'attachment');
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  assert.equal(
    (await checkAttachmentFile({ filename: 'statuto.pdf', data: png, truncated: false }, messages)).extension,
    'png',
  );
  const text = Buffer.from('solo testo, non un PDF');
  assert.equal(
    (await checkAttachmentFile({ filename: 'a.pdf', data: text, truncated: false }, messages)).error?.code,
    'FILE_TYPE_NOT_ALLOWED',
  );
});

test('an attachment over 10 MB is refused with its limit, whether cut by the parser or not', async () => {
  const pdf = tinyPdf(['Prova']);
  const cut = await checkAttachmentFile({ filename: 'a.pdf', data: pdf, truncated: true }, messages);
  assert.equal(cut.error?.code, 'PAYLOAD_TOO_LARGE');
  assert.deepEqual(cut.error?.params, { max: 10 });
  const big = Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
  assert.equal(
    (await checkAttachmentFile({ filename: 'a.pdf', data: big, truncated: false }, messages)).error?.message,
    'x.tooLarge',
  );
});

test('file names are made safe, sizes and formats read as people write them', () => {
  assert.equal(safeFilename('Statuto Comunale (2024).PDF', 'pdf'), 'statuto-comunale-2024.pdf');
  assert.equal(safeFilename('../../etc/passwd', 'pdf'), 'passwd.pdf');
  assert.equal(safeFilename('àèì.exe', 'png'), 'aei.png');
  assert.equal(safeFilename('"";.docx', 'docx'), 'allegato.docx');
  assert.equal(formatSize(512, 'it'), '512 B');
  assert.equal(formatSize(12_595, 'it'), '12,3 kB');
  assert.equal(formatSize(1_572_864, 'it'), '1,5 MB');
  assert.equal(formatLabel('jpg'), 'JPEG');
  assert.equal(formatLabel('pdf'), 'PDF');
  assert.equal(attachmentDisposition('pdf', 'statuto.pdf'), 'inline; filename="statuto.pdf"');
  assert.equal(attachmentDisposition('xlsx', 'bilancio.xlsx'), 'attachment; filename="bilancio.xlsx"');
});
