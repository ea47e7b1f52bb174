/**
 * Vision-board pictures: checked before anything is stored (size, real image bytes, decodable)
 * and downscaled so the longest side is at most 2560 px. Decoding and drawing go through an
 * `ImageCodec`, the browser's by default, so the rules are testable without a canvas.
 */
import { intlLocale, t } from '../i18n';
import { ValidationError } from './validation';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_EDGE = 2560;
/**
 * The board's own limits, well inside what a backup can carry (200 MB, pictures in base64 grow by a
 * third), so that every board can be backed up and restored.
 */
export const MAX_BOARD_PICTURES = 200;
export const MAX_BOARD_BYTES = 100 * 1024 * 1024;

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif';

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/** The image format the first bytes of a file announce, whatever its name or claimed type says. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && ['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'image/gif';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return 'image/webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) {
    return 'image/avif';
  }
  return null;
}

/** The size that fits `width`×`height` within `maxEdge` on its longest side, keeping the shape. */
export function fitWithin(width: number, height: number, maxEdge: number = MAX_IMAGE_EDGE) {
  const longest = Math.max(width, height);
  if (longest <= maxEdge) return { width, height, scaled: false };
  const scale = maxEdge / longest;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scaled: true,
  };
}

export interface DecodedImage {
  width: number;
  height: number;
  close(): void;
}

export interface ImageCodec<D extends DecodedImage = DecodedImage> {
  /** Decodes the picture, rejecting when the bytes are not a readable image. */
  decode(blob: Blob): Promise<D>;
  /** Draws the decoded picture at a new size and encodes it as `type`. */
  resize(image: D, width: number, height: number, type: string): Promise<Blob>;
}

/** The browser's codec: createImageBitmap to decode, an OffscreenCanvas to draw and encode. */
export const browserCodec: ImageCodec<ImageBitmap> = {
  decode: (blob) => createImageBitmap(blob),
  async resize(image, width, height, type) {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, 0, 0, width, height);
    return canvas.convertToBlob({ type, quality: 0.9 });
  },
};

/** A picture refused for the board; the message names the file. */
export class ImageRejected extends ValidationError {
  override name = 'ImageRejected';
}

// Rounded up, so a file just over the limit never reads as "20.0 MB".
const megabytes = (bytes: number) =>
  new Intl.NumberFormat(intlLocale(), {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.ceil((bytes / 1024 / 1024) * 10) / 10);

/** What a downscaled picture is encoded as: photos stay JPEG, everything else becomes PNG or WebP. */
function outputType(type: ImageType): string {
  if (type === 'image/jpeg' || type === 'image/avif') return 'image/jpeg';
  if (type === 'image/webp') return 'image/webp';
  return 'image/png';
}

/**
 * The checks every picture passes before the board keeps it, uploaded or restored from a backup:
 * not empty, at most 20 MB, a format Flourish shows, and bytes the browser can really decode (the
 * first bytes alone can look like a PNG). Returns its type and the decoded picture, which the
 * caller closes. `name` starts each refusal ("“harbour.png”", "Picture 3").
 */
export async function checkPicture<D extends DecodedImage>(
  file: Blob,
  name: string,
  codec: Pick<ImageCodec<D>, 'decode'>,
): Promise<{ type: ImageType; image: D }> {
  if (file.size === 0) throw new ImageRejected(t('errors:picture.empty', { name }));
  if (file.size > MAX_IMAGE_BYTES) {
    throw new ImageRejected(t('errors:picture.tooBig', { name, size: megabytes(file.size) }));
  }
  const type = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!type) {
    throw new ImageRejected(t('errors:picture.notPicture', { name }));
  }
  try {
    return { type, image: await codec.decode(file) };
  } catch {
    throw new ImageRejected(t('errors:picture.damaged', { name }));
  }
}

/**
 * Checks a file for the vision board and returns the Blob to store: the original bytes when it
 * is small enough, a downscaled copy when its longest side is over 2560 px.
 */
export async function prepareVisionImage<D extends DecodedImage>(
  file: Blob & { name?: string },
  codec: ImageCodec<D>,
): Promise<{ blob: Blob; width: number; height: number }> {
  const name = file.name ? t('errors:picture.file', { file: file.name }) : t('errors:picture.pasted');
  const { type, image } = await checkPicture(file, name, codec);
  try {
    const size = fitWithin(image.width, image.height);
    if (!size.scaled) return { blob: new Blob([file], { type }), width: image.width, height: image.height };
    const blob = await codec.resize(image, size.width, size.height, outputType(type));
    // A very detailed picture can stay large even made smaller; the board's limit holds for it too.
    if (blob.size > MAX_IMAGE_BYTES) {
      throw new ImageRejected(t('errors:picture.stillTooBig', { name, size: megabytes(blob.size) }));
    }
    return { blob, width: size.width, height: size.height };
  } finally {
    image.close();
  }
}
