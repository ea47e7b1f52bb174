/**
 * Where a carried commitment came from and what got in the way there, in a few words beside it:
 * "carried from Tue · waiting on others". The obstacle is the one the review of the day it was
 * carried from recorded for it; a custom obstacle reads in the leader's own words.
 */
import { t } from '../i18n';
import { daysBetween, type DayKey } from './days';
import { formatDayShort, formatWeekdayShort } from './format';
import { obstaclePhrase } from './obstacles';
import type { Commitment, DailyReview } from './types';

export type CarryRow = Pick<Commitment, 'id' | 'day' | 'carriedFrom'>;

/** A built-in obstacle reads as part of the sentence ("low energy"); the leader's own words as written. */
function obstacleWords(value: string | undefined): string | undefined {
  if (!value || value === 'other') return undefined;
  return obstaclePhrase(value);
}

/** "Tue" within the week before `day`, "Mon 16 Nov" further back. */
function dayName(from: DayKey, day: DayKey, locale?: string): string {
  const gap = daysBetween(from, day);
  return gap >= 1 && gap <= 6 ? formatWeekdayShort(from, locale) : formatDayShort(from, locale);
}

/**
 * The label of a carried commitment, or undefined for one that was not carried. `byId` holds the
 * commitments it was carried from, back along the chain; `reviews` the reviews of their days. Carried
 * once: "carried from Tue" (or "moved from Tue", when the review moved it to a chosen day); more
 * often: "carried twice since Mon", "carried 3 times since Mon"; then what got in the way the day
 * before it came here, if the review said.
 */
export function carriedLabel(
  commitment: CarryRow,
  byId: ReadonlyMap<string, CarryRow>,
  reviews: ReadonlyMap<DayKey, Pick<DailyReview, 'outcomes'>>,
  locale?: string,
): string | undefined {
  if (commitment.carriedFrom === undefined) return undefined;
  const parent = byId.get(commitment.carriedFrom);
  // Carried from one Flourish no longer has (restored without it).
  if (!parent) return t('domain:carried.unknown');
  let first = parent;
  let times = 1;
  const seen = new Set([commitment.id, parent.id]);
  for (
    let up = byId.get(first.carriedFrom ?? '');
    up && !seen.has(up.id);
    up = byId.get(up.carriedFrom ?? '')
  ) {
    seen.add(up.id);
    first = up;
    times += 1;
  }
  const outcome = reviews.get(parent.day)?.outcomes.find((o) => o.commitmentId === parent.id);
  const where =
    times === 1
      ? t(outcome?.decision === 'move' ? 'domain:carried.movedFrom' : 'domain:carried.from', {
          day: dayName(parent.day, commitment.day, locale),
        })
      : times === 2
        ? t('domain:carried.twice', { day: dayName(first.day, commitment.day, locale) })
        : t('domain:carried.times', { count: times, day: dayName(first.day, commitment.day, locale) });
  const obstacle = obstacleWords(outcome?.obstacle);
  return obstacle ? t('domain:carried.because', { where, obstacle }) : where;
}
