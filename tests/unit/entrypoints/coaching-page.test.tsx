import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import CoachingPage from '../../../entrypoints/options/coaching/CoachingPage';
import { db } from '../../../lib/store/db/db';
import { addQuestion } from '../../../lib/store/db/questions';
import { addAgreement, addSession } from '../../../lib/store/db/sessions';

/** Wednesday 2 December 2026, noon: the next workday (Monday to Friday) is Thursday 3 December. */
beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 2, 12, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

const renderPage = () =>
  render(
    <UndoProvider>
      <CoachingPage />
    </UndoProvider>,
  );

const onlySession = async () => {
  const [session, ...others] = await db.sessions.toArray();
  expect(others).toEqual([]);
  return session!;
};

/** An agreement's own buttons: named for the agreement (happy-dom adds a space before the hidden part). */
const agreementButton = (action: RegExp | string, agreement: string) =>
  screen.findByRole('button', {
    name: new RegExp(`^${typeof action === 'string' ? action : action.source} ?: ${agreement}$`),
  });

describe('the Coaching section', () => {
  it('explains what it is for while there is no session', async () => {
    renderPage();
    expect(await screen.findByText(/After each coaching session, record it here/)).toBeInTheDocument();
    expect(screen.getByText('No questions waiting.')).toBeInTheDocument();
  });

  it('records a session on today, with the next date and notes saved as typed', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Record a session' }));
    expect(await screen.findByLabelText('Date of the session')).toHaveValue('2026-12-02');
    await user.type(screen.getByLabelText('Next session (optional)'), '2026-12-16');
    await user.type(screen.getByLabelText('Your notes'), 'Talked about delegation');
    await vi.waitFor(async () =>
      expect(await onlySession()).toMatchObject({
        day: '2026-12-02',
        nextDay: '2026-12-16',
        notes: 'Talked about delegation',
      }),
    );
  });

  it('refuses a next session before this one, with the reason, and keeps the stored date', async () => {
    await addSession({ day: '2026-12-02', nextDay: '2026-12-16' });
    renderPage();
    const next = await screen.findByLabelText('Next session (optional)');
    fireEvent.change(next, { target: { value: '2026-11-30' } });
    expect(await screen.findByText('The next session must come after this one.')).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect((await onlySession()).nextDay).toBe('2026-12-16');
  });

  it('adds agreements one at a time; an empty one is refused with a message', async () => {
    const user = userEvent.setup();
    await addSession({ day: '2026-12-02' });
    renderPage();
    const field = await screen.findByLabelText('Add an agreement');
    await user.type(field, 'Delegate the weekly report{Enter}');
    await user.type(field, 'Walk the floor{Enter}');
    await user.type(field, '   {Enter}');
    expect(await screen.findByText('An agreement can’t be empty.')).toBeInTheDocument();
    await vi.waitFor(async () =>
      expect((await onlySession()).agreements.map((a) => a.text)).toEqual([
        'Delegate the weekly report',
        'Walk the floor',
      ]),
    );
  });

  it('keeps an agreement typed and not added when the page closes', async () => {
    const user = userEvent.setup();
    await addSession({ day: '2026-12-02' });
    const { unmount } = renderPage();
    await user.type(await screen.findByLabelText('Add an agreement'), 'Say no to one side project');
    unmount();
    renderPage();
    expect(await screen.findByLabelText('Add an agreement')).toHaveValue('Say no to one side project');
  });

  it('makes an agreement a goal once: it then shows the goal, linked, and offers no second conversion', async () => {
    const user = userEvent.setup();
    const session = await addSession({ day: '2026-12-02' });
    await addAgreement(session.id, 'Delegate the weekly report');
    renderPage();
    await user.click(await agreementButton('Make it a goal', 'Delegate the weekly report'));
    const link = await screen.findByRole('link', { name: 'Delegate the weekly report' });
    expect(link).toHaveAttribute('href', '#/goals');
    expect(link.parentElement).toHaveTextContent('Goal: Delegate the weekly report');
    // The buttons have gone: keyboard focus is on what the agreement became.
    await vi.waitFor(() => expect(link.parentElement).toHaveFocus());
    const [goal, ...more] = await db.goals.toArray();
    expect(more).toEqual([]);
    expect(goal).toMatchObject({ title: 'Delegate the weekly report', why: '', status: 'active' });
    expect((await onlySession()).agreements[0]?.became).toEqual({ kind: 'goal', id: goal!.id });
    expect(screen.queryByRole('button', { name: /Make it a goal/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Commit for/ })).toBeNull();
  });

  it('makes an agreement the next workday’s commitment', async () => {
    const user = userEvent.setup();
    const session = await addSession({ day: '2026-12-02' });
    await addAgreement(session.id, 'Book the offsite room');
    renderPage();
    await user.click(await agreementButton(/Commit for Thu.*/, 'Book the offsite room'));
    expect(await screen.findByText(/Commitment for Thu.*: Book the offsite room/)).toBeInTheDocument();
    const commitments = await db.commitments.toArray();
    expect(commitments).toEqual([
      expect.objectContaining({ day: '2026-12-03', title: 'Book the offsite room' }),
    ]);
    expect((await onlySession()).agreements[0]?.became).toEqual({
      kind: 'commitment',
      id: commitments[0]!.id,
    });
  });

  it('makes an agreement recurring on the weekdays ticked, by keyboard', async () => {
    const user = userEvent.setup();
    const session = await addSession({ day: '2026-12-02' });
    await addAgreement(session.id, 'Walk the floor');
    renderPage();
    (await agreementButton('Make it recurring…', 'Walk the floor')).focus();
    await user.keyboard('{Enter}');
    const days = screen.getByRole('group', { name: 'Comes back every' });
    // Thursday, the next workday, is ticked to start with; Monday is added, Thursday taken off.
    expect(within(days).getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
    within(days).getByRole('checkbox', { name: 'Monday' }).focus();
    await user.keyboard(' ');
    within(days).getByRole('checkbox', { name: 'Thursday' }).focus();
    await user.keyboard(' ');
    within(days).getByRole('button', { name: 'Add recurring commitment' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Walk the floor' })).toHaveAttribute(
      'href',
      '#/recurring',
    );
    const rules = await db.recurrences.toArray();
    expect(rules).toEqual([
      expect.objectContaining({
        title: 'Walk the floor',
        schedule: { kind: 'weekdays', weekdays: [1] },
        startDay: '2026-12-02',
      }),
    ]);
    expect((await onlySession()).agreements[0]?.became).toEqual({ kind: 'recurrence', id: rules[0]!.id });
  });

  it('refuses a recurring commitment with no weekday ticked, with the reason', async () => {
    const user = userEvent.setup();
    const session = await addSession({ day: '2026-12-02' });
    await addAgreement(session.id, 'Walk the floor');
    renderPage();
    await user.click(await agreementButton('Make it recurring…', 'Walk the floor'));
    await user.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    await user.click(screen.getByRole('button', { name: 'Add recurring commitment' }));
    expect(await screen.findByText('Choose at least one weekday.')).toBeInTheDocument();
    expect(await db.recurrences.count()).toBe(0);
    expect((await onlySession()).agreements[0]?.became).toBeUndefined();
  });

  it('shows the most recent session open and earlier ones folded, newest first', async () => {
    await addSession({ day: '2026-11-04' }, 'November notes');
    await addSession({ day: '2026-12-02' }, 'December notes');
    await addSession({ day: '2026-11-18' }, 'Mid-November notes');
    renderPage();
    expect(await screen.findByLabelText('Your notes')).toHaveValue('December notes');
    const earlier = [...document.querySelectorAll('details')];
    expect(earlier.map((el) => el.querySelector('summary')?.textContent)).toEqual([
      expect.stringMatching(/^Wednesday,? (November 18|18 November) · 0 agreements$/),
      expect.stringMatching(/^Wednesday,? (November 4|4 November) · 0 agreements$/),
    ]);
    expect(earlier.every((el) => !el.open)).toBe(true);
    // Unfolded, an earlier session opens for editing.
    await userEvent.click(screen.getByText(/November 18|18 November/));
    expect(await screen.findByDisplayValue('Mid-November notes')).toBeInTheDocument();
  });

  it('removes an agreement, keeps keyboard focus on the next one’s Remove, and Undo puts it back in place', async () => {
    const user = userEvent.setup();
    const session = await addSession({ day: '2026-12-02' });
    for (const text of ['First', 'Second', 'Third']) await addAgreement(session.id, text);
    renderPage();
    await user.click(await agreementButton('Remove', 'Second'));
    await vi.waitFor(async () =>
      expect((await onlySession()).agreements.map((a) => a.text)).toEqual(['First', 'Third']),
    );
    expect(await agreementButton('Remove', 'Third')).toHaveFocus();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () =>
      expect((await onlySession()).agreements.map((a) => a.text)).toEqual(['First', 'Second', 'Third']),
    );
  });
});

describe('questions for the coach', () => {
  it('notes a question and ticks it as brought to the session', async () => {
    const user = userEvent.setup();
    await addSession({ day: '2026-12-02' });
    renderPage();
    await user.type(await screen.findByLabelText('Question for your coach'), 'How do I say no?{Enter}');
    expect(await screen.findByText('Noted for your next session.')).toBeInTheDocument();
    const brought = await screen.findByRole('checkbox', { name: 'How do I say no?' });
    expect(brought).not.toBeChecked();
    await user.click(brought);
    const session = await onlySession();
    await vi.waitFor(async () =>
      expect(await db.questions.toArray()).toEqual([
        expect.objectContaining({ text: 'How do I say no?', broughtTo: session.id }),
      ]),
    );
    expect(await screen.findByText('No questions waiting.')).toBeInTheDocument();
  });

  it('refuses an empty question with a message', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(await screen.findByLabelText('Question for your coach'), '  {Enter}');
    expect(await screen.findByText('A question can’t be empty.')).toBeInTheDocument();
    expect(await db.questions.count()).toBe(0);
  });

  it('removes a waiting question, and Undo brings it back', async () => {
    const user = userEvent.setup();
    await addQuestion('What do I stop doing?');
    renderPage();
    await user.click(await screen.findByRole('button', { name: /^Remove ?: What do I stop doing\?$/ }));
    await vi.waitFor(async () => expect(await db.questions.count()).toBe(0));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () =>
      expect((await db.questions.toArray()).map((q) => q.text)).toEqual(['What do I stop doing?']),
    );
  });
});
