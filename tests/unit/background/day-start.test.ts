import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDay } from '../../../entrypoints/background/day-start';
import { ALARMS } from '../../../entrypoints/background/alarms';
import { commitmentsForDay } from '../../../lib/store/db/commitments';
import { addRecurrence } from '../../../lib/store/db/recurrences';

describe('start of the day', () => {
  it('adds today’s recurring commitments, sets the badge and the next local midnight alarm', async () => {
    await addRecurrence(
      { title: 'Stand-up notes', schedule: { kind: 'weekdays', weekdays: [3] } },
      '2026-11-01',
    );
    const now = Date.parse('2026-11-25T14:00:00Z'); // Wednesday, 09:00 in New York
    await startDay(now, 'America/New_York');
    expect((await commitmentsForDay('2026-11-25')).map((c) => c.title)).toEqual(['Stand-up notes']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const alarm = await fakeBrowser.alarms.get(ALARMS.dayStart);
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-11-26T05:00:00Z'));
    expect(alarm?.periodInMinutes).toBeUndefined();
  });

  it('sets the midnight alarm once, however often the worker starts', async () => {
    const now = Date.parse('2026-11-25T14:00:00Z');
    await startDay(now, 'Europe/London');
    await startDay(now, 'Europe/London');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.filter((a) => a.name === ALARMS.dayStart)).toHaveLength(1);
    expect(alarms[0]?.scheduledTime).toBe(Date.parse('2026-11-26T00:00:00Z'));
  });
});
