import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../components/UndoProvider';
import { DaysOffEditor } from '../../../entrypoints/options/planning/DaysOffEditor';
import { addDaysOff, allDaysOff } from '../../../lib/store/db/days-off';

/** Wednesday 2 December 2026, 10:00 UTC. */
const NOW = Date.UTC(2026, 11, 2, 10);

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

function renderEditor() {
  return render(
    <UndoProvider>
      <DaysOffEditor />
    </UndoProvider>,
  );
}

describe('the days off editor', () => {
  it('marks a run of days off with the keyboard alone, and lists it as coming up', async () => {
    const user = userEvent.setup();
    renderEditor();
    await screen.findByText('No days off coming up.');
    expect(screen.getByLabelText('First day')).toHaveValue('2026-12-02');

    await user.tab();
    expect(screen.getByLabelText('First day')).toHaveFocus();
    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2026-12-21');
    await user.tab();
    await user.type(screen.getByLabelText('Last day'), '2027-01-01');
    await user.tab();
    await user.type(screen.getByLabelText('What it is (optional)'), 'Winter holiday{Enter}');

    await vi.waitFor(() =>
      expect(allDaysOff()).resolves.toMatchObject([
        { from: '2026-12-21', to: '2027-01-01', label: 'Winter holiday' },
      ]),
    );
    expect(await screen.findByText('Added.')).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(list).toHaveTextContent(/^Dec 21 – Jan 1 \(12 days\) · Winter holiday/);
    // The form starts again from today.
    expect(screen.getByLabelText('First day')).toHaveValue('2026-12-02');
    expect(screen.getByLabelText('What it is (optional)')).toHaveValue('');
  });

  it('refuses a last day before the first with a clear message, keeps what was typed and stores nothing', async () => {
    const user = userEvent.setup();
    renderEditor();
    await screen.findByText('No days off coming up.');
    await user.clear(screen.getByLabelText('First day'));
    await user.type(screen.getByLabelText('First day'), '2026-12-10');
    await user.type(screen.getByLabelText('Last day'), '2026-12-05');
    await user.type(screen.getByLabelText('What it is (optional)'), 'Offsite');
    await user.click(screen.getByRole('button', { name: 'Mark as days off' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Days off must end on or after their first day.',
    );
    expect(await allDaysOff()).toEqual([]);
    expect(screen.getByLabelText('Last day')).toHaveValue('2026-12-05');
    expect(screen.getByLabelText('What it is (optional)')).toHaveValue('Offsite');
  });

  it('marks today alone when the last day is left empty', async () => {
    const user = userEvent.setup();
    renderEditor();
    await screen.findByText('No days off coming up.');
    await user.click(screen.getByRole('button', { name: 'Mark as days off' }));
    await vi.waitFor(() =>
      expect(allDaysOff()).resolves.toMatchObject([{ from: '2026-12-02', to: '2026-12-02', label: '' }]),
    );
    expect(await screen.findByText('· today', { exact: false })).toBeInTheDocument();
  });

  it('keeps words typed but not added when the page closes', async () => {
    const user = userEvent.setup();
    const first = renderEditor();
    await screen.findByText('No days off coming up.');
    await user.type(screen.getByLabelText('What it is (optional)'), 'Conference');
    first.unmount();
    renderEditor();
    expect(await screen.findByLabelText('What it is (optional)')).toHaveValue('Conference');
  });

  it('lists upcoming runs, folds past ones away, and keeps keyboard users’ place as runs are removed', async () => {
    await addDaysOff({ from: '2026-11-02', to: '2026-11-03', label: 'Conference' });
    await addDaysOff({ from: '2026-12-24', to: '2026-12-24', label: 'Christmas Eve' });
    await addDaysOff({ from: '2027-01-04', to: '2027-01-05', label: 'Offsite' });
    const user = userEvent.setup();
    renderEditor();
    const past = (await screen.findByText('Past days off (1)')).closest('details')!;
    expect(past).not.toHaveAttribute('open');
    expect(within(past).getByText('· Conference', { exact: false })).toBeInTheDocument();

    const [christmas] = screen.getAllByRole('button', { name: /^Remove/ });
    expect(christmas).toHaveAccessibleName(/^Remove ?the days off Thu, Dec 24$/);
    await user.click(christmas!);
    await vi.waitFor(() => expect(allDaysOff()).resolves.toHaveLength(2));
    expect(
      await screen.findByRole('button', { name: /^Remove ?the days off Jan 4\s–\s5 \(2 days\)$/ }),
    ).toHaveFocus();

    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(allDaysOff()).resolves.toMatchObject([{ label: 'Conference' }]));
    expect(await screen.findByText('No days off coming up.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Coming up' })).toHaveFocus();
  });
});
