import { useId } from 'react';
import type { CheckProgress } from '../../../lib/domain/backup/check';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** One sentence per step of the check, for the live region: it changes a few times, not per percent. */
export function checkStepSentence(progress: CheckProgress, fileName: string): string {
  if (progress.step === 'reading') return `Reading ${fileName}…`;
  if (progress.step === 'parsing') return 'Reading the backup’s contents…';
  if (progress.step === 'rows') return `Checking ${progress.total.toLocaleString()} rows…`;
  return `Checking ${progress.total} ${progress.total === 1 ? 'picture' : 'pictures'}…`;
}

/** How far the step is, in the numbers a person can follow. */
function detail(progress: CheckProgress): string {
  if (progress.step === 'reading')
    return `${megabytes(progress.done)} of ${megabytes(progress.total)} MB read`;
  if (progress.step === 'parsing') return 'Reading the backup’s contents';
  if (progress.step === 'rows')
    return `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} rows checked`;
  return `${progress.done} of ${progress.total} pictures checked`;
}

/** A progress bar for the backup check, named by what it is doing; no numbers while parsing. */
export function CheckProgressView({ progress }: { progress: CheckProgress }) {
  const id = useId();
  const known = progress.step !== 'parsing';
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
