import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PrepPage from '../../../entrypoints/options/prep/PrepPage';
import { addCommitment, setCommitmentStatus } from '../../../lib/store/db/commitments';
import { db } from '../../../lib/store/db/db';
import { addGoal } from '../../../lib/store/db/goals';
import { addQuestion, waitingQuestions } from '../../../lib/store/db/questions';
import { addSession } from '../../../lib/store/db/sessions';
import { reviewRow } from '../../support/rows';

const card = (name: string) => screen.getByRole('region', { name });

describe('the session prep', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T10:00:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows everything since the last session, by goal, with the starred day and the questions', async () => {
    await db.profile.put({
      id: 'me',
      name: 'Alex',
      coachName: 'Jordan',
      purpose: '',
      values: [],
      updatedAt: 0,
    });
    await addSession({ day: '2026-11-25', nextDay: '2026-12-03' });
    const goal = await addGoal({ title: 'Grow the team' });
    await addCommitment('2026-11-24', 'Before the session');
    const done = await addCommitment('2026-11-26', 'Interview Sam', { goalId: goal.id });
    await setCommitmentStatus(done.id, 'done');
    const missed = await addCommitment('2026-11-27', 'Write the offer', {
      goalId: goal.id,
      ifThen: { when: 'it is 9 am', then: 'I open the template' },
    });
    await setCommitmentStatus(missed.id, 'not-done');
    await db.reviews.bulkAdd([
      reviewRow('2026-11-26', { starred: true, wentWell: 'Sam said yes', energy: 4, stress: 2 }),
      reviewRow('2026-11-27', { wentWell: 'Not starred', energy: 2, stress: 4 }),
    ]);
    await addQuestion('How do I say no to my CEO?');
    render(<PrepPage />);

    expect(
      await screen.findByText(
        'Alex, here is what happened since your session with Jordan on Wed, Nov 25 (7 days ago). Your next session with Jordan: Thu, Dec 3.',
      ),
    ).toBeInTheDocument();
    const commitments = card('Commitments');
    expect(commitments).toHaveTextContent('1 of 2 commitments done');
    expect(within(commitments).getByRole('heading', { name: 'Grow the team' })).toBeInTheDocument();
    expect(commitments).not.toHaveTextContent('Before the session');
    expect(card('Obstacles and if-then plans')).toHaveTextContent(
      'If it is 9 am, then I open the template (Write the offer, Fri, Nov 27: missed)',
    );
    expect(card('Energy and stress')).toHaveTextContent('Energy 3.0 of 5, stress 3.0 of 5 on average');
    expect(card('Energy and stress')).toHaveTextContent(
      'Only 2 days recorded: too few to read a trend into.',
    );
    expect(card('Starred reflections')).toHaveTextContent('Sam said yes');
    expect(card('Starred reflections')).not.toHaveTextContent('Not starred');
    expect(
      await within(card('Questions to bring')).findByText('How do I say no to my CEO?'),
    ).toBeInTheDocument();
  });

  it('with no session yet says it shows the last 14 days, and adds a question typed there', async () => {
    render(<PrepPage />);
    expect(
      await screen.findByText('No session is recorded yet, so here are the last 14 days.'),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('A question for your coach'), {
      target: { value: 'What should I delegate?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    expect(
      await within(card('Questions to bring')).findByText('What should I delegate?'),
    ).toBeInTheDocument();
    expect((await waitingQuestions()).map((q) => q.text)).toEqual(['What should I delegate?']);
  });

  it('refuses an empty question with a message and saves nothing', async () => {
    render(<PrepPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add question' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/question/i);
    expect(await waitingQuestions()).toEqual([]);
  });
});
