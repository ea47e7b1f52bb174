/**
 * fast-check arbitraries for rows Flourish itself could have written, every table and the settings.
 * Written from the rules as a person states them (a title is trimmed and 1–120 characters, ranks
 * run 1, 2, 3 … with no tie, days run from 1970 to 9999), not from the code that checks them, so a
 * property test compares that code with the rules rather than with itself.
 *
 * Each row's fields are typed against its entity type, optional fields included: a field added to
 * an entity fails the type-check here until it is generated too.
 */
import { LANGUAGES } from '../../lib/i18n/languages';
import fc from 'fast-check';
import { OBSTACLES } from '../../lib/domain/obstacles';
import { HORIZON_CHOICES } from '../../lib/domain/horizons';
import type { SetupState } from '../../lib/domain/setup-steps';
import type { Settings } from '../../lib/domain/settings';
import { STRENGTHS } from '../../lib/domain/strengths';
import type { Agreement, GoalRating, StoredRows } from '../../lib/domain/types';
import { solidPng } from './png';

/** The keys of T that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/**
 * A row with an arbitrary for each of T's fields; those named in `optional` are sometimes left out
 * (left out, never set to undefined, as the editors do).
 */
function row<T extends object>(
  fields: { [K in keyof T]-?: fc.Arbitrary<Exclude<T[K], undefined>> },
  optional: readonly OptionalKeys<T>[] = [],
): fc.Arbitrary<T> {
  const requiredKeys = (Object.keys(fields) as (keyof T)[]).filter(
    (key) => !optional.includes(key as OptionalKeys<T>),
  );
  // Plain objects, as a database and JSON give back (fast-check would also try null prototypes).
  return fc.record(fields, { requiredKeys, noNullPrototype: true }) as unknown as fc.Arbitrary<T>;
}

const DAY_MS = 86_400_000;
/** 1970-01-01 and 9999-12-31, the days Flourish keeps. */
const FIRST = Date.UTC(1970, 0, 1);
const LAST = Date.UTC(9999, 11, 31);

/** Any text up to `max` UTF-16 units, from the whole of Unicode (lone surrogates included). */
const text = (max: number) =>
  fc.string({ unit: 'binary', maxLength: max }).map((value) => value.slice(0, max));
/** What a required text field keeps: trimmed, not empty, up to `max` units. */
const title = (max: number) =>
  text(max)
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** A time in whole milliseconds from 1970 to the start of 9999-12-31 (UTC). */
const stamp = fc.integer({ min: 0, max: LAST });
/** A place in a list: any finite number (JSON has no negative zero, and no order is one). */
const order = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value));
const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }).filter((value) => value.length <= 100);
const dayNumber = fc.integer({ min: 0, max: (LAST - FIRST) / DAY_MS });
/** `YYYY-MM-DD` from 1970-01-01 to 9999-12-31. */
const day = dayNumber.map((n) => new Date(FIRST + n * DAY_MS).toISOString().slice(0, 10));
/** The ISO week (`YYYY-Www`) of a day from 1970 to 9999: the week its Thursday falls in. */
const week = dayNumber.map((n) => {
  const date = new Date(FIRST + n * DAY_MS);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const number = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${String(year).padStart(4, '0')}-W${String(number).padStart(2, '0')}`;
});
const strengthId = fc.constantFrom(...STRENGTHS.map((strength) => strength.id));
const weekday = fc.integer({ min: 0, max: 6 });
const ifThen = row<{ when: string; then: string }>({ when: title(200), then: title(200) });
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

/** A small real PNG, as the vision board stores it. */
const picture = fc
  .record({
    width: fc.integer({ min: 1, max: 24 }),
    height: fc.integer({ min: 1, max: 24 }),
    rgb: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)),
  })
  .map(
    ({ width, height, rgb }) =>
      new Blob([new Uint8Array(solidPng(width, height, rgb))], { type: 'image/png' }),
  );

const profile = row<StoredRows['profile']>(
  {
    id: fc.constant('me'),
    name: text(120),
    purpose: text(2000),
    values: fc.uniqueArray(title(120), { maxLength: 7, selector: (value) => value.toLocaleLowerCase() }),
    coachName: text(120),
    customObstacles: fc.array(text(60), { maxLength: 5 }),
    updatedAt: stamp,
  },
  ['coachName', 'customObstacles'],
);

/** Some strengths of the catalogue, ranked 1, 2, 3 … in a random order. */
const strengths = fc
  .shuffledSubarray(
    STRENGTHS.map((strength) => strength.id),
    { maxLength: 24 },
  )
  .chain((ids) =>
    fc.tuple(
      ...ids.map((strength, index) =>
        row<StoredRows['strengths']>(
          {
            id: fc.constant(strength),
            rank: fc.constant(index + 1),
            note: text(2000),
            updatedAt: stamp,
            rankedAt: stamp,
          },
          ['rankedAt'],
        ),
      ),
    ),
  );

const vision = row<StoredRows['vision']>({
  id: fc.constant('me'),
  statement: text(2000),
  looksLike: text(2000),
  feelsLike: text(2000),
  horizons: row<StoredRows['vision']['horizons']>({
    now: text(2000),
    oneYear: text(2000),
    threeYears: text(2000),
  }),
  updatedAt: stamp,
});

const visionImage = row<StoredRows['visionImages']>(
  {
    id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    blob: picture,
    caption: text(120),
    order,
    width: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    height: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    createdAt: stamp,
    updatedAt: stamp,
  },
  ['width', 'height'],
);

const goal = row<StoredRows['goals']>({
  id,
  title: title(120),
  why: text(2000),
  successMeasure: text(2000),
  status: fc.constantFrom('active', 'achieved', 'archived'),
  order,
  createdAt: stamp,
  updatedAt: stamp,
});

const commitment = row<StoredRows['commitments']>(
  {
    id,
    day,
    title: title(200),
    goalId: id,
    strengthId,
    ifThen,
    status: fc.constantFrom('open', 'done', 'not-done', 'dropped'),
    carriedFrom: id,
    order,
    createdAt: stamp,
    updatedAt: stamp,
    doneAt: stamp,
    recurrenceId: id,
  },
  ['goalId', 'strengthId', 'ifThen', 'carriedFrom', 'doneAt', 'recurrenceId'],
);

/** A built-in obstacle, or `custom:` and the user's words. */
const obstacle = fc.oneof(
  fc.constantFrom(...OBSTACLES.map((choice) => choice.id)),
  title(63).map((words) => `custom:${words}`),
);

type Outcome = StoredRows['reviews']['outcomes'][number];
const outcome = row<Outcome>(
  {
    commitmentId: id,
    status: fc.constantFrom('done', 'not-done', 'dropped'),
    obstacle,
    note: text(2000),
    decision: fc.constantFrom('carry', 'move', 'drop'),
    moveTo: day,
    carriedTo: day,
  },
  ['obstacle', 'note', 'decision', 'moveTo', 'carriedTo'],
);

const scale = fc.integer({ min: 1, max: 5 });
const review = row<StoredRows['reviews']>(
  {
    day,
    completedAt: stamp,
    skipped: fc.boolean(),
    outcomes: fc.array(outcome, { maxLength: 4 }),
    wentWell: text(2000),
    strengthsUsed: fc.uniqueArray(strengthId, { maxLength: 24 }),
    learned: text(2000),
    tomorrowFocus: text(2000),
    starred: fc.boolean(),
    energy: scale,
    stress: scale,
    updatedAt: stamp,
  },
  ['completedAt', 'skipped', 'starred', 'energy', 'stress'],
);

const weeklyReview = row<StoredRows['weeklyReviews']>(
  {
    week,
    wins: text(2000),
    patterns: text(2000),
    nextWeekFocus: text(2000),
    goalRatings: fc.uniqueArray(row<GoalRating>({ goalId: id, rating: fc.integer({ min: -2, max: 2 }) }), {
      maxLength: 4,
      selector: (rating) => rating.goalId,
    }),
    completedAt: stamp,
    updatedAt: stamp,
  },
  ['goalRatings', 'completedAt'],
);

const agreement = row<Agreement>(
  {
    id,
    text: title(2000),
    became: row<NonNullable<Agreement['became']>>({
      kind: fc.constantFrom('goal', 'recurrence', 'commitment'),
      id,
    }),
  },
  ['became'],
);

/** A session: its next one, when set, on a later day. */
const session = row<StoredRows['sessions']>(
  {
    id,
    day,
    nextDay: day,
    agreements: fc.uniqueArray(agreement, { maxLength: 3, selector: (a) => a.id }),
    notes: text(2000),
    createdAt: stamp,
    updatedAt: stamp,
  },
  ['nextDay'],
).filter((s) => s.nextDay === undefined || s.nextDay > s.day);

const question = row<StoredRows['questions']>(
  { id, text: title(2000), broughtTo: id, createdAt: stamp, updatedAt: stamp },
  ['broughtTo'],
);

/** A run of days off: up to a year from its first day, its label trimmed. */
const dayOff = fc
  .tuple(dayNumber, fc.integer({ min: 0, max: 365 }), text(120), id, stamp, stamp)
  .filter(([first, length]) => first + length <= (LAST - FIRST) / DAY_MS)
  .map(([first, length, label, key, createdAt, updatedAt]) => ({
    id: key,
    from: new Date(FIRST + first * DAY_MS).toISOString().slice(0, 10),
    to: new Date(FIRST + (first + length) * DAY_MS).toISOString().slice(0, 10),
    label: label.trim(),
    createdAt,
    updatedAt,
  }));

/** Chosen weekdays (at least one, each once, in order), or every 1–52 weeks on one weekday. */
type Schedule = StoredRows['recurrences']['schedule'];
const schedule: fc.Arbitrary<Schedule> = fc.oneof(
  fc
    .uniqueArray(weekday, { minLength: 1, maxLength: 7 })
    .map((weekdays) => ({ kind: 'weekdays' as const, weekdays: weekdays.sort((a, b) => a - b) })),
  row<Extract<Schedule, { kind: 'every-n-weeks' }>>({
    kind: fc.constant('every-n-weeks'),
    interval: fc.integer({ min: 1, max: 52 }),
    weekday,
  }),
);

const recurrence = row<StoredRows['recurrences']>(
  {
    id,
    title: title(200),
    goalId: id,
    strengthId,
    ifThen,
    schedule,
    startDay: day,
    order,
    createdAt: stamp,
    updatedAt: stamp,
  },
  ['goalId', 'strengthId', 'ifThen'],
);

/** A table's rows: a few, none sharing a key. */
const rows = <T>(arbitrary: fc.Arbitrary<T>, key: (row: T) => unknown, maxLength = 4) =>
  fc.uniqueArray(arbitrary, { maxLength, selector: key });

/** A database Flourish could have written: rows of every table. */
export const database: fc.Arbitrary<{ [N in keyof StoredRows]: StoredRows[N][] }> = fc.record({
  profile: rows(profile, (row) => row.id, 1),
  strengths,
  vision: rows(vision, (row) => row.id, 1),
  visionImages: rows(visionImage, (row) => row.id, 3),
  goals: rows(goal, (row) => row.id),
  commitments: rows(commitment, (row) => row.id, 6),
  reviews: rows(review, (row) => row.day),
  weeklyReviews: rows(weeklyReview, (row) => row.week),
  recurrences: rows(recurrence, (row) => row.id),
  sessions: rows(session, (row) => row.id),
  questions: rows(question, (row) => row.id),
  daysOff: rows(dayOff, (row) => row.id),
});

/** Settings Settings could have saved: valid times, workdays each once and in order. */
export const settings = row<Settings>(
  {
    reviewTime: time,
    workdays: fc.uniqueArray(weekday, { maxLength: 7 }).map((days) => days.sort((a, b) => a - b)),
    promptsEnabled: fc.boolean(),
    snoozeMinutes: fc.constantFrom(5, 10, 15, 30, 60),
    morningTime: fc.option(time, { nil: null }),
    weeklyReviewDay: fc.option(weekday, { nil: null }),
    newTabHorizon: fc.constantFrom(...HORIZON_CHOICES),
    sessionReminder: fc.boolean(),
    language: fc.constantFrom(...LANGUAGES),
  },
  // Absent: Flourish follows the browser's language.
  ['language'],
);

export const setup = row<SetupState>({
  step: fc.constantFrom(
    'welcome',
    'purpose',
    'values',
    'strengths',
    'vision',
    'goals',
    'review-time',
    'done',
  ),
  completedAt: fc.option(stamp, { nil: null }),
});
