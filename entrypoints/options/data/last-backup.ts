/** The Data page's line about the last backup, for whatever is stored (even a date that cannot be right). */
import { heldBackup } from '../../../lib/domain/backup/reminder';
import { today } from '../../../lib/platform/clock';
import { formatDayLong } from '../../../lib/domain/format';
import { t } from '../../../lib/i18n';

export function lastBackupLine(lastExportAt: number | null | undefined, now: number): string {
  if (lastExportAt === null || lastExportAt === undefined) return t('data:lastBackup.none');
  // Only a date that can be right is shown: one in year 1 or in 2999 (an old restore, a clock set
  // wrong) is neither believable nor one every date function can draw.
  const held = heldBackup(lastExportAt, now);
  if (held === null) return t('data:lastBackup.wrong');
  return t('data:lastBackup.on', { day: formatDayLong(today(held)) });
}
