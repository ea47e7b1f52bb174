/** Builds the new tab's snapshot from the database: what its first paint will show tomorrow. */
import { commitmentsForDay } from './db/commitments';
import { getProfile } from './db/profile';
import { getRankings } from './db/strengths';
import type { Vision } from '../domain/types';
import { getVision } from './db/vision';
import { visionImagesInOrder } from './db/vision-images';
import { dayKey } from '../domain/days';
import { waitingReviewDays, type ReviewContext } from './waiting-reviews';
import { dayNumber, pickForDay } from '../domain/item-of-the-day';
import { signatureStrengths } from '../domain/ranking';
import type { NewTabSnapshot } from '../domain/newtab-snapshot';
import { spotlightFor } from '../domain/spotlight';

/**
 * The vision as the new tab shows it, trimmed; null (the first-run invitation) only when none of
 * statement, look and feel has been written: a leader who described how it feels but not yet the
 * statement still sees their words.
 */
function visionShown(vision: Vision | undefined): NewTabSnapshot['vision'] {
  const statement = vision?.statement.trim() ?? '';
  const looksLike = vision?.looksLike.trim() ?? '';
  const feelsLike = vision?.feelsLike.trim() ?? '';
  return statement || looksLike || feelsLike ? { statement, looksLike, feelsLike } : null;
}

/** Reads everything the new tab shows at `now` and returns it as a snapshot. Database reads only. */
export async function loadSnapshot(context: ReviewContext): Promise<NewTabSnapshot> {
  const day = dayKey(context.now, context.timeZone);
  const [vision, profile, commitments, rankings, images, pendingReviews] = await Promise.all([
    getVision(),
    getProfile(),
    commitmentsForDay(day),
    getRankings(),
    visionImagesInOrder(),
    waitingReviewDays(context),
  ]);
  const spotlight = spotlightFor(day, signatureStrengths(rankings));
  const image = pickForDay(images, dayNumber(day));
  return {
    v: 1,
    day,
    vision: visionShown(vision),
    purpose: profile?.purpose ?? '',
    values: profile?.values ?? [],
    commitments: commitments.map(({ id, title, status }) => ({ id, title, status })),
    spotlight: spotlight && { name: spotlight.strength.name, idea: spotlight.idea },
    image:
      image?.width && image.height
        ? { width: image.width, height: image.height, caption: image.caption }
        : null,
    pendingReviews,
  };
}
