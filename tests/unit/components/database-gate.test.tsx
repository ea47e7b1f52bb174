import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseGate } from '../../../components/DatabaseGate';
import { db } from '../../../lib/store/db/db';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DatabaseGate', () => {
  it('shows the page once the database opens', async () => {
    render(
      <DatabaseGate>
        <p>Today’s commitments</p>
      </DatabaseGate>,
    );
    expect(await screen.findByText('Today’s commitments')).toBeInTheDocument();
  });

  it('explains in plain words when the browser refuses IndexedDB, instead of a blank page', async () => {
    vi.spyOn(db, 'open').mockRejectedValue(
      new DOMException('A mutation operation was attempted', 'InvalidStateError'),
    );
    render(
      <DatabaseGate>
        <p>Today’s commitments</p>
      </DatabaseGate>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Flourish can’t reach your data' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/never remember history/);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing has been deleted.');
    expect(screen.queryByText('Today’s commitments')).not.toBeInTheDocument();
  });

  it('says so when the data was written by a newer Flourish', async () => {
    vi.spyOn(db, 'open').mockRejectedValue(new DOMException('version', 'VersionError'));
    render(
      <DatabaseGate>
        <p>Today</p>
      </DatabaseGate>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/newer version of Flourish/);
  });
});
