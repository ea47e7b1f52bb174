/**
 * "Replace everything" with sync on does not delete on the other computers: what they hold comes
 * back. The restore's preview says so when, and only when, it applies.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportPreview } from '../../../entrypoints/options/data/ImportPreview';
import { checkBackupText, type RestorableBackup } from '../../../lib/domain/backup/check';
import type { ImportMode } from '../../../lib/domain/backup/merge/plan';
import { setLanguage } from '../../../lib/i18n';
import { createBackup } from '../../../lib/store/backup/export';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { setSyncChoice } from '../../../lib/store/storage-items';
import { decodePng } from '../../support/png';

const NOW = new Date(2026, 11, 2, 14, 5).getTime();
const NOTE =
  'Sync is on: nothing is deleted on your other computers. What they hold comes back here after the restore, and wherever their version is newer than this backup, theirs is kept.';

let backup: RestorableBackup;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  // An empty database's backup, checked as the Data page checks a file.
  const file = JSON.stringify(await createBackup('0.1.0', NOW));
  const checked = await checkBackupText(file, SCHEMA_VERSION, { decode: decodePng, timeZone: 'UTC' });
  if (!checked.ok) throw new Error(checked.message);
  backup = checked.backup;
});
afterEach(() => {
  vi.useRealTimers();
  setLanguage('en');
});

const preview = (mode: ImportMode) => (
  <ImportPreview
    id="restore"
    fileName="flourish-backup.json"
    backup={backup}
    mode={mode}
    onMode={() => {}}
    plan={[]}
    busy={false}
    onRestore={() => {}}
    onCancel={() => {}}
  />
);

describe('the restore preview with sync on', () => {
  it('says, for "Replace everything", that the other computers keep theirs and it comes back', async () => {
    await setSyncChoice({ enabled: true, deviceId: 'abcd1234' });
    render(preview('replace'));
    expect(await screen.findByText(NOTE)).toBeInTheDocument();
  });

  it('says nothing of it for a merge, which deletes nothing', async () => {
    await setSyncChoice({ enabled: true, deviceId: 'abcd1234' });
    const { rerender } = render(preview('replace'));
    await screen.findByText(NOTE);
    rerender(preview('merge'));
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
  });

  it('says nothing of it while sync is off, and says it once sync is turned on', async () => {
    render(preview('replace'));
    expect(await screen.findByRole('button', { name: 'Replace everything' })).toBeInTheDocument();
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
    await act(() => setSyncChoice({ enabled: true, deviceId: 'abcd1234' }));
    expect(await screen.findByText(NOTE)).toBeInTheDocument();
  });

  it('speaks the page’s language', async () => {
    await setSyncChoice({ enabled: true, deviceId: 'abcd1234' });
    setLanguage('de');
    render(preview('replace'));
    expect(
      await screen.findByText(
        /^Die Synchronisierung ist eingeschaltet: Auf Ihren anderen Computern wird nichts gelöscht\./,
      ),
    ).toBeInTheDocument();
  });
});
