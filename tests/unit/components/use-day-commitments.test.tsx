import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDayCommitments } from '../../../components/use-day-commitments';
import { addCommitment, commitmentsForDay } from '../../../lib/store/db/commitments';
import { addRecurrence } from '../../../lib/store/db/recurrences';

const WEDNESDAY = '2026-11-25';

describe('a page showing a day’s list', () => {
  it('adds the day’s recurring commitments the first time it is opened, after what was already there', async () => {
    await addCommitment(WEDNESDAY, 'Board update');
    await addRecurrence(
      { title: 'Stand-up notes', schedule: { kind: 'weekdays', weekdays: [3] } },
      '2026-11-01',
    );
    await addRecurrence(
      { title: 'Friday review', schedule: { kind: 'weekdays', weekdays: [5] } },
      '2026-11-01',
    );

    const { result } = renderHook(() => useDayCommitments(WEDNESDAY));
    await waitFor(() =>
      expect(result.current?.map((c) => c.title)).toEqual(['Board update', 'Stand-up notes']),
    );
  });

  it('adds them once, however many pages open the day', async () => {
    await addRecurrence(
      { title: 'Stand-up notes', schedule: { kind: 'weekdays', weekdays: [3] } },
      '2026-11-01',
    );
    const popup = renderHook(() => useDayCommitments(WEDNESDAY));
    const newTab = renderHook(() => useDayCommitments(WEDNESDAY));
    await waitFor(() => expect(popup.result.current).toHaveLength(1));
    await waitFor(() => expect(newTab.result.current).toHaveLength(1));
    expect((await commitmentsForDay(WEDNESDAY)).map((c) => c.title)).toEqual(['Stand-up notes']);
  });
});
