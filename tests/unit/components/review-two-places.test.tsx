import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, writeDraft } from '../../../components/drafts';
import { readFieldDrafts, writeFieldDraft } from '../../../components/field-drafts';
import { DailyReview } from '../../../components/review/DailyReview';
import { ABANDONED_AFTER_MS } from '../../../components/use-field-autosave';
import { WeeklyReview } from '../../../components/review/WeeklyReview';
import { addCommitment } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';
import { getProfile } from '../../../lib/store/db/profile';
import { completeReview, getReview } from '../../../lib/store/db/reviews';
import { getWeeklyReview } from '../../../lib/store/db/weekly-reviews';
import { EMPTY_ANSWERS } from '../../../lib/domain/review-answers';
import { updateSettings } from '../../../lib/store/storage-items';

// The same review open in two places: the popup and a tab (Firefox opens a tab on a notification
// click, and the popup offers the same waiting review). Both are rendered side by side on one
// database, as two pages of the extension share one.
const DAY = '2026-11-25'; // a Wednesday
const WEEK = '2026-W48';

/** Renders the review twice, as two pages would, and returns each page's scope. */
function openTwice(element: React.ReactElement) {
  const popup = render(element, { container: document.body.appendChild(document.createElement('main')) });
  const tab = render(element, { container: document.body.appendChild(document.createElement('main')) });
  return { popup: within(popup.container), tab: within(tab.container) };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T18:00:00'));
  localStorage.clear();
  await updateSettings({ weeklyReviewDay: null });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a daily review open in two places', () => {
  it('keeps what went well, typed in one, when the other saves what was learned', async () => {
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    await user.type(await popup.findByLabelText('What went well?'), 'Offsite went well');
    await waitFor(async () => expect((await getReview(DAY))?.wentWell).toBe('Offsite went well'));
    // The tab, untouched in that field, follows what the popup saved.
    await waitFor(() => expect(tab.getByLabelText('What went well?')).toHaveValue('Offsite went well'));

    await user.type(tab.getByLabelText('What did I learn?'), 'Ask earlier');
    await waitFor(async () => expect((await getReview(DAY))?.learned).toBe('Ask earlier'));
    expect(await getReview(DAY)).toMatchObject({
      wentWell: 'Offsite went well',
      learned: 'Ask earlier',
    });
    await waitFor(() => expect(popup.getByLabelText('What did I learn?')).toHaveValue('Ask earlier'));
    expect(popup.getByLabelText('What went well?')).toHaveValue('Offsite went well');
  });

  it('keeps a field being typed in one place while the other saves the same field', async () => {
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    await user.type(await popup.findByLabelText('Tomorrow’s focus'), 'Board deck');
    await waitFor(async () => expect((await getReview(DAY))?.tomorrowFocus).toBe('Board deck'));
    await user.type(tab.getByLabelText('Tomorrow’s focus'), ' + hiring');
    await waitFor(async () => expect((await getReview(DAY))?.tomorrowFocus).toBe('Board deck + hiring'));
    await waitFor(() => expect(popup.getByLabelText('Tomorrow’s focus')).toHaveValue('Board deck + hiring'));
  });

  it('keeps strengths ticked in each place, and energy and stress set in different places', async () => {
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    await user.click(await popup.findByText('All 24 strengths'));
    await user.click(popup.getByRole('checkbox', { name: 'Zest' }));
    await user.click(
      within(popup.getByRole('group', { name: 'Energy today' })).getByRole('radio', { name: /4/ }),
    );
    await waitFor(async () => expect((await getReview(DAY))?.energy).toBe(4));

    await user.click(tab.getByText('All 24 strengths'));
    await user.click(tab.getByRole('checkbox', { name: 'Humor' }));
    await user.click(
      within(tab.getByRole('group', { name: 'Stress today' })).getByRole('radio', { name: /2/ }),
    );
    await waitFor(async () => expect((await getReview(DAY))?.stress).toBe(2));

    const review = await getReview(DAY);
    expect([...(review?.strengthsUsed ?? [])].sort()).toEqual(['humor', 'zest']);
    expect(review).toMatchObject({ energy: 4, stress: 2 });
  });

  it('keeps each place’s outcome for a different commitment', async () => {
    const board = await addCommitment(DAY, 'Board update');
    const sam = await addCommitment(DAY, 'Feedback to Sam');
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    const inPopup = await popup.findByRole('group', { name: 'Board update' });
    await user.click(within(inPopup).getByRole('radio', { name: 'Done' }));
    const inTab = await tab.findByRole('group', { name: 'Feedback to Sam' });
    await user.click(within(inTab).getByRole('radio', { name: 'Not done' }));
    await user.click(within(inTab).getByRole('radio', { name: 'Waiting on others' }));

    await waitFor(async () => {
      const outcomes = (await getReview(DAY))?.outcomes ?? [];
      expect(outcomes.find((o) => o.commitmentId === board.id)?.status).toBe('done');
      expect(outcomes.find((o) => o.commitmentId === sam.id)?.obstacle).toBe('waiting');
    });
    // Each place shows the other's choice too.
    await waitFor(() =>
      expect(
        within(tab.getByRole('group', { name: 'Board update' })).getByRole('radio', { name: 'Done' }),
      ).toBeChecked(),
    );
  });

  it('finishing in one place keeps what the other typed and saved', async () => {
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    await user.type(await tab.findByLabelText('What went well?'), 'Calm meeting');
    await waitFor(async () => expect((await getReview(DAY))?.wentWell).toBe('Calm meeting'));
    await user.type(popup.getByLabelText('What did I learn?'), 'Say no sooner');
    await user.click(popup.getByRole('button', { name: 'Finish review' }));
    await popup.findByText('Review saved');
    const review = await getReview(DAY);
    expect(review).toMatchObject({ wentWell: 'Calm meeting', learned: 'Say no sooner' });
    expect(review?.completedAt).toBeGreaterThan(0);
  });

  it('editing a finished review in two places keeps both edits', async () => {
    await completeReview(
      DAY,
      { ...EMPTY_ANSWERS, wentWell: 'First words', learned: 'First lesson' },
      { carryTo: '2026-11-26' },
    );
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    const wentWell = await popup.findByLabelText('What went well?');
    await user.clear(wentWell);
    await user.type(wentWell, 'Better words');
    await waitFor(async () => expect((await getReview(DAY))?.wentWell).toBe('Better words'));
    const learned = tab.getByLabelText('What did I learn?');
    await user.clear(learned);
    await user.type(learned, 'Better lesson');
    await user.click(tab.getByRole('button', { name: 'Save changes' }));
    await tab.findByText('Review saved');
    expect(await getReview(DAY)).toMatchObject({ wentWell: 'Better words', learned: 'Better lesson' });
  });
});

describe('a weekly review open in two places', () => {
  it('keeps the wins typed in one when the other saves what it notices', async () => {
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<WeeklyReview week={WEEK} />);
    await user.type(await popup.findByLabelText('Wins'), 'Shipped the plan');
    await waitFor(async () => expect((await getWeeklyReview(WEEK))?.wins).toBe('Shipped the plan'));
    await waitFor(() => expect(tab.getByLabelText('Wins')).toHaveValue('Shipped the plan'));
    await user.type(tab.getByLabelText('What I notice'), 'Mornings work best');
    await user.click(tab.getByRole('button', { name: 'Save weekly review' }));
    await tab.findByText('Weekly review saved.');
    expect(await getWeeklyReview(WEEK)).toMatchObject({
      wins: 'Shipped the plan',
      patterns: 'Mornings work best',
    });
  });
});

describe('words left by a page that closed before saving them', () => {
  it('are shown and saved by the next page that opens the review', async () => {
    writeFieldDraft(`review.${DAY}`, 'learned', 'Protect Friday afternoons', {
      page: 'a-closed-page',
      at: Date.now() - 10_000,
    });
    const popup = within(render(<DailyReview day={DAY} isToday />).container);
    await waitFor(() =>
      expect(popup.getByLabelText('What did I learn?')).toHaveValue('Protect Friday afternoons'),
    );
    await waitFor(async () => expect((await getReview(DAY))?.learned).toBe('Protect Friday afternoons'));
    await waitFor(() => expect(readFieldDrafts(`review.${DAY}`)).toEqual([]));
  });

  it('are left to their page while it may still be open, and taken over once it cannot be', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-25T18:00:00'));
    // Typed a moment ago in a page that may still save it itself.
    writeFieldDraft(`review.${DAY}`, 'wentWell', 'Half a thought', {
      page: 'another-page',
      at: Date.now() - 500,
    });
    const tab = within(render(<DailyReview day={DAY} isToday />).container);
    expect(await tab.findByLabelText('What went well?')).toHaveValue('');
    expect(await getReview(DAY)).toBeUndefined();

    // Nobody saved it: it was left behind, so this page saves it.
    await vi.advanceTimersByTimeAsync(ABANDONED_AFTER_MS);
    await waitFor(async () => expect((await getReview(DAY))?.wentWell).toBe('Half a thought'));
    expect(tab.getByLabelText('What went well?')).toHaveValue('Half a thought');
  });

  it('are taken over from the single draft an older Flourish kept, field by field', async () => {
    await completeReview(DAY, { ...EMPTY_ANSWERS, wentWell: 'Saved before' }, { carryTo: '2026-11-26' });
    writeDraft(
      `review.${DAY}`,
      JSON.stringify({
        answers: { ...EMPTY_ANSWERS, wentWell: 'Saved before', learned: 'Typed, never saved', energy: 2 },
        otherText: {},
      }),
    );
    const popup = within(render(<DailyReview day={DAY} isToday />).container);
    await waitFor(() => expect(popup.getByLabelText('What did I learn?')).toHaveValue('Typed, never saved'));
    await waitFor(async () =>
      expect(await getReview(DAY)).toMatchObject({
        wentWell: 'Saved before',
        learned: 'Typed, never saved',
        energy: 2,
      }),
    );
    expect(readDraft(`review.${DAY}`)).toBeNull();
  });
});

describe('finishing a review', () => {
  it('stops, keeping the words, when a save failed, and finishes with them once saving works', async () => {
    const user = userEvent.setup();
    const full = Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
    // The disk is full while typing, and still when Finish is first pressed.
    const put = vi.spyOn(db.reviews, 'put').mockRejectedValueOnce(full).mockRejectedValueOnce(full);
    const popup = within(render(<DailyReview day={DAY} isToday />).container);
    await user.type(await popup.findByLabelText('What went well?'), 'Hard-won words');
    await popup.findByText(/out of storage space/);
    await user.click(popup.getByRole('button', { name: 'Finish review' }));
    expect(await popup.findByText(/not finished yet, and your words are kept here/)).toBeInTheDocument();
    expect(popup.getByLabelText('What went well?')).toHaveValue('Hard-won words');

    await user.click(popup.getByRole('button', { name: 'Finish review' }));
    await popup.findByText('Review saved');
    expect(await getReview(DAY)).toMatchObject({ wentWell: 'Hard-won words' });
    expect((await getReview(DAY))?.completedAt).toBeGreaterThan(0);
    put.mockRestore();
  });

  it('turns the "Other" words typed in each of two places into the user’s own obstacles', async () => {
    await addCommitment(DAY, 'Board update');
    await addCommitment(DAY, 'Feedback to Sam');
    const user = userEvent.setup();
    const { popup, tab } = openTwice(<DailyReview day={DAY} isToday />);
    const other = async (scope: typeof popup, title: string, words: string) => {
      const group = await scope.findByRole('group', { name: title });
      await user.click(within(group).getByRole('radio', { name: 'Not done' }));
      await user.click(within(group).getByRole('radio', { name: 'Other…' }));
      await user.type(within(group).getByLabelText('In your words'), words);
    };
    await other(popup, 'Board update', 'Fire alarm');
    await other(tab, 'Feedback to Sam', 'Sick kid');
    await waitFor(async () => expect((await getReview(DAY))?.outcomes).toHaveLength(2));
    await user.click(tab.getByRole('button', { name: 'Continue' }));
    await user.click(await tab.findByRole('button', { name: 'Finish review' }));
    await tab.findByText('Review saved');
    expect([...((await getProfile())?.customObstacles ?? [])].sort()).toEqual(['Fire alarm', 'Sick kid']);
    expect((await getReview(DAY))?.outcomes.map((o) => o.obstacle).sort()).toEqual([
      'custom:Fire alarm',
      'custom:Sick kid',
    ]);
  });
});
