/**
 * A small copy of a picture, as a `data:` URL: a few kilobytes that a page can draw in its very
 * first frame, before the picture itself is read and decoded. Decoding and encoding run in the
 * browser's own image code (createImageBitmap, OffscreenCanvas), off the page's main work.
 */

/** Formats tried in turn: WebP is smallest; a browser that cannot write it returns PNG, so JPEG next. */
const ENCODINGS = [
  { type: 'image/webp', quality: 0.72 },
  { type: 'image/jpeg', quality: 0.72 },
  { type: 'image/webp', quality: 0.45 },
  { type: 'image/jpeg', quality: 0.45 },
] as const;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * Scales `picture` (`width`×`height`) down to `longestSide` pixels on its longer side and encodes
 * it in at most `maxChars` characters of `data:` URL; null where the browser cannot (no
 * OffscreenCanvas, a picture it cannot decode) or no encoding fits.
 */
export async function smallCopy(
  picture: Blob,
  size: { width: number; height: number },
  longestSide: number,
  maxChars: number,
): Promise<string | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  const scale = Math.min(1, longestSide / Math.max(size.width, size.height));
  const width = Math.max(1, Math.round(size.width * scale));
  const height = Math.max(1, Math.round(size.height * scale));
  try {
    const bitmap = await createImageBitmap(picture, {
      resizeWidth: width,
      resizeHeight: height,
      resizeQuality: 'high',
    });
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    for (const encoding of ENCODINGS) {
      const encoded = await canvas.convertToBlob(encoding);
      if (encoded.type !== encoding.type) continue;
      const url = await dataUrl(encoded);
      if (url.length <= maxChars) return url;
    }
  } catch {
    // A picture this browser cannot decode: the new tab waits for the picture itself.
  }
  return null;
}
