import { describe, expect, it, vi } from 'vitest';
import {
  MAX_IMAGE_BYTES,
  fitWithin,
  prepareVisionImage,
  sniffImageType,
  type DecodedImage,
  type ImageCodec,
} from '../../../lib/domain/images';
import { pngSize, solidPng } from '../../support/png';

/** A codec that reads sizes from real PNG headers and "resizes" by writing a new PNG. */
function pngCodec(): ImageCodec & { resize: ReturnType<typeof vi.fn> } {
  const resize = vi.fn(async (_image: DecodedImage, width: number, height: number, type: string) => {
    return new Blob([new Uint8Array(solidPng(width, height))], { type });
  });
  return {
    async decode(blob) {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      if (sniffImageType(bytes) !== 'image/png' || bytes.length < 33) throw new Error('undecodable');
      return { ...pngSize(bytes), close() {} };
    },
    resize,
  };
}

const file = (bytes: Uint8Array | string, name: string, type = 'image/png') =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

describe('sniffImageType', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0], 'image/png'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], 'image/jpeg'],
    ['GIF', [...'GIF89a'].map((c) => c.charCodeAt(0)), 'image/gif'],
    ['WebP', [...'RIFF\0\0\0\0WEBPVP8 '].map((c) => c.charCodeAt(0)), 'image/webp'],
    [
      'AVIF',
      [0, 0, 0, 0x20, ...'ftypavif'].map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)),
      'image/avif',
    ],
    ['text', [...'Hello, this is not'].map((c) => c.charCodeAt(0)), null],
    ['empty', [], null],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(sniffImageType(new Uint8Array(bytes as number[]))).toBe(expected);
  });
});

describe('fitWithin', () => {
  it.each([
    [4000, 3000, 2560, 1920, true],
    [3000, 4000, 1920, 2560, true],
    [2560, 1000, 2560, 1000, false],
    [800, 600, 800, 600, false],
    [10000, 10, 2560, 3, true],
  ])('%i×%i fits as %i×%i', (width, height, w, h, scaled) => {
    expect(fitWithin(width, height)).toEqual({ width: w, height: h, scaled });
  });
});

describe('prepareVisionImage', () => {
  it('downscales a picture whose longest side is over 2560 px', async () => {
    const codec = pngCodec();
    const result = await prepareVisionImage(file(solidPng(4000, 3000), 'harbour.png'), codec);
    expect(codec.resize).toHaveBeenCalledWith(expect.anything(), 2560, 1920, 'image/png');
    expect(pngSize(new Uint8Array(await result.blob.arrayBuffer()))).toEqual({ width: 2560, height: 1920 });
  });

  it('refuses a picture that is still over 20 MB once made smaller', async () => {
    const codec = pngCodec();
    codec.resize.mockResolvedValueOnce(
      new Blob([new Uint8Array(MAX_IMAGE_BYTES + 1)], { type: 'image/png' }),
    );
    await expect(prepareVisionImage(file(solidPng(4000, 3000), 'noise.png'), codec)).rejects.toThrow(
      '“noise.png” is still 20.1 MB made smaller; pictures can be up to 20 MB.',
    );
  });

  it('keeps a small picture’s own bytes, typed by its content', async () => {
    const codec = pngCodec();
    const bytes = solidPng(640, 480);
    const result = await prepareVisionImage(file(bytes, 'team.png', ''), codec);
    expect(codec.resize).not.toHaveBeenCalled();
    expect(result.blob.type).toBe('image/png');
    expect(new Uint8Array(await result.blob.arrayBuffer())).toEqual(new Uint8Array(bytes));
  });

  it('refuses a text file dressed up as an image, naming it', async () => {
    await expect(prepareVisionImage(file('just some notes', 'notes.png'), pngCodec())).rejects.toThrow(
      '“notes.png” is not a picture Flourish can use',
    );
  });

  it('refuses a corrupt image, naming it', async () => {
    const truncated = solidPng(100, 100).subarray(0, 20);
    await expect(prepareVisionImage(file(truncated, 'broken.png'), pngCodec())).rejects.toThrow(
      '“broken.png” looks like a picture but could not be read',
    );
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const codec = pngCodec();
    const decode = vi.spyOn(codec, 'decode');
    const big = new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], 'huge.png', { type: 'image/png' });
    await expect(prepareVisionImage(big, codec)).rejects.toThrow(
      '“huge.png” is 20.1 MB; pictures can be up to 20 MB.',
    );
    expect(decode).not.toHaveBeenCalled();
  });

  it('refuses an empty file', async () => {
    await expect(prepareVisionImage(file('', 'empty.png'), pngCodec())).rejects.toThrow(
      '“empty.png” is empty.',
    );
  });
});
