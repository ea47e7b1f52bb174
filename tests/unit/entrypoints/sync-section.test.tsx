import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nRoot } from '../../../components/I18nRoot';
import App from '../../../entrypoints/options/App';
import { SyncSection } from '../../../entrypoints/options/planning/SyncSection';
import { setLanguage } from '../../../lib/i18n';
import { updateSettings } from '../../../lib/store/storage-items';
import {
  EMPTY_STATUS,
  getSyncChoice,
  setSyncChoice,
  setSyncStatus,
  type SyncStatus,
} from '../../../lib/store/storage-items';

const DEVICE = 'abcd1234';

/** The clock the page reads, pinned: a Wednesday afternoon. */
const NOW = new Date(2026, 11, 2, 14, 5).getTime();

/** A pass that sent four weeks of history from this computer, one other computer seen. */
const STATUS: SyncStatus = {
  ...EMPTY_STATUS,
  at: NOW - 60_000,
  sentAt: NOW - 60_000,
  sent: {
    bytes: 12_595,
    items: 3,
    share: 49_152,
    from: '2026-11-05',
    weeks: 4,
    rows: { profile: 1, goals: 3, commitments: 41, reviews: 1, weeklyReviews: 2, settings: 1 },
  },
  totalBytes: 25_190,
  devices: 1,
};

const QUESTION = 'Turn off and remove this computer’s synced copy?';

const section = () => screen.getByRole('region', { name: 'Keep Flourish in step on your computers' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
  vi.restoreAllMocks();
});

describe('sync in Settings', () => {
  it('is off by default, and says what travels, what stays, through whom and how it is protected', async () => {
    render(<SyncSection />);
    expect(await screen.findByText('Off: everything stays on this computer.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Keep Flourish in step on your computers' }),
    ).toBeInTheDocument();
    const part = section();
    expect(within(part).getByRole('heading', { level: 3, name: 'What travels' })).toBeInTheDocument();
    expect(part).toHaveTextContent('Up to eight weeks');
    expect(part).toHaveTextContent('coaching sessions (your latest always)');
    expect(part).toHaveTextContent('The pictures on your vision board, and history older than those weeks.');
    expect(part).toHaveTextContent('A backup on the Your data page moves them too.');
    expect(within(part).getByRole('link', { name: 'A backup' })).toHaveAttribute('href', '#/data');
    expect(part).toHaveTextContent('Flourish has no server and no account of its own.');
    expect(part).toHaveTextContent('Firefox Sync encrypts it on your computer before it leaves');
    expect(part).toHaveTextContent('Without one, Google can read it.');
    expect(part).toHaveTextContent(
      'in Chrome with “Extensions” among what it syncs, in Firefox with “Add-ons”',
    );
    expect(within(part).getByRole('button', { name: 'Turn on' })).toBeInTheDocument();
    expect(await getSyncChoice()).toEqual({ enabled: false, deviceId: null });
  });

  it('turns on with the keyboard: the choice is stored with a device id, and the page says it is on', async () => {
    const user = userEvent.setup();
    render(<SyncSection />);
    const button = await screen.findByRole('button', { name: 'Turn on' });
    button.focus();
    await user.keyboard('{Enter}');

    await waitFor(async () => expect((await getSyncChoice()).enabled).toBe(true));
    expect((await getSyncChoice()).deviceId).toMatch(/^[a-z0-9]{8}$/);
    const on = await screen.findByText(/^On: this computer sends its copy/);
    await waitFor(() => expect(on).toHaveFocus());
    expect(screen.getByText('Getting in step…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Turn on' })).not.toBeInTheDocument();
  });

  it('shows what the last pass sent: the history window, the rows and the quota, with meters', async () => {
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    await setSyncStatus(STATUS);
    render(<SyncSection />);

    expect(await screen.findByText(/^Last sent today at /)).toBeInTheDocument();
    expect(screen.getByText('History from Thu, Nov 5 (4 weeks).')).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: 'What this computer sends' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(rows).toEqual([
      'Your purpose and values',
      '3 goals',
      'Your settings',
      '41 commitments',
      '1 daily review',
      '2 weekly zoom-outs',
    ]);
    expect(screen.getByText('This computer: 12.3 KB of its 48 KB share')).toBeInTheDocument();
    expect(
      screen.getByText('All your computers: 24.6 KB of the 100 KB the browser allows'),
    ).toBeInTheDocument();
    const all = screen.getByRole('meter', { name: /^All your computers/ });
    expect(all).toHaveAttribute('value', '25190');
    expect(all).toHaveAttribute('max', '102400');
    expect(screen.getByRole('meter', { name: /^This computer/ })).toHaveAttribute('max', '49152');
    expect(screen.getByText('1 other computer seen in the last 60 days.')).toBeInTheDocument();
  });

  it('says when no history travels, and what was left out and why', async () => {
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    await setSyncStatus({
      ...STATUS,
      sent: { ...STATUS.sent!, from: null, weeks: 0, rows: { profile: 1, settings: 1 } },
      devices: 0,
      notes: [
        { kind: 'newer', device: 'zzzz9999' },
        { kind: 'corrupt', key: 'fl1.other123.0' },
        { kind: 'corrupt', key: 'fl1.other123.1' },
      ],
      rejected: ['goals/g1', 'goals/g2'],
      leftOut: ['vision/vision/statement'],
    });
    render(<SyncSection />);

    expect(await screen.findByText('No history — only your foundation and settings.')).toBeInTheDocument();
    expect(screen.getByText(/^No other computer seen yet\./)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Flourish left out some of what it found in your browser’s sync. Nothing on this computer changed.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('data from a newer Flourish on 1 other computer: update Flourish here to take it in'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 damaged items')).toBeInTheDocument();
    expect(
      screen.getByText('2 rows another computer sent could not be used and were left out.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 field too long to travel stays on this computer.')).toBeInTheDocument();
  });

  it('says a quota refusal sends less history and changed nothing here', async () => {
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    await setSyncStatus({
      ...STATUS,
      refused: { at: NOW - 30_000, reason: 'quota', message: 'QUOTA_BYTES quota exceeded' },
    });
    render(<SyncSection />);
    expect(
      await screen.findByText(
        /^The browser refused a write today at .+: its sync was full, so Flourish is sending less history now\. Nothing on this computer changed\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('says when a send waits for the browser’s write limits', async () => {
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    await setSyncStatus({ ...STATUS, waitingUntil: Date.now() + 5 * 60_000 });
    render(<SyncSection />);
    expect(
      await screen.findByText(/^Waiting for the browser’s write limits; sends at .+\.$/),
    ).toBeInTheDocument();
  });

  it('asks before turning off; "Keep it on" changes nothing, and confirming removes only this computer’s keys', async () => {
    const user = userEvent.setup();
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    await setSyncStatus(STATUS);
    await fakeBrowser.storage.sync.set({
      [`fl1.${DEVICE}.0`]: { e: [] },
      [`fl1.${DEVICE}.m`]: { v: 1, at: 1, n: 1, from: null },
      'fl1.other123.0': { e: [] },
    });
    render(<SyncSection />);

    await user.click(await screen.findByRole('button', { name: 'Turn off' }));
    const question = screen.getByRole('group', { name: QUESTION });
    expect(question).toHaveTextContent(
      'Flourish stops sending from this computer and removes what this computer put in your browser’s sync. Your data on this computer stays as it is, and so does the data on your other computers.',
    );
    expect(screen.getByText(QUESTION)).toHaveFocus();

    await user.click(within(question).getByRole('button', { name: 'Keep it on' }));
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn off' })).toHaveFocus();
    expect(await getSyncChoice()).toEqual({ enabled: true, deviceId: DEVICE });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual([
      `fl1.${DEVICE}.0`,
      `fl1.${DEVICE}.m`,
      'fl1.other123.0',
    ]);

    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    await user.click(
      within(screen.getByRole('group', { name: QUESTION })).getByRole('button', { name: 'Turn off' }),
    );

    expect(await screen.findByRole('button', { name: 'Turn on' })).toBeInTheDocument();
    expect(await getSyncChoice()).toEqual({ enabled: false, deviceId: null });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['fl1.other123.0']);
    await waitFor(() => expect(screen.getByText('Off: everything stays on this computer.')).toHaveFocus());
  });

  it('keeps it on when Escape answers the question', async () => {
    const user = userEvent.setup();
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    render(<SyncSection />);
    await user.click(await screen.findByRole('button', { name: 'Turn off' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn off' })).toHaveFocus();
    expect((await getSyncChoice()).enabled).toBe(true);
  });

  it('shows an error it meets turning on, and stays off', async () => {
    const user = userEvent.setup();
    render(<SyncSection />);
    const button = await screen.findByRole('button', { name: 'Turn on' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sync could not be turned on. Nothing was changed; try again.',
    );
    vi.restoreAllMocks();
    expect((await getSyncChoice()).enabled).toBe(false);
    expect(screen.getByRole('button', { name: 'Turn on' })).toBeInTheDocument();
  });
});

describe('sync in Settings, in German', () => {
  it('sits in the Settings page and speaks German', async () => {
    await fakeBrowser.storage.local.set({
      setup: { step: 'done', completedAt: Date.parse('2026-11-01T09:00:00Z') },
    });
    window.history.replaceState(null, '', '#/settings');
    await updateSettings({ language: 'de' });
    render(
      <I18nRoot>
        <App />
      </I18nRoot>,
    );
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Flourish auf Ihren Computern auf dem gleichen Stand halten',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Einschalten' })).toBeInTheDocument();
  });

  it('writes the quota in German numbers', async () => {
    setLanguage('de', 'de-DE');
    await setSyncChoice({ enabled: true, deviceId: DEVICE });
    await setSyncStatus(STATUS);
    render(<SyncSection />);
    expect(await screen.findByText('Dieser Computer: 12,3 KB seines Anteils von 48 KB')).toBeInTheDocument();
    expect(screen.getByText('Verlauf ab Do., 5. Nov. (4 Wochen).')).toBeInTheDocument();
  });
});
