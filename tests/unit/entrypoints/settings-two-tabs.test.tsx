import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsEditor } from '../../../entrypoints/options/planning/SettingsEditor';
import { DEFAULT_SETTINGS } from '../../../lib/domain/settings';
import { getSettings, updateSettings } from '../../../lib/store/storage-items';

/** Renders the settings twice, as two options tabs would, and returns each tab's scope. */
function openTwice() {
  const open = () =>
    within(
      render(<SettingsEditor />, { container: document.body.appendChild(document.createElement('main')) })
        .container,
    );
  return { first: open(), second: open() };
}

beforeEach(async () => {
  localStorage.clear();
  await updateSettings(DEFAULT_SETTINGS);
});

describe('settings open in two tabs', () => {
  it('keeps Monday unticked in one tab when Saturday is ticked in the other', async () => {
    const user = userEvent.setup();
    const { first, second } = openTwice();
    await user.click(await first.findByRole('checkbox', { name: 'Monday' }));
    await waitFor(async () => expect((await getSettings()).workdays).toEqual([2, 3, 4, 5]));
    await user.click(await second.findByRole('checkbox', { name: 'Saturday' }));
    await waitFor(async () => expect((await getSettings()).workdays).toEqual([2, 3, 4, 5, 6]));
    // Both tabs show the settings as they now are.
    await waitFor(() => expect(second.getByRole('checkbox', { name: 'Monday' })).not.toBeChecked());
    await waitFor(() => expect(first.getByRole('checkbox', { name: 'Saturday' })).toBeChecked());
  });

  it('keeps a snooze length chosen in one tab when the other changes the weekly day', async () => {
    const user = userEvent.setup();
    const { first, second } = openTwice();
    await user.selectOptions(await first.findByLabelText('Snooze for'), '30');
    await waitFor(async () => expect((await getSettings()).snoozeMinutes).toBe(30));
    await user.selectOptions(await second.findByLabelText('Weekly zoom-out on'), 'Monday');
    await waitFor(async () => expect((await getSettings()).weeklyReviewDay).toBe(1));
    expect((await getSettings()).snoozeMinutes).toBe(30);
    await waitFor(() => expect(second.getByLabelText('Snooze for')).toHaveValue('30'));
  });

  it('shows a review time saved in the other tab', async () => {
    const { first } = openTwice();
    expect(await first.findByLabelText('Review time')).toHaveValue('5:30 PM');
    await updateSettings({ reviewTime: '18:15' });
    await waitFor(() => expect(first.getByLabelText('Review time')).toHaveValue('6:15 PM'));
  });
});
