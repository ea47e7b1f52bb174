import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/newtab/App';
import { keepEarlyIdea } from '../../../entrypoints/newtab/boot';
import { paintSnapshot } from '../../../entrypoints/newtab/paint-snapshot';
import { UndoProvider } from '../../../components/UndoProvider';
import { addCommitment, commitmentsForDay } from '../../../lib/store/db/commitments';
import { saveRanking } from '../../../lib/store/db/strengths';
import { SNAPSHOT_KEY, readSnapshot, type NewTabSnapshot } from '../../../lib/domain/newtab-snapshot';
import { withWords, type SnapshotData } from '../../../lib/domain/newtab-words';

// Monday 30 November 2026: Friday's review set today's focus, last week's zoom-out this week's.
const TODAY = '2026-11-30';
const IDEA = 'Lighten a tense moment with a kind joke at your own expense.';

const snapshot = (changes: Partial<SnapshotData> = {}): NewTabSnapshot =>
  withWords({
    day: TODAY,
    vision: {
      statement: 'A calm, strong team',
      looksLike: '',
      feelsLike: '',
      horizons: { now: '', oneYear: '', threeYears: '' },
    },
    horizonChoice: 'inTurn',
    purpose: '',
    values: [],
    commitments: [
      {
        id: 'a',
        title: 'Send Priya the hiring brief',
        status: 'open',
        carried: 'carried from Fri · waiting on others',
      },
      { id: 'b', title: 'Write the board update', status: 'open', strength: 'Prudence' },
    ],
    spotlight: { id: 'humor', name: 'Humor', idea: IDEA },
    image: null,
    pendingReviews: [],
    focus: {
      day: { text: 'Feedback to Sam\nbefore the leadership meeting', from: '2026-11-27', for: TODAY },
      week: 'Two thinking mornings',
    },
    ...changes,
  });

function paint(changes: Partial<SnapshotData> = {}) {
  localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot(changes)));
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  paintSnapshot(root, localStorage);
  return root;
}

/** An element as a tree of tags, attributes and text: what the eye and a screen reader get. */
function shape(element: Element): unknown {
  // Adjacent text nodes (React writes "Strength of the day: " and the name apart) read as one.
  const copy = element.cloneNode(true);
  copy.normalize();
  const walk = (node: Node): unknown =>
    node instanceof Element
      ? [
          node.tagName.toLowerCase(),
          Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
          [...node.childNodes].map(walk),
        ]
      : node.textContent;
  return walk(copy);
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 30, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
  document.body.replaceChildren();
});

describe('the new tab’s first paint, the morning after a review', () => {
  it('heads the side column with today’s focus and this week’s, in the leader’s words', () => {
    const root = paint();
    const side = root.querySelector('.newtab-side')!;
    expect(side.firstElementChild?.className).toBe('focus-lines');
    expect(texts(side, '.focus-line dt')).toEqual(['Today’s focus', 'This week’s focus']);
    expect(texts(side, '.focus-line dd')).toEqual([
      'Feedback to Sam\nbefore the leadership meeting',
      'Two thinking mornings',
    ]);
  });

  it('draws no focus from a snapshot written before it was kept, nor from yesterday’s', () => {
    expect(paint({ focus: undefined }).querySelector('.focus-lines')).toBeNull();
    expect(paint({ day: '2026-11-29' }).querySelector('.focus-lines')).toBeNull();
  });

  it('labels a carried commitment with where it came from', () => {
    const root = paint();
    expect(texts(root, '.checklist li:first-child .tag')).toEqual(['carried from Fri · waiting on others']);
  });

  it('offers the strength of the day’s idea as today’s commitment, or says it is on the list', () => {
    expect(texts(paint(), '.spotlight button')).toEqual(['Make it today’s commitment']);
    const onList = paint({ commitments: [{ id: 'c', title: IDEA, status: 'open', strength: 'Humor' }] });
    const button = onList.querySelector('.spotlight button')!;
    expect(button.textContent).toBe('✓ On today’s list');
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('keeps a press made before React took over: the idea is added once, linked to its strength', async () => {
    const root = paint();
    root.querySelector<HTMLButtonElement>('.spotlight button')!.click();
    await keepEarlyIdea(root, readSnapshot(localStorage, TODAY));
    await keepEarlyIdea(root, readSnapshot(localStorage, TODAY));
    expect((await commitmentsForDay(TODAY)).map((c) => [c.title, c.strengthId])).toEqual([[IDEA, 'humor']]);
  });

  it('adds nothing when the button was not pressed', async () => {
    const root = paint();
    await keepEarlyIdea(root, readSnapshot(localStorage, TODAY));
    expect(await commitmentsForDay(TODAY)).toEqual([]);
  });
});

describe('the new tab once React has taken over', () => {
  it('draws the side column as the first paint did, so nothing moves', async () => {
    const painted = shape(paint().querySelector('.newtab-side')!);
    const { container } = render(
      <UndoProvider>
        <App snapshot={readSnapshot(localStorage, TODAY)} />
      </UndoProvider>,
    );
    expect(shape(container.querySelector('.newtab-side')!)).toEqual(painted);
    // Let the database's first answers land before the test ends.
    await act(async () => {});
  });

  it('makes the idea today’s commitment in one click, and Undo takes it back', async () => {
    // Day 20,787 of the rotation: the third signature strength, Humor, with its second idea.
    const idea = 'Share something that made you laugh at the start of a long meeting.';
    await saveRanking(['hope', 'zest', 'humor', 'kindness', 'bravery']);
    await addCommitment(TODAY, 'Write the board update');
    render(
      <UndoProvider>
        <App snapshot={null} />
      </UndoProvider>,
    );
    const spotlight = await screen.findByRole('complementary', { name: 'Strength of the day: Humor' });
    expect(within(spotlight).getByText(idea)).toBeInTheDocument();
    await userEvent.click(within(spotlight).getByRole('button', { name: 'Make it today’s commitment' }));
    expect(await screen.findByRole('checkbox', { name: idea })).toBeInTheDocument();
    await within(spotlight).findByRole('button', { name: 'On today’s list' });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await within(spotlight).findByRole('button', { name: 'Make it today’s commitment' });
    expect((await commitmentsForDay(TODAY)).map((c) => c.title)).toEqual(['Write the board update']);
  });
});
