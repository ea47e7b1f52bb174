import { describe, expect, it } from 'vitest';
import {
  addVisionImages,
  deleteVisionImage,
  reorderVisionImages,
  restoreVisionImage,
  saveImageCaption,
  visionImagesInOrder,
} from '../../../../lib/store/db/vision-images';
import { MAX_BOARD_BYTES, MAX_BOARD_PICTURES } from '../../../../lib/domain/images';
import { solidPng } from '../../../support/png';

const png = () => new Blob([new Uint8Array(solidPng(4, 3))], { type: 'image/png' });

describe('vision board', () => {
  it('adds pictures at the end of the board as Blobs with captions', async () => {
    await addVisionImages([{ blob: png(), caption: 'Harbour' }]);
    await addVisionImages([{ blob: png() }, { blob: png(), caption: 'Team' }]);
    const images = await visionImagesInOrder();
    expect(images.map((i) => [i.caption, i.order])).toEqual([
      ['Harbour', 1],
      ['', 2],
      ['Team', 3],
    ]);
    expect(images[0]?.blob.type).toBe('image/png');
    expect(images[0]?.blob.size).toBe(png().size);
  });

  it('reorders and captions pictures', async () => {
    const [a, b] = await addVisionImages([
      { blob: png(), caption: 'A' },
      { blob: png(), caption: 'B' },
    ]);
    await reorderVisionImages([b!, a!]);
    await saveImageCaption(a!, 'A, renamed');
    expect((await visionImagesInOrder()).map((i) => i.caption)).toEqual(['B', 'A, renamed']);
  });

  it('deletes a picture and undo restores it in its place', async () => {
    const [a, b, c] = await addVisionImages([
      { blob: png(), caption: 'A' },
      { blob: png(), caption: 'B' },
      { blob: png(), caption: 'C' },
    ]);
    const removed = await deleteVisionImage(b!);
    expect((await visionImagesInOrder()).map((i) => i.id)).toEqual([a, c]);
    await restoreVisionImage(removed!);
    expect((await visionImagesInOrder()).map((i) => i.caption)).toEqual(['A', 'B', 'C']);
  });

  it('refuses pictures past the board’s limits in plain words, adding none of them', async () => {
    await addVisionImages(Array.from({ length: MAX_BOARD_PICTURES - 1 }, () => ({ blob: png() })));
    await expect(addVisionImages([{ blob: png() }, { blob: png() }])).rejects.toThrow(
      `Your vision board holds up to ${MAX_BOARD_PICTURES} pictures and has ${MAX_BOARD_PICTURES - 1}.`,
    );
    expect(await visionImagesInOrder()).toHaveLength(MAX_BOARD_PICTURES - 1);
  });

  it('refuses pictures that would take the board past its size, so every board fits in a backup', async () => {
    const large = () => new Blob([new Uint8Array(MAX_BOARD_BYTES / 2 + 1000)], { type: 'image/png' });
    await addVisionImages([{ blob: large() }]);
    await expect(addVisionImages([{ blob: large() }, { blob: png() }])).rejects.toThrow(
      /can take up to 100 MB, so that a backup can carry them/,
    );
    expect(await visionImagesInOrder()).toHaveLength(1);
  });
});
