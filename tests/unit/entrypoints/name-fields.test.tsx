import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NameFields } from '../../../entrypoints/options/foundation/NameFields';
import { getProfile, saveCoachName, saveName } from '../../../lib/store/db/profile';

beforeEach(() => localStorage.clear());

describe('the leader’s and the coach’s names', () => {
  it('saves each name as it is typed, leaving the other and the purpose as they were', async () => {
    render(<NameFields />);
    await userEvent.type(await screen.findByLabelText('Your first name'), 'Alex');
    await waitFor(async () => expect((await getProfile())?.name).toBe('Alex'));
    await userEvent.type(screen.getByLabelText('Your coach’s name'), 'Jordan');
    await waitFor(async () =>
      expect(await getProfile()).toMatchObject({ name: 'Alex', coachName: 'Jordan', purpose: '' }),
    );
  });

  it('shows the names saved before', async () => {
    await saveName('Alex');
    await saveCoachName('Jordan');
    render(<NameFields />);
    expect(await screen.findByLabelText('Your first name')).toHaveValue('Alex');
    expect(screen.getByLabelText('Your coach’s name')).toHaveValue('Jordan');
  });

  it('refuses a name over 120 characters in plain words and stores nothing', async () => {
    await expect(saveCoachName('x'.repeat(121))).rejects.toThrow(
      'Your coach’s name is 121 characters; the limit is 120.',
    );
    expect(await getProfile()).toBeUndefined();
  });
});
