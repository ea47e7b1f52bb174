/**
 * A realistic leader's first two months with Flourish, for the privacy walk and the store
 * screenshots: a foundation in their own words, varied daily commitments with the reviews that
 * followed them, weekly reviews, and today's list partly done. Deterministic for a given `today`.
 */
import { addDays, isoWeekKey, weekday, type DayKey } from '../../lib/domain/days';
import type {
  Commitment,
  DailyReview,
  Goal,
  Profile,
  StrengthRanking,
  Vision,
  WeeklyReview,
} from '../../lib/domain/types';
import { STRENGTHS } from '../../lib/domain/strengths';

const SIGNATURE = ['perspective', 'leadership', 'honesty', 'hope', 'curiosity'];

const GOALS: Pick<Goal, 'title' | 'why' | 'successMeasure'>[] = [
  {
    title: 'Grow two directors who can run the business without me',
    why: 'The company cannot grow past what I can personally hold.',
    successMeasure: 'Both lead a quarterly review on their own by June.',
  },
  {
    title: 'Give feedback every week, not every quarter',
    why: 'My team deserves to know where they stand before it is too late to change.',
    successMeasure: 'Every direct report hears specific feedback from me each week.',
  },
  {
    title: 'Protect two mornings a week for thinking',
    why: 'Strategy keeps losing to my inbox.',
    successMeasure: 'Tuesday and Thursday mornings free of meetings for a quarter.',
  },
];

/** Actions a leader commits to, with the goal and strength they serve (indexes into the lists above). */
const ACTIONS: { title: string; goal?: number; strength?: string }[] = [
  { title: 'One-to-one with Priya: her first board presentation', goal: 0, strength: 'leadership' },
  { title: 'Give Sam specific feedback on the launch plan', goal: 1, strength: 'honesty' },
  { title: 'Block Thursday morning for the three-year plan', goal: 2, strength: 'perspective' },
  { title: 'Write the board update', strength: 'perspective' },
  { title: 'Ask Marco what is getting in his way', goal: 0, strength: 'curiosity' },
  { title: 'Decline two meetings I am not needed in', goal: 2 },
  { title: 'Thank the support team for the weekend release', strength: 'gratitude' },
  { title: 'Review the hiring plan with finance' },
  { title: 'Walk the floor before 10:00 and listen', goal: 1, strength: 'curiosity' },
  { title: 'Let Priya chair the leadership meeting', goal: 0, strength: 'leadership' },
  { title: 'Call the client back about the renewal', strength: 'hope' },
  { title: 'Draft the offsite agenda with Marco', goal: 0 },
];

const OBSTACLES = ['meetings', 'priorities-changed', 'underestimated', 'waiting', 'low-energy', 'avoided'];

const WENT_WELL = [
  'Priya ran the pipeline review and I stayed quiet. She was ready.',
  'Said no to the vendor demo and used the hour for the plan.',
  'The feedback conversation with Sam was easier than I feared.',
  'Kept my phone away in the leadership meeting.',
  'Listened more than I spoke in both one-to-ones.',
  'Finished the board update before lunch.',
];
const LEARNED = [
  'When I prepare the question in advance, the one-to-one goes deeper.',
  'Afternoons are for people, mornings are for thinking.',
  'I avoid feedback when I am tired; do it early.',
  'Delegating the decision and the credit works better than the task alone.',
  'A short walk before the hard conversation keeps me calm.',
];

export interface SampleData {
  profile: Profile[];
  vision: Vision[];
  strengths: StrengthRanking[];
  goals: Goal[];
  commitments: Commitment[];
  reviews: DailyReview[];
  weeklyReviews: WeeklyReview[];
}

/** mulberry32: small and seedable, so the same day always gives the same sample. */
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

/** Eight weeks of workdays before `today`, and today's list: three done or open, one linked to a goal. */
export function sampleLeader(today: DayKey, weeks = 8): SampleData {
  const rand = random(42);
  const at = (day: DayKey, hour: number) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  const start = addDays(today, -weeks * 7);
  const goals: Goal[] = GOALS.map((goal, index) => ({
    ...goal,
    id: `goal-${index + 1}`,
    status: 'active',
    order: index + 1,
    createdAt: at(start, 9),
    updatedAt: at(start, 9),
  }));

  const commitments: Commitment[] = [];
  const reviews: DailyReview[] = [];
  const weeklyReviews: WeeklyReview[] = [];
  for (let offset = weeks * 7; offset >= 0; offset--) {
    const day = addDays(today, -offset);
    const wd = weekday(day);
    if (wd === 0 || wd === 6) continue;
    const isToday = offset === 0;
    const count = isToday ? 4 : 3 + Math.floor(rand() * 2);
    // Later weeks go better than the first ones, as they do when the coaching works.
    const doneChance = 0.5 + 0.3 * (1 - offset / (weeks * 7));
    const outcomes: DailyReview['outcomes'] = [];
    const first = Math.floor(rand() * ACTIONS.length);
    for (let n = 0; n < count; n++) {
      const action = ACTIONS[(first + n * 5) % ACTIONS.length]!;
      const status: Commitment['status'] = isToday
        ? n < 2
          ? 'done'
          : 'open'
        : rand() < doneChance
          ? 'done'
          : 'not-done';
      const commitment: Commitment = {
        id: `sample-${day}-${n}`,
        day,
        title: action.title,
        status,
        order: n + 1,
        createdAt: at(day, 8),
        updatedAt: at(day, 17),
        ...(action.goal !== undefined && { goalId: goals[action.goal]!.id }),
        ...(action.strength && { strengthId: action.strength }),
        ...(status === 'done' && { doneAt: at(day, 11 + n) }),
      };
      commitments.push(commitment);
      if (!isToday) {
        outcomes.push({
          commitmentId: commitment.id,
          status: status === 'done' ? 'done' : 'not-done',
          ...(status === 'not-done' && { obstacle: OBSTACLES[Math.floor(rand() * OBSTACLES.length)]! }),
        });
      }
    }
    // Most days reviewed, and every one of the last week: a leader in the habit.
    if (!isToday && (rand() < 0.85 || offset <= 7)) {
      reviews.push({
        day,
        completedAt: at(day, 17),
        outcomes,
        wentWell: WENT_WELL[Math.floor(rand() * WENT_WELL.length)]!,
        strengthsUsed: [SIGNATURE[Math.floor(rand() * 5)]!, SIGNATURE[Math.floor(rand() * 5)]!].filter(
          (id, index, all) => all.indexOf(id) === index,
        ),
        learned: rand() < 0.6 ? LEARNED[Math.floor(rand() * LEARNED.length)]! : '',
        tomorrowFocus: '',
        energy: 2 + Math.floor(rand() * 4) - (wd === 5 ? 1 : 0),
        stress: 1 + Math.floor(rand() * 4),
        updatedAt: at(day, 17),
      });
    }
    if (wd === 5 && !isToday) {
      weeklyReviews.push({
        week: isoWeekKey(day),
        wins: 'Priya is ready to lead the quarterly review; two mornings protected.',
        patterns: 'Feedback slips when the week fills with meetings.',
        nextWeekFocus: 'Feedback on Monday, before the week runs away.',
        completedAt: at(day, 16),
        updatedAt: at(day, 16),
      });
    }
  }

  return {
    profile: [
      {
        id: 'me',
        name: 'Alex',
        purpose: 'To build teams where people do the best work of their lives, and go home proud of it.',
        values: ['Candour', 'Curiosity', 'Care', 'Courage', 'Craft'],
        coachName: 'Jordan',
        updatedAt: at(start, 9),
      },
    ],
    vision: [
      {
        id: 'me',
        statement:
          'A leadership team that runs the business with confidence, while I spend my days on the people and the future.',
        looksLike:
          'Calm Mondays. Directors who bring me decisions, not problems. Two mornings a week for thinking, and dinner at home by seven.',
        feelsLike: 'Trusted, unhurried and proud of the people around me.',
        horizons: {
          now: 'Weekly one-to-ones that go deeper than status updates',
          oneYear: 'Two directors ready to step up; the board trusts the team, not just me',
          threeYears: 'Leading our expansion into Europe with a team that needs me less every year',
        },
        updatedAt: at(start, 9),
      },
    ],
    strengths: [...SIGNATURE, ...STRENGTHS.map((s) => s.id).filter((id) => !SIGNATURE.includes(id))].map(
      (id, index) => ({
        id,
        rank: index + 1,
        note:
          index === 0
            ? 'Helping the team see the bigger picture when a week goes wrong.'
            : index === 1
              ? 'Giving others the room to lead.'
              : '',
        updatedAt: at(start, 9),
      }),
    ),
    goals,
    commitments,
    reviews,
    weeklyReviews,
  };
}
