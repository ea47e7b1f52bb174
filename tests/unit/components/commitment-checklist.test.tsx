/** The new tab's checklist: each row's small labels, as the snapshot or the database names them. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommitmentChecklist } from '../../../components/CommitmentChecklist';

describe('the checklist’s labels', () => {
  it('shows a row’s goal, strength and where it was carried from, and its plan', () => {
    const labels = {
      goal: 'Build the leadership bench',
      strength: 'Perspective',
      carried: 'carried from Tue · waiting on others',
      ifThen: { when: 'Priya is out', then: 'I will send it to Marco' },
    };
    render(
      <CommitmentChecklist
        commitments={[
          { id: 'brief', title: 'Send Priya the hiring brief', status: 'open' },
          { id: 'walk', title: 'Walk to the station', status: 'open' },
        ]}
        label="Today’s commitments"
        tags={(id) => (id === 'brief' ? labels : undefined)}
      />,
    );
    const [brief, walk] = within(screen.getByRole('list', { name: 'Today’s commitments' })).getAllByRole(
      'listitem',
    );
    expect([...brief!.querySelectorAll('.tag')].map((tag) => tag.textContent)).toEqual([
      'Goal: Build the leadership bench',
      'Strength: Perspective',
      'carried from Tue · waiting on others',
    ]);
    expect(within(brief!).getByText(/Priya is out/)).toBeInTheDocument();
    expect(walk!.querySelector('.tag')).toBeNull();
  });
});
