/**
 * What the new tab shows, as plain data. The first paint (from the snapshot, no React) and the
 * React app (from the database) both render this, so the hand-over between them is seamless.
 */
import { dayOffNote } from '../../lib/domain/days-off';
import { formatDayLong, formatProgress } from '../../lib/domain/format';
import { horizonShown, type HorizonShown } from '../../lib/domain/horizons';
import type { FirstPaint, SnapshotCommitment } from '../../lib/domain/newtab-snapshot';
import { focusLines } from '../../lib/domain/review-focus';
import { ideaOnList } from '../../lib/domain/spotlight';

/** Statements longer than these are set smaller, so that even a long vision fits the screen. */
const LONG_STATEMENT = 140;
const VERY_LONG_STATEMENT = 480;

export interface NewTabView {
  dateText: string;
  vision: FirstPaint['vision'];
  /** The statement's class names: its size follows its length. */
  statementClass: string;
  /** The horizon shown today, with the choices the leader has; null when none is written. */
  horizon: HorizonShown | null;
  purpose: string;
  values: string[];
  /** Null while unknown (the snapshot was from another day and the database has not answered). */
  commitments: SnapshotCommitment[] | null;
  progressText: string;
  /** The strength of the day, and whether its idea is on today's list already. */
  spotlight: (NonNullable<FirstPaint['spotlight']> & { onList: boolean }) | null;
  /** What the reviews said to focus on: today's (or the next workday's) and this week's. */
  focus: { label: string; text: string }[];
  image: FirstPaint['image'];
  pendingReviews: string[];
  /** On a day off, what the new tab says in place of asking for commitments; null on other days. */
  dayOffText: string | null;
}

export function newTabView(day: string, data: FirstPaint): NewTabView {
  const counted = data.commitments?.filter((c) => c.status !== 'dropped') ?? [];
  const done = counted.filter((c) => c.status === 'done').length;
  return {
    dateText: formatDayLong(day),
    vision: data.vision,
    statementClass: statementClass(data.vision?.statement.length ?? 0),
    horizon: data.vision && horizonShown(data.vision.horizons, data.horizonChoice, day),
    purpose: data.purpose,
    values: data.values,
    commitments: data.commitments && counted,
    progressText: formatProgress(done, counted.length),
    spotlight: data.spotlight && {
      ...data.spotlight,
      onList: ideaOnList(data.spotlight.idea, data.commitments ?? []) !== undefined,
    },
    focus: data.focus ? focusLines(data.focus, day) : [],
    image: data.image,
    pendingReviews: data.pendingReviews,
    dayOffText: data.dayOff === undefined ? null : dayOffNote(data.dayOff),
  };
}

function statementClass(length: number): string {
  if (length > VERY_LONG_STATEMENT) return 'vision-statement is-very-long';
  if (length > LONG_STATEMENT) return 'vision-statement is-long';
  return 'vision-statement';
}
