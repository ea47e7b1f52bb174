/**
 * A deterministic ten-year history for `npm run bench` and the round-trip tests: about 18,000
 * commitments (or as many per day as asked) and 2,600 daily reviews over the workdays up to
 * `today`, two recurring commitments, goals, a strengths ranking, weekly reviews with goal ratings,
 * a coaching session every other week with its agreements and a question, and a fortnight off each
 * summer. Same seed,
 * same data.
 */
import { addDays, isoWeekKey, weekday, type DayKey } from '../../lib/domain/days';
import type {
  CoachingSession,
  CoachQuestion,
  Commitment,
  DailyReview,
  DaysOff,
  Goal,
  Profile,
  RecurrenceRule,
  StrengthRanking,
  Vision,
  WeeklyReview,
} from '../../lib/domain/types';
import { STRENGTHS } from '../../lib/domain/strengths';
import { occursOn } from '../../lib/domain/recurrence';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTIONS = [
  'Give feedback on the launch plan',
  'Write the board update',
  'One-to-one with Sam',
  'Review the pipeline forecast',
  'Prepare the offsite agenda',
  'Call the investor back',
  'Coach Priya on the client pitch',
  'Clear decisions waiting on me',
  'Walk the floor and listen',
  'Draft the hiring plan',
];
const OBSTACLES = [
  'meetings',
  'priorities-changed',
  'underestimated',
  'low-energy',
  'waiting',
  'avoided',
  'unclear',
];
const SIGNATURE = ['perspective', 'leadership', 'honesty', 'hope', 'zest'];

export interface History {
  profile: Profile[];
  vision: Vision[];
  strengths: StrengthRanking[];
  goals: Goal[];
  commitments: Commitment[];
  reviews: DailyReview[];
  weeklyReviews: WeeklyReview[];
  recurrences: RecurrenceRule[];
  sessions: CoachingSession[];
  questions: CoachQuestion[];
  daysOff: DaysOff[];
}

/** How many commitments a workday holds: from `min` to `max`, at random. */
export interface PerDay {
  min: number;
  max: number;
}

/** Ten years of workdays ending `today`, six to eight commitments each unless `perDay` says otherwise. */
export function tenYearHistory(today: DayKey, seed = 20261125, perDay: PerDay = { min: 6, max: 8 }): History {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const stamp = (day: DayKey, hour: number) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

  const goals: Goal[] = [
    'Manage staff performance with regular feedback',
    'Meet this year’s productivity metrics',
    'Become more inspired and energised at work',
    'Build a leadership bench',
  ].map((title, index) => ({
    id: `goal-${index + 1}`,
    title,
    why: 'It matters to the team and to me.',
    successMeasure: 'Visible in the quarterly review.',
    status: index === 3 ? 'achieved' : 'active',
    order: index + 1,
    createdAt: stamp(addDays(today, -3650), 9),
    updatedAt: stamp(addDays(today, -3650), 9),
  }));

  const start = addDays(today, -3652);
  const rules: Pick<RecurrenceRule, 'title' | 'schedule'>[] = [
    { title: 'One-to-one with Sam', schedule: { kind: 'weekdays', weekdays: [2] } },
    { title: 'Review the pipeline forecast', schedule: { kind: 'every-n-weeks', interval: 2, weekday: 5 } },
  ];
  const recurrences: RecurrenceRule[] = rules.map((rule, index) => ({
    id: `rule-${index + 1}`,
    ...rule,
    startDay: start,
    order: index + 1,
    createdAt: stamp(start, 8),
    updatedAt: stamp(start, 8),
  }));

  const commitments: Commitment[] = [];
  const reviews: DailyReview[] = [];
  const weeklyReviews: WeeklyReview[] = [];
  // Drawn from the day's place, not from `rand`, so the rest of the history stays as it was.
  const sessions: CoachingSession[] = [];
  const questions: CoachQuestion[] = [];
  const daysOff: DaysOff[] = [];
  for (let offset = 3652; offset >= 0; offset--) {
    const day = addDays(today, -offset);
    const wd = weekday(day);
    if (wd === 0 || wd === 6) continue;
    const count = perDay.min + Math.floor(rand() * (perDay.max - perDay.min + 1));
    // The first commitment of a day a rule falls on is the rule's.
    const rule = recurrences.find((r) => occursOn(r, day));
    const outcomes: DailyReview['outcomes'] = [];
    for (let n = 0; n < count; n++) {
      const roll = rand();
      const isToday = offset === 0;
      const status: Commitment['status'] = isToday
        ? n === 0
          ? 'done'
          : 'open'
        : roll < 0.64
          ? 'done'
          : roll < 0.9
            ? 'not-done'
            : 'dropped';
      const commitment: Commitment = {
        id: `c-${day}-${n}`,
        day,
        title: pick(ACTIONS),
        ...(n === 0 && rule && { title: rule.title, recurrenceId: rule.id }),
        status,
        order: n + 1,
        createdAt: stamp(day, 8),
        updatedAt: stamp(day, 17),
        ...(rand() < 0.5 && { goalId: pick(goals).id }),
        ...(rand() < 0.4 && { strengthId: rand() < 0.7 ? pick(SIGNATURE) : pick(STRENGTHS).id }),
        ...(status === 'done' && { doneAt: stamp(day, 14) }),
      };
      commitments.push(commitment);
      if (status !== 'open') {
        outcomes.push({
          commitmentId: commitment.id,
          status: status === 'done' ? 'done' : status === 'dropped' ? 'dropped' : 'not-done',
          ...(status === 'not-done' && { obstacle: pick(OBSTACLES) }),
        });
      }
    }
    if (offset > 0) {
      reviews.push({
        day,
        completedAt: stamp(day, 18),
        outcomes,
        wentWell: 'Kept the main thing the main thing.',
        strengthsUsed: [pick(SIGNATURE), pick(SIGNATURE)].filter((s, i, all) => all.indexOf(s) === i),
        learned: 'Protect the first hour.',
        tomorrowFocus: pick(ACTIONS),
        energy: 1 + Math.floor(rand() * 5),
        stress: 1 + Math.floor(rand() * 5),
        ...(offset % 9 === 0 && { starred: true }),
        updatedAt: stamp(day, 18),
      });
    }
    // A coaching session every other Tuesday, agreeing two things and taking one question.
    if (wd === 2 && offset % 14 < 7) {
      const id = `session-${day}`;
      sessions.push({
        id,
        day,
        nextDay: addDays(day, 14),
        agreements: [
          { id: `${id}-1`, text: 'Delegate the weekly report.', became: { kind: 'goal', id: 'goal-4' } },
          { id: `${id}-2`, text: 'Ask one open question in every one-to-one.' },
        ],
        notes: 'Talked about where my time goes.',
        createdAt: stamp(day, 10),
        updatedAt: stamp(day, 10),
      });
      questions.push({
        id: `question-${day}`,
        text: 'How do I say no to the CEO’s side projects?',
        ...(offset > 0 && { broughtTo: id }),
        createdAt: stamp(addDays(day, -3), 12),
        updatedAt: stamp(day, 10),
      });
    }
    // Two weeks off each August.
    if (day.endsWith('-08-01')) {
      daysOff.push({
        id: `off-${day}`,
        from: day,
        to: addDays(day, 13),
        label: 'Summer holiday',
        createdAt: stamp(addDays(day, -30), 9),
        updatedAt: stamp(addDays(day, -30), 9),
      });
    }
    if (wd === 5 && offset > 0) {
      weeklyReviews.push({
        week: isoWeekKey(day),
        wins: 'Shipped what mattered.',
        patterns: 'Afternoon meetings crowd out deep work.',
        nextWeekFocus: 'Block two mornings.',
        goalRatings: goals
          .filter((goal) => goal.status === 'active')
          .map((goal, index) => ({ goalId: goal.id, rating: ((offset + index) % 5) - 2 })),
        completedAt: stamp(day, 17),
        updatedAt: stamp(day, 17),
      });
    }
  }

  return {
    profile: [
      {
        id: 'me',
        name: 'Alex Rivera',
        purpose: 'To build teams where people do the best work of their lives.',
        values: ['Candour', 'Curiosity', 'Care', 'Courage'],
        coachName: 'Jordan',
        updatedAt: stamp(today, 8),
      },
    ],
    vision: [
      {
        id: 'me',
        statement: 'A leadership team that runs the business with confidence while I shape what comes next.',
        looksLike: 'Calm Mondays; decisions made well without me in the room.',
        feelsLike: 'Trusted, energised, unhurried.',
        horizons: {
          now: 'Weekly one-to-ones that matter',
          oneYear: 'Two directors ready to step up',
          threeYears: 'Leading the expansion into Europe',
        },
        updatedAt: stamp(today, 8),
      },
    ],
    strengths: [...SIGNATURE, ...STRENGTHS.map((s) => s.id).filter((id) => !SIGNATURE.includes(id))].map(
      (id, index) => ({
        id,
        rank: index + 1,
        note: index < 5 ? 'When the team is stuck.' : '',
        updatedAt: 1,
      }),
    ),
    goals,
    commitments,
    reviews,
    weeklyReviews,
    recurrences,
    sessions,
    questions,
    daysOff,
  };
}
