/** Generates real PNG files in memory for tests: a solid colour at any size, no dependencies. */
import { deflateSync, inflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `width`×`height` PNG filled with one RGB colour. */
export function solidPng(
  width: number,
  height: number,
  rgb: [number, number, number] = [43, 106, 88],
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Decodes a PNG the strict way a browser does, far enough to know it is a real picture: the
 * signature, every chunk's CRC, an IHDR, and IDAT data that inflates to exactly the pixel rows the
 * header promises (8-bit, not interlaced, as the PNGs tests make). Throws otherwise. For unit tests
 * in Node, where createImageBitmap does not exist.
 */
export async function decodePng(blob: Blob): Promise<{ width: number; height: number; close(): void }> {
  const bytes = Buffer.from(await blob.arrayBuffer());
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    if (at + 12 > bytes.length) throw new Error('chunk cut short');
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const body = bytes.subarray(at + 4, at + 8 + length);
    if (at + 12 + length > bytes.length || bytes.readUInt32BE(at + 8 + length) !== crc32(body)) {
      throw new Error(`bad ${type} chunk`);
    }
    const content = body.subarray(4);
    if (type === 'IHDR') {
      width = content.readUInt32BE(0);
      height = content.readUInt32BE(4);
      channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[content[9]!] ?? 0;
      if (content[8] !== 8 || content[12] !== 0 || channels === 0) throw new Error('unsupported PNG');
    }
    if (type === 'IDAT') data.push(content);
    if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('no IHDR');
  const pixels = inflateSync(Buffer.concat(data));
  if (pixels.length !== height * (1 + width * channels)) throw new Error('pixel data of the wrong size');
  return { width, height, close: () => undefined };
}
