/**
 * One picture on the vision board. The database holds its bytes as a Blob, a backup file as
 * base64; everything else about it is the same, so the stored row is this schema with `image`
 * swapped for `blob` (lib/domain/types.ts `VisionImage`).
 */
import { z } from 'zod';
import { LIMITS } from '../validation';
import { order, stamp, text } from './fields';

/** A picture of up to 20 MB in base64 (4 characters per 3 bytes). */
const MAX_IMAGE_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

/** A picture as a backup file holds it; its bytes are checked by decoding them (lib/domain/backup/pictures.ts). */
export const imageSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  image: z.object({
    type: z.string().max(40),
    base64: z.string().max(MAX_IMAGE_BASE64, 'is a picture over 20 MB'),
  }),
  caption: text(LIMITS.title),
  order,
  /** Pixel size, recorded when the picture was added (lets the new tab reserve its space). */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  createdAt: stamp,
  updatedAt: stamp,
});
