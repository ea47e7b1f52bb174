import { t } from '../../i18n';
import { db } from './db';
import { applyOrder } from './order';
import type { VisionImage } from '../../domain/types';
import { MAX_BOARD_BYTES, MAX_BOARD_PICTURES } from '../../domain/images';
import { LIMITS, ValidationError, limitText } from '../../domain/validation';

/** The vision board in the user's order. */
export function visionImagesInOrder(): Promise<VisionImage[]> {
  return db.visionImages.orderBy('order').toArray();
}

/** Adds prepared images (already validated and downscaled) at the end of the board, in one write. */
export async function addVisionImages(
  images: readonly { blob: Blob; caption?: string; width?: number; height?: number }[],
): Promise<number[]> {
  return db.transaction('rw', db.visionImages, async () => {
    const board = await db.visionImages.toArray();
    if (board.length + images.length > MAX_BOARD_PICTURES) {
      throw new ValidationError(
        t('errors:stored.boardCount', { max: MAX_BOARD_PICTURES, has: board.length }),
      );
    }
    const bytes = [...board, ...images].reduce((sum, image) => sum + image.blob.size, 0);
    if (bytes > MAX_BOARD_BYTES) {
      throw new ValidationError(
        t('errors:stored.boardBytes', { megabytes: MAX_BOARD_BYTES / 1024 / 1024, count: images.length }),
      );
    }
    const last = board.reduce<VisionImage | undefined>(
      (latest, image) => (!latest || image.order > latest.order ? image : latest),
      undefined,
    );
    const now = Date.now();
    const rows = images.map((image, index) => ({
      blob: image.blob,
      caption: limitText(image.caption ?? '', t('errors:field.caption'), LIMITS.title),
      order: (last?.order ?? 0) + index + 1,
      ...(image.width && image.height && { width: image.width, height: image.height }),
      createdAt: now,
      updatedAt: now,
    }));
    return (await db.visionImages.bulkAdd(rows as VisionImage[], { allKeys: true })) as number[];
  });
}

/** Saves a picture's caption. */
export async function saveImageCaption(id: number, caption: string): Promise<void> {
  await db.visionImages.update(id, {
    caption: limitText(caption, t('errors:field.caption'), LIMITS.title),
    updatedAt: Date.now(),
  });
}

/** Puts the board's pictures in the order of `ids`. */
export function reorderVisionImages(ids: readonly number[]): Promise<void> {
  return applyOrder(db.visionImages, ids);
}

/** Removes a picture and returns it, so the caller can offer undo. */
export async function deleteVisionImage(id: number): Promise<VisionImage | undefined> {
  return db.transaction('rw', db.visionImages, async () => {
    const image = await db.visionImages.get(id);
    if (image) await db.visionImages.delete(id);
    return image;
  });
}

/** Puts a removed picture back with its id, caption and place (undo). */
export async function restoreVisionImage(image: VisionImage): Promise<void> {
  await db.visionImages.put(image);
}
