/**
 * The new tab's first-paint snapshot: a small JSON copy of what the new tab shows, kept in
 * localStorage (read synchronously, before any IndexedDB or Dexie code loads) and rewritten
 * whenever the vision or today's list changes. It is only a hint: anything malformed or from
 * another day is ignored and the database decides.
 */
import { COMMITMENT_STATUSES, type CommitmentStatus, type IfThenPlan } from './types';
import { isDayKey, type DayKey } from './days';
import { HORIZON_CHOICES, HORIZONS, type HorizonChoice, type HorizonTexts } from './horizons';
import type { ReviewFocus } from './review-focus';

export const SNAPSHOT_KEY = 'flourish:newtab-snapshot';
/** Version 2 added the horizons, the leader's choice of them, and the picture's small copy. */
export const SNAPSHOT_VERSION = 2;

/**
 * The most a picture's small copy may take, as a `data:` URL: the whole snapshot is read and parsed
 * before the first paint, so it stays a few kilobytes. A copy that does not fit is left out.
 */
export const SMALL_PICTURE_MAX_CHARS = 12_000;

export interface SnapshotCommitment {
  id: string;
  title: string;
  status: CommitmentStatus;
  /** The title of the goal it serves, and the name of the strength it uses, when linked. */
  goal?: string;
  strength?: string;
  /** Where it was carried from and what got in the way there (lib/domain/carried-from). */
  carried?: string;
  /** Its if-then plan, when it has one. */
  ifThen?: IfThenPlan;
}

export interface NewTabSnapshot {
  v: typeof SNAPSHOT_VERSION;
  day: DayKey;
  vision: { statement: string; looksLike: string; feelsLike: string; horizons: HorizonTexts } | null;
  /** Which horizon the new tab shows (the setting), so the first paint shows the same one. */
  horizonChoice: HorizonChoice;
  purpose: string;
  values: string[];
  commitments: SnapshotCommitment[];
  /** The strength of the day: its id (absent in snapshots written before it was kept), name and idea. */
  spotlight: { id?: string; name: string; idea: string } | null;
  image: SnapshotImage | null;
  /** Days whose daily review is waiting, newest first. */
  pendingReviews: DayKey[];
  /** What the reviews said to focus on today and this week (absent from snapshots written before). */
  focus?: ReviewFocus;
  /** Present on a day off: its label ('' when it has none). Left out on other days, so older snapshots read alike. */
  dayOff?: string;
}

/** The picture of the day, as the first paint draws it before the database has its Blob. */
export interface SnapshotImage {
  id: number;
  /** Which stored picture this is (lib/store/small-picture: id, date and size): a small copy is reused only for it. */
  key: string;
  width: number;
  height: number;
  caption: string;
  /**
   * A small copy of the picture (a `data:` URL, at most SMALL_PICTURE_MAX_CHARS), drawn in the
   * first frame and covered by the picture itself once it has loaded. Derived, never user data.
   */
  small?: string;
}

/** What the first paint can trust: the vision always, today's list only if it is today's. */
export interface FirstPaint {
  vision: NewTabSnapshot['vision'];
  horizonChoice: HorizonChoice;
  purpose: string;
  values: string[];
  /** Null when the snapshot is from another day: the list is unknown until the database answers. */
  commitments: SnapshotCommitment[] | null;
  spotlight: NewTabSnapshot['spotlight'];
  image: NewTabSnapshot['image'];
  /** Only trusted from today's snapshot (the review time may pass overnight). */
  pendingReviews: DayKey[];
  /** Only trusted from today's snapshot: the focus is for a day, and a week. Absent: none. */
  focus?: ReviewFocus;
  /** Today's day off (its label), from today's snapshot only; left out on a workday or when unknown. */
  dayOff?: string;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isCommitment(value: unknown): value is SnapshotCommitment {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.title) &&
    COMMITMENT_STATUSES.includes(value.status as never) &&
    (value.goal === undefined || isString(value.goal)) &&
    (value.strength === undefined || isString(value.strength)) &&
    (value.carried === undefined || isString(value.carried)) &&
    (value.ifThen === undefined ||
      (isObject(value.ifThen) && isString(value.ifThen.when) && isString(value.ifThen.then)))
  );
}

function isFocus(value: unknown): value is ReviewFocus {
  if (!isObject(value)) return false;
  const { day, week } = value;
  const dayOk =
    day === null || (isObject(day) && isString(day.text) && isDayKey(day.from) && isDayKey(day.for));
  return dayOk && (week === null || isString(week));
}

/** A small copy the first paint may draw: an image `data:` URL within the budget. */
export function isSmallPicture(value: unknown): value is string {
  return isString(value) && value.startsWith('data:image/') && value.length <= SMALL_PICTURE_MAX_CHARS;
}

function isSnapshot(value: unknown): value is NewTabSnapshot {
  if (!isObject(value) || value.v !== SNAPSHOT_VERSION || !isDayKey(value.day)) return false;
  const { vision, spotlight, image } = value;
  const visionOk =
    vision === null ||
    (isObject(vision) &&
      isString(vision.statement) &&
      isString(vision.looksLike) &&
      isString(vision.feelsLike) &&
      isObject(vision.horizons) &&
      HORIZONS.every((horizon) => isString((vision.horizons as Record<string, unknown>)[horizon])));
  const spotlightOk =
    spotlight === null ||
    (isObject(spotlight) &&
      (spotlight.id === undefined || isString(spotlight.id)) &&
      isString(spotlight.name) &&
      isString(spotlight.idea));
  const imageOk =
    image === null ||
    (isObject(image) &&
      typeof image.width === 'number' &&
      typeof image.height === 'number' &&
      image.width > 0 &&
      image.height > 0 &&
      typeof image.id === 'number' &&
      isString(image.key) &&
      isString(image.caption) &&
      (image.small === undefined || isSmallPicture(image.small)));
  return (
    visionOk &&
    HORIZON_CHOICES.includes(value.horizonChoice as never) &&
    spotlightOk &&
    imageOk &&
    isString(value.purpose) &&
    Array.isArray(value.values) &&
    value.values.every(isString) &&
    Array.isArray(value.commitments) &&
    value.commitments.every(isCommitment) &&
    Array.isArray(value.pendingReviews) &&
    value.pendingReviews.every(isDayKey) &&
    (value.focus === undefined || isFocus(value.focus)) &&
    (value.dayOff === undefined || isString(value.dayOff))
  );
}

/** Reads the snapshot for `today`; null when there is none or it cannot be trusted. */
export function parseSnapshot(raw: string | null, today: DayKey): FirstPaint | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isSnapshot(value)) return null;
  return {
    vision: value.vision,
    horizonChoice: value.horizonChoice,
    purpose: value.purpose,
    values: value.values,
    commitments: value.day === today ? value.commitments : null,
    spotlight: value.day === today ? value.spotlight : null,
    // The picture of the day changes with the day: yesterday's would show, then be swapped.
    image: value.day === today ? value.image : null,
    pendingReviews: value.day === today ? value.pendingReviews : [],
    ...(value.day === today && value.focus && { focus: value.focus }),
    ...(value.day === today && value.dayOff !== undefined && { dayOff: value.dayOff }),
  };
}

/** Reads the snapshot from storage; null when storage is unavailable or the snapshot is unusable. */
export function readSnapshot(storage: Pick<Storage, 'getItem'>, today: DayKey): FirstPaint | null {
  try {
    return parseSnapshot(storage.getItem(SNAPSHOT_KEY), today);
  } catch {
    return null;
  }
}

/** Writes the snapshot; a full or disabled storage only costs the next first paint. */
export function writeSnapshot(storage: Pick<Storage, 'setItem'>, snapshot: NewTabSnapshot): void {
  try {
    storage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    // The database still has everything; the next new tab just paints a moment later.
  }
}
