import { useLastBackup, useSetup } from '../../../components/use-storage-items';
import { useNow } from '../../../components/use-today';
import { backupReminder } from '../../../lib/domain/backup/reminder';
import './backup-reminder.css';

/** A quiet line, no notification: shown when the last backup is over 30 days old. */
export function BackupReminder() {
  const now = useNow();
  const backup = useLastBackup();
  const setup = useSetup();
  if (!backup || !setup) return null;
  const due = backupReminder(backup.lastExportAt, setup.completedAt, now);
  if (due === null) return null;
  return (
    <p className="backup-reminder">
      <span>
        {due.sinceBackup ? `Your last backup was ${due.days} days ago.` : 'You have not made a backup yet.'} A
        backup keeps your reflections safe if this device is lost.
      </span>
      <a href="#/data">Back up now</a>
    </p>
  );
}
