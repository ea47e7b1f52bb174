/**
 * The new tab's first-paint snapshot: a small JSON copy of what the new tab shows, kept in
 * localStorage (read synchronously, before any IndexedDB or Dexie code loads) and rewritten
 * whenever the vision, today's list or the language changes. It is only a hint: anything malformed
 * or from another day is ignored and the database decides.
 *
 * The first paint loads no translations (tests/unit/entrypoints/newtab-loader-imports.test.ts), so
 * the snapshot carries Flourish's words as well, already in the language in force when it was
 * written (lib/domain/newtab-words.ts writes them). This module is read by that first paint: it
 * imports nothing that speaks, only the days and the list of languages.
 */
import { isDayKey, type DayKey } from './days';
import type { Horizon, HorizonChoice, HorizonTexts } from './horizons';
import type { ReviewFocus } from './review-focus';
import { COMMITMENT_STATUSES, type CommitmentStatus, type IfThenPlan } from './types';
import { isLanguageChoice, type LanguageChoice } from '../i18n/languages';

export const SNAPSHOT_KEY = 'flourish:newtab-snapshot';
/**
 * Version 2 added the horizons, the leader's choice of them, and the picture's small copy; version
 * 3 the language and Flourish's words in it.
 */
export const SNAPSHOT_VERSION = 3;

/**
 * lib/domain/horizons.ts's lists, repeated here because that module speaks (lib/i18n) and the first
 * paint may not load it. Written as records, so the type-check refuses one missing or one too many;
 * tests/unit/domain/newtab-snapshot.test.ts holds the order to horizons.ts's.
 */
const HORIZON_KEYS: Record<Horizon, null> = { now: null, oneYear: null, threeYears: null };
const CHOICE_KEYS: Record<HorizonChoice, null> = { ...HORIZON_KEYS, inTurn: null };
export const SNAPSHOT_HORIZONS = Object.keys(HORIZON_KEYS) as Horizon[];
export const SNAPSHOT_HORIZON_CHOICES = Object.keys(CHOICE_KEYS) as HorizonChoice[];

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

/** The words the first paint draws whatever the day, in the snapshot's language (one string each). */
export const SNAPSHOT_LABELS = [
  /** The page's title. */
  'title',
  /** "My vision", and the first-run invitation when no vision is written: its three parts. */
  'visionHeading',
  'welcome',
  'invite',
  'setUp',
  /** The horizon choice's legend (read by screen readers). */
  'horizonLegend',
  /** "Today", the list's name, the not-done note, and the goal and strength tags' hidden prefixes. */
  'today',
  'checklist',
  'notDone',
  'goal',
  'strength',
  /** The side column's labels. */
  'looksLike',
  'feelsLike',
  'purpose',
  'values',
] as const;
export type SnapshotLabel = (typeof SNAPSHOT_LABELS)[number];

/** Flourish's words on the new tab, in the snapshot's language: the first paint loads no translations. */
export interface SnapshotWords extends Record<SnapshotLabel, string> {
  horizonNames: Record<Horizon, string>;
  horizonChoices: Record<HorizonChoice, string>;
  /** The words of the snapshot's own day, trusted on that day only, as its list is. */
  day: DayWords;
}

/** What the new tab says of the snapshot's day, worded on it ("Today’s focus", "2 of 4 done"). */
export interface DayWords {
  /** "2 of 4 done"; empty when there is nothing to count. */
  progress: string;
  /** On a day off, what the new tab says in place of asking for commitments; null on other days. */
  dayOff: string | null;
  /** What the reviews said to focus on, each labelled, the leader's words as written. */
  focus: { label: string; text: string }[];
  /** Each if-then plan as the sentence it reads as, by its commitment's id. */
  plans: Record<string, string>;
  /** The strength of the day's heading and its button's words; null with no strength of the day. */
  spotlight: { heading: string; button: string; onList: boolean } | null;
  /** The "review waiting" banner; null when no review is waiting. */
  reviewDue: ReviewDueWords | null;
}

/** The "review waiting" banner's words (components/ReviewDue draws the same, lib/domain/newtab-words words both). */
export interface ReviewDueWords {
  heading: string;
  /** The newest day waiting, offered first: why and the button. Null when only older days wait. */
  first: { day: DayKey; prompt: string; action: string } | null;
  /** The other recent days waiting, each a link with its date. Null when there are none. */
  more: { label: string; days: { day: DayKey; text: string }[] } | null;
  /** The older days, as one choice: what it says, the day its button opens, and the two buttons. */
  older: { day: DayKey; text: string; review: string; skip: string } | null;
}

export interface NewTabSnapshot {
  v: typeof SNAPSHOT_VERSION;
  day: DayKey;
  /** The language its words are in: the first paint formats dates in it and marks the page with it. */
  language: LanguageChoice;
  words: SnapshotWords;
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

/** The snapshot's words as the first paint may use them: the day's only on that day. */
export type FirstPaintWords = Omit<SnapshotWords, 'day'> & { day: DayWords | null };

/** What the first paint can trust: the vision always, today's list only if it is today's. */
export interface FirstPaint {
  language: LanguageChoice;
  words: FirstPaintWords;
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

const hasStrings = (value: unknown, keys: readonly string[]): value is Record<string, string> =>
  isObject(value) && keys.every((key) => isString(value[key]));

const isLines = (value: unknown) =>
  Array.isArray(value) && value.every((line) => hasStrings(line, ['label', 'text']));

function isReviewDue(value: unknown): value is ReviewDueWords {
  if (!isObject(value) || !isString(value.heading)) return false;
  const { first, more, older } = value;
  const days = isObject(more) && Array.isArray(more.days) ? more.days : null;
  return (
    (first === null || (hasStrings(first, ['prompt', 'action']) && isDayKey(first.day))) &&
    (more === null ||
      (isObject(more) &&
        isString(more.label) &&
        days !== null &&
        days.every((d) => hasStrings(d, ['text']) && isDayKey(d.day)))) &&
    (older === null || (hasStrings(older, ['text', 'review', 'skip']) && isDayKey(older.day)))
  );
}

function isDayWords(value: unknown): value is DayWords {
  if (!isObject(value)) return false;
  const { spotlight, plans } = value;
  return (
    isString(value.progress) &&
    (value.dayOff === null || isString(value.dayOff)) &&
    isLines(value.focus) &&
    isObject(plans) &&
    Object.values(plans).every(isString) &&
    (spotlight === null ||
      (hasStrings(spotlight, ['heading', 'button']) && typeof spotlight.onList === 'boolean')) &&
    (value.reviewDue === null || isReviewDue(value.reviewDue))
  );
}

function isWords(value: unknown): value is SnapshotWords {
  return (
    hasStrings(value, SNAPSHOT_LABELS) &&
    hasStrings(value.horizonNames, SNAPSHOT_HORIZONS) &&
    hasStrings(value.horizonChoices, SNAPSHOT_HORIZON_CHOICES) &&
    isDayWords(value.day)
  );
}

/** A small copy the first paint may draw: an image `data:` URL within the budget. */
export function isSmallPicture(value: unknown): value is string {
  return isString(value) && value.startsWith('data:image/') && value.length <= SMALL_PICTURE_MAX_CHARS;
}

function isSnapshot(value: unknown): value is NewTabSnapshot {
  if (!isObject(value) || value.v !== SNAPSHOT_VERSION || !isDayKey(value.day)) return false;
  if (!isLanguageChoice(value.language) || !isWords(value.words)) return false;
  const { vision, spotlight, image } = value;
  const visionOk =
    vision === null ||
    (isObject(vision) &&
      isString(vision.statement) &&
      isString(vision.looksLike) &&
      isString(vision.feelsLike) &&
      isObject(vision.horizons) &&
      hasStrings(vision.horizons, SNAPSHOT_HORIZONS));
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
    SNAPSHOT_HORIZON_CHOICES.includes(value.horizonChoice as never) &&
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
    language: value.language,
    words: { ...value.words, day: value.day === today ? value.words.day : null },
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
