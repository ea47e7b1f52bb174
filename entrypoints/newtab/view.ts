/**
 * What the React new tab shows, as plain data, worded in the language in force. The first paint
 * (paint-snapshot, no React and no translations) draws the same from the words its snapshot carries,
 * written by the same functions (lib/domain/newtab-words), so the hand-over between them is seamless.
 */
import { formatDayLong } from '../../lib/domain/format';
import { horizonShown, type HorizonShown } from '../../lib/domain/horizons';
import type { NewTabSnapshot, SnapshotCommitment } from '../../lib/domain/newtab-snapshot';
import { listProgress } from '../../lib/domain/newtab-words';
import { dayOffNote, focusLines } from '../../lib/domain/words';
import { ideaOnList } from '../../lib/domain/spotlight';
import { statementClass } from './statement';

/** What the view is made from: the database's snapshot, or the first paint's until it answers. */
export type ViewData = Pick<
  NewTabSnapshot,
  | 'vision'
  | 'horizonChoice'
  | 'purpose'
  | 'values'
  | 'spotlight'
  | 'image'
  | 'pendingReviews'
  | 'focus'
  | 'dayOff'
> & { commitments: SnapshotCommitment[] | null };

export interface NewTabView {
  dateText: string;
  vision: ViewData['vision'];
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
  spotlight: (NonNullable<ViewData['spotlight']> & { onList: boolean }) | null;
  /** What the reviews said to focus on: today's (or the next workday's) and this week's. */
  focus: { label: string; text: string }[];
  image: ViewData['image'];
  pendingReviews: string[];
  /** On a day off, what the new tab says in place of asking for commitments; null on other days. */
  dayOffText: string | null;
}

export function newTabView(day: string, data: ViewData): NewTabView {
  const counted = data.commitments?.filter((c) => c.status !== 'dropped') ?? [];
  return {
    dateText: formatDayLong(day),
    vision: data.vision,
    statementClass: statementClass(data.vision?.statement.length ?? 0),
    horizon: data.vision && horizonShown(data.vision.horizons, data.horizonChoice, day),
    purpose: data.purpose,
    values: data.values,
    commitments: data.commitments && counted,
    progressText: listProgress(counted),
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
