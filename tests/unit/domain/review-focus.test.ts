import { describe, expect, it } from 'vitest';
import { dayFocus, focusWeekOf, weekFocus, type DayFocus } from '../../../lib/domain/review-focus';
import { focusLines } from '../../../lib/domain/words';
import { reviewedWeek } from '../../../lib/domain/zoom-out-week';

// November 2026: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30; then Dec 1 …
// ISO weeks: 2026-W48 is Mon 23 – Sun 29 Nov, 2026-W49 Mon 30 Nov – Sun 6 Dec, 2026-W50 from Mon 7 Dec.
const ZONE = 'Europe/London';
const MON_FRI = { workdays: [1, 2, 3, 4, 5] };

/** A review of `day`, finished at `hour` UTC on `writtenOn` (London is on UTC in winter). */
const written = (day: string, tomorrowFocus: string, writtenOn = day, hour = 18) => ({
  day,
  tomorrowFocus,
  completedAt: Date.parse(`${writtenOn}T${String(hour).padStart(2, '0')}:00:00Z`),
});
const draft = (day: string, tomorrowFocus: string) => ({ day, tomorrowFocus });
const skipped = (day: string, tomorrowFocus: string) => ({ ...written(day, tomorrowFocus), skipped: true });

describe('which day’s focus shows today', () => {
  it.each<[string, Parameters<typeof dayFocus>[0], string, DayFocus | null]>([
    [
      'Tuesday’s focus greets Wednesday',
      [written('2026-11-24', 'Board deck first')],
      '2026-11-25',
      { text: 'Board deck first', from: '2026-11-24', for: '2026-11-25' },
    ],
    [
      'Friday’s focus greets Monday',
      [written('2026-11-27', 'Feedback to Sam')],
      '2026-11-30',
      { text: 'Feedback to Sam', from: '2026-11-27', for: '2026-11-30' },
    ],
    [
      'Friday’s focus shows at the weekend too, as Monday’s',
      [written('2026-11-27', 'Feedback to Sam')],
      '2026-11-28',
      { text: 'Feedback to Sam', from: '2026-11-27', for: '2026-11-30' },
    ],
    [
      'Thursday’s focus was Friday’s: not on Monday when Friday went unreviewed',
      [written('2026-11-26', 'Hiring plan')],
      '2026-11-30',
      null,
    ],
    ['Friday’s focus is gone on Tuesday', [written('2026-11-27', 'Feedback to Sam')], '2026-12-01', null],
    [
      'a review of Thursday written late, on Monday morning, sets Monday’s focus (where it carried to)',
      [written('2026-11-26', 'Hiring plan', '2026-11-30', 8)],
      '2026-11-30',
      { text: 'Hiring plan', from: '2026-11-26', for: '2026-11-30' },
    ],
    [
      'the latest written review speaks last: Saturday’s blank focus hides Friday’s',
      [written('2026-11-27', 'Feedback to Sam'), written('2026-11-28', '')],
      '2026-11-30',
      null,
    ],
    [
      'a draft wrote nothing yet: Friday’s focus shows past Saturday’s draft',
      [written('2026-11-27', 'Feedback to Sam'), draft('2026-11-28', 'Rest')],
      '2026-11-30',
      { text: 'Feedback to Sam', from: '2026-11-27', for: '2026-11-30' },
    ],
    [
      'a skipped Friday wrote nothing: Thursday’s focus (for Friday) does not come back on Monday',
      [written('2026-11-26', 'Hiring plan'), skipped('2026-11-27', 'Left from a draft')],
      '2026-11-30',
      null,
    ],
    [
      'today’s own review, written this evening, is for tomorrow: today keeps yesterday’s',
      [written('2026-11-24', 'Board deck first'), written('2026-11-25', 'Call Marco')],
      '2026-11-25',
      { text: 'Board deck first', from: '2026-11-24', for: '2026-11-25' },
    ],
    ['only blank lines and spaces: nothing', [written('2026-11-24', ' \n  ')], '2026-11-25', null],
    ['no review at all: nothing', [], '2026-11-25', null],
    [
      'a review more than a week back, however late it was written, is not looked at',
      [written('2026-11-17', 'Old words', '2026-11-25', 8)],
      '2026-11-25',
      null,
    ],
  ])('%s', (_what, reviews, today, expected) => {
    expect(dayFocus(reviews, today, ZONE, MON_FRI)).toEqual(expected);
  });

  it('keeps the leader’s words exactly, line breaks and all; only the blank lines around them go', () => {
    const focus = dayFocus(
      [written('2026-11-24', '\n  Call Sam first.\nThen the deck:  “v2”  \n')],
      '2026-11-25',
      ZONE,
      MON_FRI,
    );
    expect(focus?.text).toBe('Call Sam first.\nThen the deck:  “v2”');
  });

  it.each([
    [
      'Mondays only: Monday’s focus is next Monday’s',
      { workdays: [1] },
      '2026-11-23',
      '2026-11-30',
      '2026-11-30',
    ],
    [
      'every day a workday: Friday’s focus is Saturday’s',
      { workdays: [0, 1, 2, 3, 4, 5, 6] },
      '2026-11-27',
      '2026-11-28',
      '2026-11-28',
    ],
    ['no workdays set: the next day', { workdays: [] }, '2026-11-28', '2026-11-29', '2026-11-29'],
  ])('follows the workdays: %s', (_what, settings, reviewed, today, target) => {
    expect(dayFocus([written(reviewed, 'Focus')], today, ZONE, settings)?.for).toBe(target);
  });

  it('reads the day a review was written in the leader’s time zone', () => {
    // Wednesday's review, finished at 03:00 UTC on Friday: Thursday night in New York, so it was
    // for Thursday and is gone on Friday; Friday midday in Tokyo, a late review, so for Friday.
    const late = [written('2026-11-25', 'Hiring plan', '2026-11-27', 3)];
    expect(dayFocus(late, '2026-11-27', 'America/New_York', MON_FRI)).toBeNull();
    expect(dayFocus(late, '2026-11-27', 'Asia/Tokyo', MON_FRI)?.for).toBe('2026-11-27');
  });
});

describe('which week’s focus shows', () => {
  const zoomOut = (week: string, nextWeekFocus = 'Two thinking mornings') => ({
    week,
    nextWeekFocus,
    completedAt: 1,
  });

  it.each([
    ['2026-11-30', '2026-W48'],
    ['2026-12-06', '2026-W48'],
    ['2026-12-07', '2026-W49'],
  ])('on %s, the focus of the zoom-out of %s', (today, week) => {
    expect(focusWeekOf(today)).toBe(week);
  });

  // The zoom-out is stored under the week it looks back on (reviewedWeek): Monday to Wednesday, the
  // week just ended, whose "next week" is the one under way; Thursday to Sunday, the week under way.
  it.each([
    [
      'Friday 27 Nov',
      '2026-11-27',
      '2026-W48',
      ['2026-11-30', '2026-12-06'],
      ['2026-11-28', '2026-11-29', '2026-12-07'],
    ],
    ['Sunday 29 Nov', '2026-11-29', '2026-W48', ['2026-11-30', '2026-12-03'], ['2026-11-29', '2026-12-07']],
    ['Monday 30 Nov', '2026-11-30', '2026-W48', ['2026-11-30', '2026-12-01', '2026-12-06'], ['2026-12-07']],
    ['Wednesday 2 Dec', '2026-12-02', '2026-W48', ['2026-12-02', '2026-12-06'], ['2026-12-07']],
    [
      'Thursday 3 Dec',
      '2026-12-03',
      '2026-W49',
      ['2026-12-07', '2026-12-13'],
      ['2026-12-03', '2026-12-06', '2026-12-14'],
    ],
  ])(
    'a zoom-out written on %s shows its next week’s focus all that week, and only then',
    (_when, writtenOn, week, shown, hidden) => {
      expect(reviewedWeek(writtenOn)).toBe(week);
      for (const today of shown) expect(weekFocus(zoomOut(week), today), today).toBe('Two thinking mornings');
      for (const today of hidden) expect(weekFocus(zoomOut(week), today), today).toBeNull();
    },
  );

  it.each([
    ['a zoom-out not saved (a draft)', { week: '2026-W48', nextWeekFocus: 'Draft words' }],
    ['a blank focus', zoomOut('2026-W48', '  \n ')],
    ['no zoom-out', undefined],
  ])('shows nothing for %s', (_what, review) => {
    expect(weekFocus(review, '2026-12-01')).toBeNull();
  });
});

describe('the focus as lines to show', () => {
  const day = { text: 'Feedback to Sam', from: '2026-11-27', for: '2026-11-30' };

  it('names today’s focus, then the week’s', () => {
    expect(focusLines({ day, week: 'Two thinking mornings' }, '2026-11-30', 'en-GB')).toEqual([
      { label: 'Today’s focus', text: 'Feedback to Sam' },
      { label: 'This week’s focus', text: 'Two thinking mornings' },
    ]);
  });

  it('at the weekend names the day it is for', () => {
    expect(focusLines({ day, week: null }, '2026-11-28', 'en-GB')).toEqual([
      { label: 'Monday’s focus', text: 'Feedback to Sam' },
    ]);
  });

  it('is empty when the reviews set none', () => {
    expect(focusLines({ day: null, week: null }, '2026-11-30', 'en-GB')).toEqual([]);
  });
});
