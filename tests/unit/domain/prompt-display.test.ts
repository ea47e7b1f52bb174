import { describe, expect, it } from 'vitest';
import {
  notificationId,
  promptsOf,
  promptsToShowAgain,
  promptToOpen,
  shownBeforeStopping,
  staleNotifications,
  stillWaiting,
  type PromptList,
} from '../../../lib/domain/prompt-display';
import type { PromptRef, ScheduleFacts } from '../../../lib/domain/prompt-schedule';

const daily = (day: string): PromptRef => ({ kind: 'daily-review', key: day, day });
const morning = (day: string): PromptRef => ({ kind: 'morning-plan', key: day, day });
const weekly: PromptRef = { kind: 'weekly-review', key: '2026-W48', day: '2026-11-27' };
const noFacts: ScheduleFacts = { reviewedDays: new Set(), reviewedWeeks: new Set(), plannedDays: new Set() };

describe('a notification’s id', () => {
  it.each([
    ['one prompt, as before', [daily('2026-11-25')], 'flourish-prompt|daily-review|2026-11-25|2026-11-25'],
    [
      'a review and a morning plan',
      [daily('2026-11-25'), morning('2026-11-26')],
      'flourish-prompt|daily-review|2026-11-25|2026-11-25|morning-plan|2026-11-26|2026-11-26',
    ],
    [
      'all three kinds',
      [daily('2026-11-27'), weekly, morning('2026-11-30')],
      'flourish-prompt|daily-review|2026-11-27|2026-11-27|weekly-review|2026-W48|2026-11-27|morning-plan|2026-11-30|2026-11-30',
    ],
  ] as const)('names %s, and reads back as the same prompts', (_case, prompts, id) => {
    expect(notificationId(prompts)).toBe(id);
    expect(promptsOf(id)).toEqual(prompts);
  });

  it.each([
    ['the sample prompt from Settings', 'flourish-prompt-test'],
    ['another extension’s', 'someone-else'],
    ['one with a part missing', 'flourish-prompt|daily-review|2026-11-25'],
    ['one with an unknown kind', 'flourish-prompt|monthly-review|2026-11|2026-11-30'],
    ['one naming nothing', 'flourish-prompt'],
  ])('is not read as a prompt’s when it is %s', (_case, id) => {
    expect(promptsOf(id)).toBeNull();
  });
});

describe('what a click opens', () => {
  const both: PromptList = [daily('2026-11-25'), morning('2026-11-26')];

  it('the most important prompt, while it is unanswered', () => {
    expect(promptToOpen(both, noFacts)).toEqual(daily('2026-11-25'));
  });

  it('the next one once that is answered elsewhere', () => {
    const facts = { ...noFacts, reviewedDays: new Set(['2026-11-25']) };
    expect(promptToOpen(both, facts)).toEqual(morning('2026-11-26'));
  });

  it('the first when all are answered', () => {
    const facts = { ...noFacts, reviewedDays: new Set(['2026-11-25']), plannedDays: new Set(['2026-11-26']) };
    expect(promptToOpen(both, facts)).toEqual(daily('2026-11-25'));
  });
});

describe('notifications left on screen', () => {
  const facts: ScheduleFacts = {
    reviewedDays: new Set(['2026-11-24']),
    reviewedWeeks: new Set(['2026-W48']),
    plannedDays: new Set(['2026-11-26']),
  };
  const onScreen: PromptRef[][] = [
    [daily('2026-11-24')],
    [daily('2026-11-25')],
    [weekly],
    [morning('2026-11-26')],
    [daily('2026-11-24'), weekly],
    [daily('2026-11-25'), morning('2026-11-26')],
  ];
  const names = (notifications: PromptRef[][]) =>
    notifications.map((prompts) =>
      prompts.map((p) => (p.kind === 'daily-review' ? p.day : p.kind)).join('+'),
    );

  it.each([
    [
      'nothing new shown: only those whose prompts are all answered go',
      null,
      ['2026-11-24', 'weekly-review', 'morning-plan', '2026-11-24+weekly-review'],
    ],
    [
      'a new one shown: every other one goes',
      [daily('2026-11-26')],
      [
        '2026-11-24',
        '2026-11-25',
        'weekly-review',
        'morning-plan',
        '2026-11-24+weekly-review',
        '2026-11-25+morning-plan',
      ],
    ],
    [
      'the same one shown again (a snooze ending): it stays',
      [daily('2026-11-25'), morning('2026-11-26')],
      ['2026-11-24', '2026-11-25', 'weekly-review', 'morning-plan', '2026-11-24+weekly-review'],
    ],
  ])('%s', (_case, showing, expected) => {
    expect(names(staleNotifications(onScreen, facts, showing))).toEqual(expected);
  });

  it('one naming two prompts stays while either is unanswered', () => {
    const halfAnswered = { ...noFacts, reviewedDays: new Set(['2026-11-25']) };
    expect(staleNotifications([[daily('2026-11-25'), morning('2026-11-26')]], halfAnswered, null)).toEqual(
      [],
    );
  });
});

describe('what the notifications on screen still wait for (a new one names it too)', () => {
  const today = '2026-11-26';
  const named = (prompts: PromptRef[]) => prompts.map((p) => `${p.kind} ${p.key}`);

  it.each([
    ['an unanswered review', [[daily('2026-11-25')]], noFacts, ['daily-review 2026-11-25']],
    [
      'a review answered since, and this morning’s plan not yet made',
      [[daily('2026-11-25'), morning('2026-11-26')]],
      { ...noFacts, reviewedDays: new Set(['2026-11-25']) },
      ['morning-plan 2026-11-26'],
    ],
    [
      'the zoom-out, and the review of three days back',
      [[weekly], [daily('2026-11-23')]],
      noFacts,
      ['weekly-review 2026-W48', 'daily-review 2026-11-23'],
    ],
    ['a review four days back: it waits on the new tab instead', [[daily('2026-11-22')]], noFacts, []],
    ['yesterday’s plan: the day it was for is over', [[morning('2026-11-25')]], noFacts, []],
    [
      'everything answered',
      [[daily('2026-11-25')], [weekly]],
      { ...noFacts, reviewedDays: new Set(['2026-11-25']), reviewedWeeks: new Set(['2026-W48']) },
      [],
    ],
  ] as const)('%s', (_case, onScreen, facts, expected) => {
    expect(
      named(
        stillWaiting(
          onScreen.map((n) => [...n]),
          facts,
          today,
        ),
      ),
    ).toEqual(expected);
  });
});

describe('a notification a stopped worker had put on screen', () => {
  const showing = [daily('2026-11-25'), weekly];
  const id = notificationId(showing);
  const none = new Set<string>();

  it.each([
    ['nothing was being shown', null, none, none, null],
    ['it is on screen: it replaces the others', showing, new Set([id]), none, showing],
    ['the user closed it since: it still replaces the others', showing, none, new Set([id]), showing],
    [
      'it never reached the screen: it replaces nothing',
      showing,
      new Set([notificationId([weekly])]),
      none,
      null,
    ],
  ] as const)('%s', (_case, was, onScreen, closed, expected) => {
    expect(shownBeforeStopping(was, onScreen, closed)).toEqual(expected);
  });
});

describe('a notification the worker set out to show when it stopped', () => {
  const showing = [daily('2026-11-25'), morning('2026-11-26')];
  const id = notificationId(showing);
  const none = new Set<string>();

  it.each([
    ['nothing was being shown', null, none, none, noFacts, []],
    ['it is on screen: it was shown', showing, new Set([id]), none, noFacts, []],
    ['it was closed while the worker was stopped: it was shown', showing, none, new Set([id]), noFacts, []],
    ['it never reached the screen: both again', showing, none, none, noFacts, showing],
    [
      'it never reached the screen, and the review was written since: the plan again',
      showing,
      none,
      none,
      { ...noFacts, reviewedDays: new Set(['2026-11-25']) },
      [morning('2026-11-26')],
    ],
    [
      'another notification is on screen, not this one: both again',
      showing,
      new Set([notificationId([daily('2026-11-25')])]),
      none,
      noFacts,
      showing,
    ],
  ] as const)('%s', (_case, was, onScreen, closed, facts, expected) => {
    expect(promptsToShowAgain(was, onScreen, closed, facts, '2026-11-26')).toEqual(expected);
  });

  it('a day later the morning plan is not worth showing again; a review of up to three days back is', () => {
    expect(promptsToShowAgain(showing, none, none, noFacts, '2026-11-27')).toEqual([daily('2026-11-25')]);
    expect(promptsToShowAgain(showing, none, none, noFacts, '2026-11-29')).toEqual([]);
  });
});

describe('a session reminder on screen', () => {
  const reminder: PromptRef = { kind: 'session-reminder', key: '2026-11-26', day: '2026-11-25' };
  const session = (day: string | null): ScheduleFacts => ({ ...noFacts, nextSessionDay: day });

  it('is named in a notification’s id beside the review, and read back', () => {
    const id = 'flourish-prompt|daily-review|2026-11-25|2026-11-25|session-reminder|2026-11-26|2026-11-25';
    expect(notificationId([daily('2026-11-25'), reminder])).toBe(id);
    expect(promptsOf(id)).toEqual([daily('2026-11-25'), reminder]);
  });

  it.each([
    [
      'the evening before, the session still tomorrow: waiting',
      session('2026-11-26'),
      '2026-11-25',
      [reminder],
    ],
    ['on the session’s day: still waiting', session('2026-11-26'), '2026-11-26', [reminder]],
    ['the day after the session: gone', session('2026-11-26'), '2026-11-27', []],
    ['the session moved to another day: gone', session('2026-12-03'), '2026-11-25', []],
    ['no next session any more: gone', session(null), '2026-11-25', []],
  ] as const)('%s', (_case, facts, today, expected) => {
    expect(stillWaiting([[reminder]], facts, today)).toEqual(expected);
  });

  it('a click on the review and the reminder opens the review, and the reminder once the review is written', () => {
    const facts = session('2026-11-26');
    expect(promptToOpen([daily('2026-11-25'), reminder], facts)).toEqual(daily('2026-11-25'));
    const reviewed = { ...facts, reviewedDays: new Set(['2026-11-25']) };
    expect(promptToOpen([daily('2026-11-25'), reminder], reviewed)).toEqual(reminder);
  });
});
