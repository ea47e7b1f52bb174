import { useId } from 'react';
import type { CheckProgress } from '../../../lib/domain/backup/check';
import { intlLocale, t } from '../../../lib/i18n';

const number = (value: number) => new Intl.NumberFormat(intlLocale()).format(value);
const megabytes = (bytes: number) =>
  new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1024 / 1024,
  );

/** One sentence per step of the check, for the live region: it changes a few times, not per percent. */
export function checkStepSentence(progress: CheckProgress, fileName: string): string {
  if (progress.step === 'reading') return t('data:progress.reading', { name: fileName });
  if (progress.step === 'parsing') return t('data:progress.parsing');
  if (progress.step === 'unlocking') return t('data:progress.unlocking');
  if (progress.step === 'rows')
    return t('data:progress.rows', { count: progress.total, total: number(progress.total) });
  return t('data:progress.pictures', { count: progress.total });
}

/** How far the step is, in the numbers a person can follow. */
function detail(progress: CheckProgress): string {
  if (progress.step === 'reading')
    return t('data:progress.bytesRead', { done: megabytes(progress.done), total: megabytes(progress.total) });
  if (progress.step === 'parsing') return t('data:progress.parsingDetail');
  if (progress.step === 'unlocking') return t('data:progress.unlockingDetail');
  if (progress.step === 'rows') {
    return t('data:progress.rowsChecked', {
      count: progress.total,
      done: number(progress.done),
      total: number(progress.total),
    });
  }
  return t('data:progress.picturesChecked', { count: progress.total, done: progress.done });
}

/** A progress bar for the backup check, named by what it is doing; no numbers while unlocking or parsing. */
export function CheckProgressView({ progress }: { progress: CheckProgress }) {
  const id = useId();
  const known = progress.step !== 'parsing' && progress.step !== 'unlocking';
  return (
    <div className="check-progress">
      <progress
        aria-labelledby={id}
        value={known ? progress.done : undefined}
        max={known ? Math.max(progress.total, 1) : undefined}
      />
      <p id={id} className="hint">
        {detail(progress)}
      </p>
    </div>
  );
}
