import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

/**
 * Raster images people may upload (photos, logos). SVG is refused on purpose: it can carry scripts.
 * The type is read from the bytes, never from the file name or the declared MIME type.
 */
export const UPLOAD_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type UploadImageType = (typeof UPLOAD_IMAGE_TYPES)[number];

/** A decompression bomb (a tiny file that decodes to gigapixels) is refused before decoding. */
const MAX_INPUT_PIXELS = 40_000_000;

export async function sniffImageType(data: Buffer): Promise<UploadImageType | null> {
  const found = await fileTypeFromBuffer(data);
  const mime = found?.mime as string | undefined;
  return mime && (UPLOAD_IMAGE_TYPES as readonly string[]).includes(mime) ? (mime as UploadImageType) : null;
}

/**
 * Decodes and re-encodes an image as PNG no larger than `maxSize` pixels on its longer side. Orientation
 * from EXIF is applied first; every metadata block (EXIF, GPS, XMP, ICC comments) is dropped, as sharp
 * writes none unless asked. Rejects when the bytes do not decode as an image.
 */
export async function reencodeAsPng(data: Buffer, maxSize: number): Promise<Buffer> {
  return sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
