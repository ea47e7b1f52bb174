import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import * as horizons from '../../../lib/domain/horizons';
import { addCommitment, linkCommitment, markCommitmentDone } from '../../../lib/store/db/commitments';
import { addGoal } from '../../../lib/store/db/goals';
import { saveValues, savePurpose } from '../../../lib/store/db/profile';
import { saveRanking } from '../../../lib/store/db/strengths';
import { saveVision } from '../../../lib/store/db/vision';
import { addVisionImages } from '../../../lib/store/db/vision-images';
import { skipReviews } from '../../../lib/store/db/reviews';
import {
  SNAPSHOT_HORIZON_CHOICES,
  SNAPSHOT_HORIZONS,
  SNAPSHOT_KEY,
  parseSnapshot,
  readSnapshot,
  writeSnapshot,
  type NewTabSnapshot,
} from '../../../lib/domain/newtab-snapshot';
import { loadSnapshot } from '../../../lib/store/snapshot-source';
import { withWords, type SnapshotData } from '../../../lib/domain/newtab-words';

const DAY = '2026-11-25';

/** A Storage backed by a Map, like localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    map,
  };
}

const HORIZONS = { now: 'Deeper one-to-ones', oneYear: 'Two directors ready', threeYears: '' };
const SMALL = 'data:image/webp;base64,UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAfQ//73v/+BiOh/AAA=';

const snapshot = (changes: Partial<SnapshotData> = {}): NewTabSnapshot =>
  withWords({
    day: DAY,
    vision: { statement: 'A calm, strong team', looksLike: '', feelsLike: 'Unhurried', horizons: HORIZONS },
    horizonChoice: 'oneYear',
    purpose: 'To serve',
    values: ['Candour'],
    commitments: [{ id: 'a', title: 'Board update', status: 'done' }],
    spotlight: { name: 'Hope', idea: 'Describe what good looks like' },
    image: { id: 1, key: '1:5:9', width: 1600, height: 1000, caption: 'Harbour', small: SMALL },
    pendingReviews: ['2026-11-24'],
    ...changes,
  });

/** The new tab's view at 09:00 on DAY in New York, reviews waiting from 20 November on. */
const context = {
  settings: { reviewTime: '17:30', workdays: [1, 2, 3, 4, 5] },
  firstDay: '2026-11-20',
  timeZone: 'America/New_York',
  now: Date.parse('2026-11-25T14:00:00Z'),
};

describe('new tab snapshot', () => {
  it('round-trips through storage', () => {
    const storage = memoryStorage();
    writeSnapshot(storage, snapshot());
    expect(readSnapshot(storage, DAY)).toEqual({
      language: 'en',
      words: snapshot().words,
      vision: snapshot().vision,
      horizonChoice: 'oneYear',
      purpose: 'To serve',
      values: ['Candour'],
      commitments: snapshot().commitments,
      spotlight: snapshot().spotlight,
      image: snapshot().image,
      pendingReviews: ['2026-11-24'],
    });
  });

  it('keeps the vision but not the list, spotlight or picture when the snapshot is from another day', () => {
    const read = parseSnapshot(JSON.stringify(snapshot({ day: '2026-11-24' })), DAY);
    expect(read?.vision?.statement).toBe('A calm, strong team');
    expect(read?.commitments).toBeNull();
    expect(read?.spotlight).toBeNull();
    expect(read?.image).toBeNull();
    expect(read?.pendingReviews).toEqual([]);
    // The words of that day go with it ("2 of 4 done", "Your review of today is waiting"); the others stay.
    expect(read?.words.day).toBeNull();
    expect(read?.words.visionHeading).toBe('My vision');
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"v":1,'],
    ['a number', '42'],
    ['another version', JSON.stringify({ ...snapshot(), v: 1 })],
    [
      'a vision without its horizons',
      JSON.stringify(snapshot({ vision: { ...snapshot().vision!, horizons: { now: '' } as never } })),
    ],
    ['an unknown horizon choice', JSON.stringify(snapshot({ horizonChoice: 'tenYears' as never }))],
    [
      'a small copy that is no image',
      JSON.stringify(snapshot({ image: { ...snapshot().image!, small: 'https://example.invalid/a.png' } })),
    ],
    [
      'a small copy over its budget',
      JSON.stringify(
        snapshot({ image: { ...snapshot().image!, small: `data:image/webp;base64,${'A'.repeat(12_000)}` } }),
      ),
    ],
    ['a picture with no key', JSON.stringify(snapshot({ image: { ...snapshot().image!, key: 3 as never } }))],
    ['an impossible day', JSON.stringify({ ...snapshot(), day: '2026-02-30' })],
    ['of version 2, with no words', JSON.stringify({ ...snapshot(), v: 2, words: undefined })],
    ['in no language Flourish speaks', JSON.stringify({ ...snapshot(), language: 'tlh' })],
    [
      'missing a word',
      JSON.stringify({ ...snapshot(), words: { ...snapshot().words, visionHeading: undefined } }),
    ],
    [
      'missing a horizon’s name',
      JSON.stringify({ ...snapshot(), words: { ...snapshot().words, horizonNames: { now: 'Now' } } }),
    ],
    [
      'with a day’s words of the wrong shape',
      JSON.stringify({ ...snapshot(), words: { ...snapshot().words, day: { progress: 3 } } }),
    ],
    ['a vision that is not text', JSON.stringify({ ...snapshot(), vision: { statement: 5 } })],
    ['commitments of the wrong shape', JSON.stringify({ ...snapshot(), commitments: [{ id: 1 }] })],
    [
      'an unknown status',
      JSON.stringify(snapshot({ commitments: [{ id: 'a', title: 'x', status: 'maybe' as never }] })),
    ],
    ['values that are not a list', JSON.stringify({ ...snapshot(), values: 'Candour' })],
    [
      'a zero-sized image',
      JSON.stringify(snapshot({ image: { id: 1, key: '1:5:9', width: 0, height: 10, caption: '' } })),
    ],
    ['a pending review that is not a day', JSON.stringify({ ...snapshot(), pendingReviews: ['yesterday'] })],
    [
      'a plan of the wrong shape',
      JSON.stringify({
        ...snapshot(),
        commitments: [{ id: 'a', title: 'x', status: 'open', ifThen: 'soon' }],
      }),
    ],
  ])('is ignored when %s, so the database decides', (_what, raw) => {
    expect(parseSnapshot(raw, DAY)).toBeNull();
  });

  it('is ignored, not thrown, when storage itself fails', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(readSnapshot(broken, DAY)).toBeNull();
    expect(() => writeSnapshot(broken, snapshot())).not.toThrow();
  });

  it('is built from the database: vision, purpose, values, today’s list, spotlight and picture size', async () => {
    await saveVision({ statement: 'A calm, strong team', feelsLike: 'Unhurried' });
    await savePurpose('To serve');
    await saveValues(['Candour', 'Care']);
    await saveRanking(['hope', 'zest', 'humor', 'kindness', 'bravery']);
    await addVisionImages([
      { blob: new Blob(['x'], { type: 'image/png' }), caption: 'Harbour', width: 1600, height: 1000 },
    ]);
    const a = await addCommitment(DAY, 'Board update');
    await addCommitment('2026-11-26', 'Tomorrow');
    await markCommitmentDone(a.id);

    await skipReviews(['2026-11-23']);
    const built = await loadSnapshot(context, 'threeYears');
    expect(built).toMatchObject({
      v: 3,
      day: DAY,
      language: 'en',
      vision: {
        statement: 'A calm, strong team',
        looksLike: '',
        feelsLike: 'Unhurried',
        horizons: { now: '', oneYear: '', threeYears: '' },
      },
      horizonChoice: 'threeYears',
      purpose: 'To serve',
      values: ['Candour', 'Care'],
      commitments: [{ id: a.id, title: 'Board update', status: 'done' }],
      // The picture's key: its id, when it was added (the clock is not pinned here) and its size.
      image: {
        id: 1,
        key: expect.stringMatching(/^1:\d+:1$/),
        width: 1600,
        height: 1000,
        caption: 'Harbour',
      },
      // Monday 23 was skipped; Friday 20 and Tuesday 24 are waiting (today's review time is still ahead).
      pendingReviews: ['2026-11-24', '2026-11-20'],
    });
    expect(built.image).not.toHaveProperty('small');
    expect(['Hope', 'Zest', 'Humor', 'Kindness', 'Bravery']).toContain(built.spotlight?.name);
    const storage = memoryStorage();
    writeSnapshot(storage, built);
    expect(readSnapshot(storage, DAY)?.commitments).toEqual(built.commitments);
    expect(storage.map.has(SNAPSHOT_KEY)).toBe(true);
  });

  it('has no vision for a new user, so the first paint stays empty', async () => {
    expect((await loadSnapshot(context, 'inTurn')).vision).toBeNull();
  });

  it('carries the horizons as written, trimmed, for the first paint to show the one chosen', async () => {
    await saveVision({
      statement: 'A calm, strong team',
      horizons: { now: ' Deeper one-to-ones ', oneYear: 'Two directors ready', threeYears: '' },
    });
    expect(await loadSnapshot(context, 'now')).toMatchObject({
      vision: { horizons: { now: 'Deeper one-to-ones', oneYear: 'Two directors ready', threeYears: '' } },
      horizonChoice: 'now',
    });
  });

  it('labels each of today’s commitments with its goal’s title and its strength’s name', async () => {
    const goal = await addGoal({ title: 'Grow two directors', why: '', successMeasure: '' });
    const linked = await addCommitment(DAY, 'One-to-one with Priya');
    await linkCommitment(linked.id, { goalId: goal.id, strengthId: 'leadership' });
    await addCommitment(DAY, 'Write the board update');
    expect((await loadSnapshot(context, 'inTurn')).commitments).toEqual([
      {
        id: linked.id,
        title: 'One-to-one with Priya',
        status: 'open',
        goal: 'Grow two directors',
        strength: 'Leadership',
      },
      { id: expect.any(String), title: 'Write the board update', status: 'open' },
    ]);
  });

  it('carries a commitment’s if-then plan for the first paint to show', async () => {
    const planned = await addCommitment(DAY, 'Write the board update');
    await linkCommitment(planned.id, { ifThen: { when: 'meetings crowd it out', then: 'write it at 8 am' } });
    expect((await loadSnapshot(context, 'inTurn')).commitments).toEqual([
      {
        id: planned.id,
        title: 'Write the board update',
        status: 'open',
        ifThen: { when: 'meetings crowd it out', then: 'write it at 8 am' },
      },
    ]);
  });

  it('shows how the vision looks and feels even before its statement is written', async () => {
    await saveVision({ statement: '   ', looksLike: ' A team that decides without me ', feelsLike: '' });
    expect((await loadSnapshot(context, 'inTurn')).vision).toEqual({
      statement: '',
      looksLike: 'A team that decides without me',
      feelsLike: '',
      horizons: { now: '', oneYear: '', threeYears: '' },
    });
  });

  it('treats a vision of only spaces as none written', async () => {
    await saveVision({ statement: '  ', looksLike: '\n', feelsLike: ' ' });
    expect((await loadSnapshot(context, 'inTurn')).vision).toBeNull();
  });
});

describe('the snapshot’s words', () => {
  afterEach(() => setLanguage('en'));

  it('lists the horizons and the choices as lib/domain/horizons does, in its order', () => {
    expect(SNAPSHOT_HORIZONS).toEqual([...horizons.HORIZONS]);
    expect(SNAPSHOT_HORIZON_CHOICES).toEqual([...horizons.HORIZON_CHOICES]);
  });

  it('carries what the first paint says of its day, worded on that day', () => {
    const words = snapshot({
      commitments: [
        { id: 'a', title: 'Board update', status: 'done', ifThen: { when: 'it is 4 pm', then: 'send it' } },
        { id: 'b', title: 'Call Sam', status: 'open' },
        { id: 'c', title: 'Old idea', status: 'dropped' },
      ],
      pendingReviews: [DAY, '2026-11-24', '2026-11-18', '2026-11-17'],
      focus: { day: { text: 'Feedback to Sam', from: '2026-11-24', for: DAY }, week: null },
    }).words.day;
    expect(words).toEqual({
      progress: '1 of 2 done',
      dayOff: null,
      focus: [{ label: 'Today’s focus', text: 'Feedback to Sam' }],
      plans: { a: 'When it is 4 pm, I will send it.' },
      spotlight: {
        heading: 'Strength of the day: Hope',
        button: 'Make it today’s commitment',
        onList: false,
      },
      reviewDue: {
        heading: 'Your review of today is waiting',
        first: {
          day: DAY,
          prompt: 'Two minutes: what got done, what got in the way, and what comes next.',
          action: 'Review now',
        },
        more: {
          label: 'Also waiting:',
          days: [{ day: '2026-11-24', text: expect.stringMatching(/Tuesday/) }],
        },
        older: {
          day: '2026-11-18',
          text: '2 earlier days were not reviewed. Review them, or let them go.',
          review: 'Review them',
          skip: 'Skip them',
        },
      },
    });
  });

  it('is written in the language in force, and says which', () => {
    setLanguage('de');
    const written = snapshot({ dayOff: '' });
    expect(written.language).toBe('de');
    expect(written.words).toMatchObject({
      visionHeading: 'Meine Vision',
      today: 'Heute',
      horizonChoices: { inTurn: expect.any(String) },
      day: { progress: expect.stringContaining('1') },
    });
    expect(written.words.day.spotlight?.button).toBe('Zum heutigen Vorhaben machen');
    expect(written.words.day.reviewDue?.heading).toBe('Ihr Rückblick für Dienstag, 24. November wartet');
  });
});
