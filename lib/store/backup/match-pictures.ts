import { db } from '../db/db';
import type { Row } from '../../domain/backup/merge/rows';

/** A digest of a picture's bytes, so pictures are compared without holding copies of them. */
async function digest(blob: Blob): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * For each of the backup's pictures, the id of the picture on this device with the same bytes.
 * Reads Blobs, so it runs before the write transaction (awaiting a Blob inside would end it).
 */
export async function matchPictures(incoming: readonly Row[]): Promise<(number | undefined)[]> {
  const mine = await db.visionImages.toArray();
  const digests = new Map<Blob, Promise<string>>();
  const digestOf = (blob: Blob) => {
    if (!digests.has(blob)) digests.set(blob, digest(blob));
    return digests.get(blob)!;
  };
  const taken = new Set<number>();
  const matches: (number | undefined)[] = [];
  for (const row of incoming) {
    const blob = row.blob as Blob;
    let match: number | undefined;
    for (const picture of mine) {
      if (taken.has(picture.id) || picture.blob.size !== blob.size) continue;
      if ((await digestOf(picture.blob)) === (await digestOf(blob))) {
        match = picture.id;
        break;
      }
    }
    if (match !== undefined) taken.add(match);
    matches.push(match);
  }
  return matches;
}
