/** Builds the new tab's snapshot from the database: what its first paint will show tomorrow. */
import { commitmentsForDay } from './db/commitments';
import { getProfile } from './db/profile';
import { getRankings } from './db/strengths';
import { getVision } from './db/vision';
import { visionImagesInOrder } from './db/vision-images';
import type { DayKey } from './days';
import { pickForDay } from './list';
import { signatureStrengths } from './ranking';
import type { NewTabSnapshot } from './snapshot';
import { dayNumber, spotlightFor } from './spotlight';

/** Reads everything the new tab shows for `day` and returns it as a snapshot. */
export async function loadSnapshot(day: DayKey): Promise<NewTabSnapshot> {
  const [vision, profile, commitments, rankings, images] = await Promise.all([
    getVision(),
    getProfile(),
    commitmentsForDay(day),
    getRankings(),
    visionImagesInOrder(),
  ]);
  const spotlight = spotlightFor(day, signatureStrengths(rankings));
  const image = pickForDay(images, dayNumber(day));
  return {
    v: 1,
    day,
    vision: vision?.statement
      ? { statement: vision.statement, looksLike: vision.looksLike, feelsLike: vision.feelsLike }
      : null,
    purpose: profile?.purpose ?? '',
    values: profile?.values ?? [],
    commitments: commitments.map(({ id, title, status }) => ({ id, title, status })),
    spotlight: spotlight && { name: spotlight.strength.name, idea: spotlight.idea },
    image:
      image?.width && image.height
        ? { width: image.width, height: image.height, caption: image.caption }
        : null,
  };
}
