import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanOffers } from '../../../components/PlanOffers';
import { readPlanDraft } from '../../../components/plan-draft';
import type { PlanOffer } from '../../../lib/domain/plan-offer';
import { addCommitment } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';

const TODAY = '2026-11-26';
const TOMORROW = '2026-11-27';

let offer: PlanOffer;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T08:30:00'));
  localStorage.clear();
  const copy = await addCommitment(TODAY, 'Write the board update', { carriedFrom: 'board' });
  offer = {
    commitmentId: copy.id,
    day: TODAY,
    title: 'Write the board update',
    obstacle: 'meetings',
    repeats: 2,
    carriedAgain: false,
  };
});

afterEach(() => {
  vi.useRealTimers();
});

const stored = async () => (await db.commitments.get(offer.commitmentId))?.ifThen;

describe('an offer to plan', () => {
  it('says why, pre-fills the “When” half from the obstacle, and leaves “I will” to the leader', async () => {
    render(<PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open />);
    expect(screen.getByRole('heading', { name: 'Plan for “Write the board update”' })).toBeInTheDocument();
    expect(
      screen.getByText(/^“Meetings and interruptions” got in the way 2 times in the last two weeks\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('When')).toHaveValue(
      'meetings or interruptions start to crowd out “Write the board update”',
    );
    expect(screen.getByLabelText('I will')).toHaveValue('');
    expect(screen.getByLabelText('I will')).toHaveAccessibleDescription(
      /^What will you do to keep time for it\?/,
    );
  });

  it('asks for a smaller first step after avoiding it, and for the next physical action when it was unclear', () => {
    const { unmount } = render(
      <PlanOffers offers={[{ ...offer, obstacle: 'avoided' }]} today={TODAY} headingLevel={3} open />,
    );
    expect(screen.getByLabelText('When')).toHaveValue('I notice I’m putting off “Write the board update”');
    expect(screen.getByLabelText('I will')).toHaveAccessibleDescription(/^What is a smaller first step\?/);
    unmount();
    render(<PlanOffers offers={[{ ...offer, obstacle: 'unclear' }]} today={TODAY} headingLevel={3} open />);
    expect(screen.getByLabelText('When')).toHaveValue('I sit down to “Write the board update”');
    expect(screen.getByLabelText('I will')).toHaveAccessibleDescription(
      /^What is the next physical action\?/,
    );
  });

  it('is written and saved by keyboard alone, both halves editable, and says so where focus lands', async () => {
    const user = userEvent.setup();
    render(<PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open />);
    await user.tab();
    expect(screen.getByLabelText('When')).toHaveFocus();
    await user.keyboard('{End}{Backspace>24}the afternoon');
    await user.tab();
    expect(screen.getByLabelText('I will')).toHaveFocus();
    await user.keyboard('write it at 8 am, before email{Enter}');

    await waitFor(async () =>
      expect(await stored()).toEqual({
        when: 'meetings or interruptions start to crowd out the afternoon',
        then: 'write it at 8 am, before email',
      }),
    );
    const saved = await screen.findByRole('status');
    expect(saved).toHaveTextContent(
      'Plan saved for “Write the board update”. When meetings or interruptions start to crowd out the afternoon, I will write it at 8 am, before email.',
    );
    expect(saved).toHaveFocus();
    expect(screen.queryByLabelText('I will')).not.toBeInTheDocument();
    expect(readPlanDraft(offer.commitmentId)).toBeNull();
  });

  it('refuses half a plan with a message, keeps the words, and saves nothing', async () => {
    const user = userEvent.setup();
    render(<PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open />);
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An if-then plan needs both parts: “When …” and “I will …”.',
    );
    expect(await stored()).toBeUndefined();

    await user.clear(screen.getByLabelText('When'));
    await user.type(screen.getByLabelText('I will'), 'open the draft');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('needs both parts');
    expect(screen.getByLabelText('I will')).toHaveValue('open the draft');
    expect(await stored()).toBeUndefined();
  });

  it('keeps each half one phrase: a line break pasted becomes a space', async () => {
    const user = userEvent.setup();
    render(<PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open />);
    await user.click(screen.getByLabelText('I will'));
    await user.paste('block 8–9 am\nand decline the stand-up');
    expect(screen.getByLabelText('I will')).toHaveValue('block 8–9 am and decline the stand-up');
  });

  it('goes with “Not now” for the rest of the day, and comes back the next day', async () => {
    const user = userEvent.setup();
    const onEmpty = vi.fn();
    const { unmount } = render(
      <PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open onEmpty={onEmpty} />,
    );
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('heading', { name: /Plan for/ })).not.toBeInTheDocument();
    expect(onEmpty).toHaveBeenCalledTimes(1);
    unmount();

    const { unmount: again } = render(<PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open />);
    expect(screen.queryByRole('heading', { name: /Plan for/ })).not.toBeInTheDocument();
    again();
    render(<PlanOffers offers={[offer]} today={TOMORROW} headingLevel={3} open />);
    expect(screen.getByRole('heading', { name: 'Plan for “Write the board update”' })).toBeInTheDocument();
    expect(await stored()).toBeUndefined();
  });

  it('keeps words typed before “Not now” in the plan’s draft, unsaved', async () => {
    const user = userEvent.setup();
    render(<PlanOffers offers={[offer]} today={TODAY} headingLevel={3} open />);
    await user.type(screen.getByLabelText('I will'), 'block 8–9 am');
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(readPlanDraft(offer.commitmentId)).toEqual({
      when: 'meetings or interruptions start to crowd out “Write the board update”',
      then: 'block 8–9 am',
    });
    expect(await stored()).toBeUndefined();
  });

  it('moves focus to the next offer after “Not now”', async () => {
    const user = userEvent.setup();
    const other = await addCommitment(TODAY, 'Give Sam feedback', { carriedFrom: 'sam' });
    const second = { ...offer, commitmentId: other.id, title: 'Give Sam feedback', obstacle: 'avoided' };
    render(<PlanOffers offers={[offer, second]} today={TODAY} headingLevel={3} open />);
    await user.click(screen.getAllByRole('button', { name: 'Not now' })[0]!);
    expect(screen.getByLabelText('When')).toHaveFocus();
    expect(screen.getByLabelText('When')).toHaveValue('I notice I’m putting off “Give Sam feedback”');
  });

  it('in the popup, shows one offer as a line with its choices; “Make a plan” opens it on the “I will” half', async () => {
    const user = userEvent.setup();
    const other = await addCommitment(TODAY, 'Give Sam feedback', { carriedFrom: 'sam' });
    const second = { ...offer, commitmentId: other.id, title: 'Give Sam feedback' };
    render(<PlanOffers offers={[offer, second]} today={TODAY} headingLevel={2} open={false} limit={1} />);
    expect(screen.getAllByRole('heading', { name: /Plan for/ })).toHaveLength(1);
    expect(screen.queryByLabelText('I will')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make a plan' }));
    expect(screen.getByLabelText('I will')).toHaveFocus();
  });
});
