import { useTranslation } from 'react-i18next';
import { useLastBackup, useSetup } from '../../../components/use-storage-items';
import { useNow } from '../../../components/use-today';
import { backupReminder } from '../../../lib/domain/backup/reminder';
import './backup-reminder.css';

/** A quiet line, no notification: shown when the last backup is over 30 days old. */
export function BackupReminder() {
  const { t } = useTranslation('data');
  const now = useNow();
  const backup = useLastBackup();
  const setup = useSetup();
  if (!backup || !setup) return null;
  const due = backupReminder(backup.lastExportAt, setup.completedAt, now);
  if (due === null) return null;
  return (
    <p className="backup-reminder">
      <span>
        {due.sinceBackup ? t('reminder.sinceBackup', { count: due.days }) : t('reminder.never')}{' '}
        {t('reminder.why')}
      </span>
      <a href="#/data">{t('reminder.backUp')}</a>
    </p>
  );
}
