/**
 * A backup's pictures, checked the way an upload is (lib/domain/images.ts `checkPicture`: a format Flourish
 * shows, bytes the browser really decodes) and held to the board's limits, then turned into the
 * Blobs the board stores. Runs in the check's Web Worker; the decoder is passed in, so unit tests
 * in Node use their own.
 */
import type { VisionImage } from '../types';
import {
  ImageRejected,
  MAX_BOARD_BYTES,
  MAX_IMAGE_EDGE,
  checkPicture,
  sniffImageType,
  type ImageCodec,
} from '../images';
import { base64ToBytes } from './base64';
import { t } from '../../i18n';
import { asPhrase } from './describe';
import type { BackupTables } from './schema';

export type Decode = ImageCodec['decode'];

/** The pictures as the board stores them, or the problems that stop a restore. */
export async function restorePictures(
  rows: BackupTables['visionImages'],
  decode: Decode,
  onPicture: (done: number) => void = () => undefined,
): Promise<{ pictures: VisionImage[]; problems: string[] }> {
  const pictures: VisionImage[] = [];
  const problems: string[] = [];
  let total = 0;
  for (const [index, { image, ...row }] of rows.entries()) {
    const name = t('data:check.picture', { number: index + 1 });
    const bytes = base64ToBytes(image.base64);
    if (!bytes || !sniffImageType(bytes.subarray(0, 16))) {
      problems.push(t('data:check.notImage', { name }));
      continue;
    }
    try {
      const checked = await checkPicture(new Blob([bytes as Uint8Array<ArrayBuffer>]), name, { decode });
      const { width, height } = checked.image;
      checked.image.close();
      // The board keeps pictures at most 2560 px on their longest side: larger ones are made smaller.
      if (Math.max(width, height) > MAX_IMAGE_EDGE) {
        problems.push(t('data:check.tooLarge', { name, width, height, max: MAX_IMAGE_EDGE }));
        continue;
      }
      total += bytes.length;
      pictures.push({ ...row, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: checked.type }) });
    } catch (error) {
      if (!(error instanceof ImageRejected)) throw error;
      problems.push(asPhrase(error.message));
    } finally {
      onPicture(index + 1);
    }
  }
  if (total > MAX_BOARD_BYTES) {
    problems.push(
      t('data:check.boardFull', { size: Math.ceil(total / 1024 / 1024), max: MAX_BOARD_BYTES / 1024 / 1024 }),
    );
  }
  return { pictures, problems };
}
