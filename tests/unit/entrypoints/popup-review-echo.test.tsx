import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../entrypoints/popup/App';
import { addCommitment, commitmentsForDay } from '../../../lib/store/db/commitments';
import { EMPTY_ANSWERS, completeReview } from '../../../lib/store/db/reviews';
import { saveRanking } from '../../../lib/store/db/strengths';
import { updateSettings } from '../../../lib/store/storage-items';

// Tuesday 24 November 2026 was reviewed; the popup opens at noon on Wednesday 25.
const TUESDAY = '2026-11-24';
const TODAY = '2026-11-25';
// Day 20,782 of the rotation: the third signature strength below (Humor), its first idea.
const IDEA = 'Lighten a tense moment with a kind joke at your own expense.';

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12, 0));
  // No review days: after the review time the popup would open on the review instead of the list.
  await updateSettings({ workdays: [] });
});

afterEach(() => {
  vi.useRealTimers();
});

async function reviewTuesday(tomorrowFocus: string) {
  const brief = await addCommitment(TUESDAY, 'Send Priya the hiring brief');
  await completeReview(
    TUESDAY,
    {
      ...EMPTY_ANSWERS,
      outcomes: [
        {
          commitmentId: brief.id,
          status: 'not-done',
          obstacle: 'custom:Legal still reviewing',
          decision: 'carry',
        },
      ],
      tomorrowFocus,
    },
    { carryTo: TODAY },
  );
}

describe('the popup the morning after a review', () => {
  it('shows the focus the review set for today at the top, in the leader’s words', async () => {
    await reviewTuesday('Decide the hiring plan before lunch.\nThen call Marco.');
    const { container } = render(<App />);
    const label = await screen.findByText('Today’s focus');
    expect(label.nextElementSibling?.textContent).toBe(
      'Decide the hiring plan before lunch.\nThen call Marco.',
    );
    // Above the field that adds a commitment: the first thing under the header.
    expect(container.querySelector('.popup-header + .focus-lines')).not.toBeNull();
  });

  it('shows no focus line when the review set none', async () => {
    await reviewTuesday('');
    render(<App />);
    await screen.findByRole('checkbox', { name: 'Send Priya the hiring brief' });
    expect(screen.queryByText('Today’s focus')).toBeNull();
  });

  it('says where a carried commitment came from and what got in the way, in the leader’s words', async () => {
    await reviewTuesday('');
    render(<App />);
    const row = (await screen.findByRole('checkbox', { name: 'Send Priya the hiring brief' })).closest('li')!;
    expect(await within(row).findByText('carried from Tue · Legal still reviewing')).toBeInTheDocument();
  });
});

describe('the strength of the day in the popup', () => {
  beforeEach(async () => {
    await saveRanking(['hope', 'zest', 'humor', 'kindness', 'bravery']);
  });

  it('becomes today’s commitment in one click, linked to the strength, and says it is on the list', async () => {
    render(<App />);
    const spotlight = await screen.findByRole('complementary', { name: 'Strength of the day: Humor' });
    expect(within(spotlight).getByText(IDEA)).toBeInTheDocument();
    await userEvent.click(within(spotlight).getByRole('button', { name: 'Make it today’s commitment' }));

    expect(await screen.findByRole('checkbox', { name: IDEA })).toBeInTheDocument();
    const onList = within(spotlight).getByRole('button', { name: 'On today’s list' });
    expect(onList).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(onList);
    expect((await commitmentsForDay(TODAY)).map((c) => [c.title, c.strengthId])).toEqual([[IDEA, 'humor']]);
  });

  it('by keyboard: Enter adds it, and Undo takes it back', async () => {
    render(<App />);
    const add = await screen.findByRole('button', { name: 'Make it today’s commitment' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('checkbox', { name: IDEA });
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Make it today’s commitment' });
    expect(await commitmentsForDay(TODAY)).toEqual([]);
  });

  it('says it is on the list already when the leader typed the same words', async () => {
    await addCommitment(TODAY, IDEA);
    render(<App />);
    expect(await screen.findByRole('button', { name: 'On today’s list' })).toBeInTheDocument();
  });
});
