/**
 * The small copy of the new tab's picture of the day, kept in its first-paint snapshot: derived
 * from the stored picture, never stored in the database nor in a backup, made again whenever the
 * picture of the day changes.
 */
import { SMALL_PICTURE_MAX_CHARS, type SnapshotImage } from '../domain/newtab-snapshot';
import type { VisionImage } from '../domain/types';
import { smallCopy } from '../platform/small-copy';
import { db } from './db/db';

/** Pixels on the small copy's longer side: a few kilobytes as WebP, drawn over the picture until it has loaded. */
export const SMALL_PICTURE_SIDE = 160;

/**
 * Which stored picture this is. Ids are counters that a restore may give to another picture, so
 * the key holds when it was added and its size too.
 */
export function pictureKey(image: Pick<VisionImage, 'id' | 'createdAt' | 'blob'>): string {
  return `${image.id}:${image.createdAt}:${image.blob.size}`;
}

/** The small copy `previous` holds for the same picture, if any: no need to make it again. */
export function reusableSmallCopy(
  image: SnapshotImage | null,
  previous: SnapshotImage | null | undefined,
): string | undefined {
  return image && previous?.key === image.key ? previous.small : undefined;
}

/** Makes the small copy of `image` from its stored picture; null if it is gone or cannot be made. */
export async function makeSmallCopy(image: SnapshotImage): Promise<string | null> {
  const stored = await db.visionImages.get(image.id);
  if (!stored || pictureKey(stored) !== image.key) return null;
  return smallCopy(stored.blob, image, SMALL_PICTURE_SIDE, SMALL_PICTURE_MAX_CHARS);
}
