import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepEarlyHorizon } from '../../../entrypoints/newtab/boot';
import { paintSnapshot } from '../../../entrypoints/newtab/paint-snapshot';
import { getSettings } from '../../../lib/store/storage-items';
import { SNAPSHOT_KEY, type NewTabSnapshot } from '../../../lib/domain/newtab-snapshot';
import { withWords, type SnapshotData } from '../../../lib/domain/newtab-words';

// Wednesday 25 November 2026, day 20,782 since 1970: in turn, the second written horizon today.
const TODAY = '2026-11-25';
const SMALL = 'data:image/webp;base64,UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAfQ//73v/+BiOh/AAA=';

const snapshot = (changes: Partial<SnapshotData> = {}): NewTabSnapshot =>
  withWords({
    day: TODAY,
    vision: {
      statement: 'A calm, strong team',
      looksLike: '',
      feelsLike: '',
      horizons: { now: 'Deeper one-to-ones', oneYear: 'Two directors ready', threeYears: 'Leading Europe' },
    },
    horizonChoice: 'inTurn',
    purpose: '',
    values: [],
    commitments: [
      {
        id: 'a',
        title: 'One-to-one with Priya',
        status: 'open',
        goal: 'Grow two directors',
        strength: 'Leadership',
      },
      { id: 'b', title: 'Write the board update', status: 'open' },
    ],
    spotlight: null,
    image: { id: 1, key: '1:5:9', width: 1600, height: 1000, caption: 'Harbour', small: SMALL },
    pendingReviews: [],
    ...changes,
  });

function paint(changes: Partial<SnapshotData> = {}) {
  localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot(changes)));
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  paintSnapshot(root, localStorage);
  return root;
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent;

describe('the new tab’s first paint', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  });

  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('draws the picture’s small copy at once, in the picture’s proportions, with its caption', () => {
    const root = paint();
    const small = root.querySelector<HTMLImageElement>('.image-frame img.image-small')!;
    expect(small.getAttribute('src')).toBe(SMALL);
    expect(small.getAttribute('alt')).toBe('');
    expect(root.querySelector<HTMLElement>('.image-frame')!.getAttribute('style')).toBe(
      'aspect-ratio: 1600 / 1000',
    );
    expect(text(root, 'figcaption')).toBe('Harbour');
  });

  it('says a day off kindly in place of the day’s progress, and nothing of it on a workday', () => {
    const off = paint({ dayOff: 'Winter holiday' });
    expect(text(off, '.today .day-off-note')).toBe(
      'Day off — Winter holiday. Nothing is asked of you today.',
    );
    expect(off.querySelector('.today .progress')).toBeNull();
    const workday = paint();
    expect(workday.querySelector('.day-off-note')).toBeNull();
    expect(text(workday, '.today .progress')).toBe('0 of 2 done');
  });

  it('leaves the frame empty for the picture itself when the snapshot has no small copy', () => {
    const root = paint({ image: { id: 1, key: '1:5:9', width: 1600, height: 1000, caption: '' } });
    expect(root.querySelector('.image-frame')!.children).toHaveLength(0);
    expect(root.querySelector('figcaption')).toBeNull();
  });

  it.each([
    ['in turn, today’s horizon', 'inTurn', 'In a year Two directors ready'],
    ['the one chosen', 'threeYears', 'In three years Leading Europe'],
  ] as const)('shows %s, with the choice marked', (_what, choice, shown) => {
    const root = paint({ horizonChoice: choice });
    expect(text(root, '.horizon')).toBe(shown);
    const checked = root.querySelector<HTMLInputElement>('input[name="horizon"]:checked')!;
    expect(checked.value).toBe(choice);
    const labels = [...root.querySelectorAll('.horizon-choice label')].map((label) => label.textContent);
    expect(labels).toEqual(['Now', '1 year', '3 years', 'In turn']);
  });

  it('shows a commitment’s if-then plan under it, and nothing for one without', () => {
    const root = paint({
      commitments: [
        {
          id: 'a',
          title: 'Write the board update',
          status: 'open',
          ifThen: { when: 'meetings crowd it out', then: 'write it at 8 am' },
        },
        { id: 'b', title: 'Give Sam feedback', status: 'open' },
      ],
    });
    const [planned, plain] = [...root.querySelectorAll('.checklist li')];
    expect(planned!.querySelector('.if-then-line')!.textContent).toBe(
      'When meetings crowd it out, I will write it at 8 am.',
    );
    expect(plain!.querySelector('.if-then-line')).toBeNull();
  });

  it('labels a commitment with its goal and strength, and one with neither with nothing', () => {
    const root = paint();
    const [linked, plain] = [...root.querySelectorAll('.checklist li')];
    const tags = [...linked!.querySelectorAll('.tag')].map((tag) => [tag.className, tag.textContent]);
    expect(tags).toEqual([
      ['tag', 'Goal: Grow two directors'],
      ['tag strength', 'Strength: Leadership'],
    ]);
    expect(plain!.querySelector('.commitment-tags')).toBeNull();
    expect(linked!.querySelector('label')!.textContent).toBe('One-to-one with Priya');
  });

  it('saves a horizon chosen before React took over, and nothing when none was', async () => {
    const root = paint({ horizonChoice: 'oneYear' });
    await keepEarlyHorizon(root);
    expect((await getSettings()).newTabHorizon).toBe('inTurn');
    root.querySelector<HTMLInputElement>('#horizon-threeYears')!.click();
    await keepEarlyHorizon(root);
    expect((await getSettings()).newTabHorizon).toBe('threeYears');
  });
});
