import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationText, type PromptFacts } from '../../../lib/domain/prompt-text';
import { setLanguage } from '../../../lib/i18n';

// The list of what else is waiting is joined as the browser's English joins lists: British English
// here ("a, b and c"); American English puts a comma before "and".
beforeAll(() => setLanguage('en', 'en-GB'));
afterAll(() => setLanguage('en'));

const review = (dayName: string, done = 0, total = 0): PromptFacts => ({
  kind: 'daily-review',
  dayName,
  done,
  total,
});
const plan: PromptFacts = { kind: 'morning-plan', dayName: 'today', done: 0, total: 0 };
const zoomOut = (lastWeek: boolean, done = 0, total = 0): PromptFacts => ({
  kind: 'weekly-review',
  dayName: 'today',
  done,
  total,
  lastWeek,
});

const reminder = (dayName: string): PromptFacts => ({ kind: 'session-reminder', dayName, done: 0, total: 0 });

describe('one notification for several prompts', () => {
  it.each([
    [
      'one prompt: as it always read',
      [review('today', 1, 2)],
      'How did today go?',
      '1 of 2 done. Two minutes to look back and set up tomorrow.',
    ],
    [
      'yesterday’s review and today’s plan (shut at 17:00, opened the next morning)',
      [review('Wednesday', 2, 3), plan],
      'How did Wednesday go?',
      '2 of 3 done. Two minutes to look back and set up tomorrow. Also waiting: today’s plan.',
    ],
    [
      'today’s review and this week’s zoom-out (closed from 17:30 to 18:00 on the zoom-out day)',
      [review('today', 4, 5), zoomOut(false, 12, 18)],
      'How did today go?',
      '4 of 5 done. Two minutes to look back and set up tomorrow. Also waiting: this week’s zoom-out.',
    ],
    [
      'last week’s zoom-out and today’s plan',
      [zoomOut(true, 12, 18), plan],
      'Time to zoom out on your week',
      'Last week: 12 of 18 done. What do you notice? Five minutes for the bird’s eye view. Also waiting: today’s plan.',
    ],
    [
      'two days’ reviews',
      [review('Wednesday'), review('Tuesday')],
      'How did Wednesday go?',
      'Two minutes to look back and set up tomorrow. Also waiting: Tuesday’s review.',
    ],
    [
      'all three kinds, after a weekend away',
      [review('Friday', 3, 4), zoomOut(true, 9, 12), plan],
      'How did Friday go?',
      '3 of 4 done. Two minutes to look back and set up tomorrow. Also waiting: last week’s zoom-out and today’s plan.',
    ],
    [
      'the session reminder alone, with the coach’s name',
      [{ kind: 'session-reminder', dayName: 'tomorrow', done: 0, total: 0, coach: 'Jordan' }],
      'Your coaching session with Jordan is tomorrow',
      'See what happened since the last one, and note the questions you want to bring.',
    ],
    [
      'today’s review and tomorrow’s session',
      [review('today', 1, 2), reminder('tomorrow')],
      'How did today go?',
      '1 of 2 done. Two minutes to look back and set up tomorrow. Also waiting: tomorrow’s coaching session.',
    ],
    [
      'today’s plan and today’s session (the reminder missed the evening before)',
      [plan, reminder('today')],
      'What will you commit to today?',
      'Choose the one to five actions that would make today count. Also waiting: today’s coaching session.',
    ],
    [
      'this week’s zoom-out and tomorrow’s session',
      [zoomOut(false, 12, 18), reminder('tomorrow')],
      'Time to zoom out on your week',
      'This week: 12 of 18 done. What do you notice? Five minutes for the bird’s eye view. Also waiting: tomorrow’s coaching session.',
    ],
    [
      'three days’ reviews and the plan',
      [review('Wednesday'), review('Tuesday'), review('Monday'), plan],
      'How did Wednesday go?',
      'Two minutes to look back and set up tomorrow. Also waiting: Tuesday’s review, Monday’s review and today’s plan.',
    ],
  ] as const)('%s', (_case, prompts, title, message) => {
    expect(notificationText(prompts as unknown as [PromptFacts, ...PromptFacts[]])).toEqual({
      title,
      message,
    });
  });
});
