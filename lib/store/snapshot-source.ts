/**
 * Builds the new tab's snapshot from the database: what its first paint will show next, with
 * Flourish's words in the language in force (lib/domain/newtab-words).
 */
import { carriedLabels } from './db/carry';
import { commitmentsForDay } from './db/commitments';
import { goalsInOrder } from './db/goals';
import { strengthById } from '../domain/strengths';
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
import { withWords } from '../domain/newtab-words';
import { spotlightFor } from '../domain/spotlight';
import type { HorizonChoice } from '../domain/horizons';
import { loadReviewFocus } from './review-focus';
import { pictureKey } from './small-picture';
import { dayOffOn } from './db/days-off';

/**
 * The vision as the new tab shows it, trimmed; null (the first-run invitation) only when none of
 * statement, look and feel has been written: a leader who described how it feels but not yet the
 * statement still sees their words.
 */
function visionShown(vision: Vision | undefined): NewTabSnapshot['vision'] {
  const statement = vision?.statement.trim() ?? '';
  const looksLike = vision?.looksLike.trim() ?? '';
  const feelsLike = vision?.feelsLike.trim() ?? '';
  if (!vision || !(statement || looksLike || feelsLike)) return null;
  const { now, oneYear, threeYears } = vision.horizons;
  return {
    statement,
    looksLike,
    feelsLike,
    horizons: { now: now.trim(), oneYear: oneYear.trim(), threeYears: threeYears.trim() },
  };
}

/**
 * Reads everything the new tab shows at `now` and returns it as a snapshot, with the horizon the
 * leader chose (a setting, read by the caller), worded in the language in force. Database reads
 * only: the picture's small copy is added by whoever writes the snapshot (lib/store/small-picture).
 */
export async function loadSnapshot(
  context: ReviewContext,
  horizonChoice: HorizonChoice,
): Promise<NewTabSnapshot> {
  const day = dayKey(context.now, context.timeZone);
  const [vision, profile, commitments, goals, rankings, images, pendingReviews, focus, off] =
    await Promise.all([
      getVision(),
      getProfile(),
      commitmentsForDay(day),
      goalsInOrder(),
      getRankings(),
      visionImagesInOrder(),
      waitingReviewDays(context),
      loadReviewFocus(day, context.timeZone, context.settings),
      dayOffOn(day),
    ]);
  const carried = await carriedLabels(commitments);
  const spotlight = spotlightFor(day, signatureStrengths(rankings));
  const image = pickForDay(images, dayNumber(day));
  return withWords({
    day,
    vision: visionShown(vision),
    horizonChoice,
    purpose: profile?.purpose ?? '',
    values: profile?.values ?? [],
    commitments: commitments.map(({ id, title, status, goalId, strengthId, ifThen }) => {
      const goal = goalId && goals.find((g) => g.id === goalId)?.title;
      const strength = strengthId && strengthById(strengthId)?.name;
      const from = carried.get(id);
      return {
        id,
        title,
        status,
        ...(goal && { goal }),
        ...(strength && { strength }),
        ...(from && { carried: from }),
        ...(ifThen && { ifThen }),
      };
    }),
    spotlight: spotlight && {
      id: spotlight.strength.id,
      name: spotlight.strength.name,
      idea: spotlight.idea,
    },
    image:
      image?.width && image.height
        ? {
            id: image.id,
            key: pictureKey(image),
            width: image.width,
            height: image.height,
            caption: image.caption,
          }
        : null,
    pendingReviews,
    focus,
    ...(off && { dayOff: off.label }),
  });
}
