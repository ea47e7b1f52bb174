/** Reads and checks a backup file in a Web Worker (check-worker.ts), from the page. */
import type { CheckProgress, CheckResult } from '../../../lib/domain/backup/check';
import { currentLanguage, t } from '../../../lib/i18n';
import type { LanguageChoice } from '../../../lib/i18n/languages';
import { localTimeZone } from '../../../lib/platform/clock';

export interface CheckRequest {
  file: Blob;
  schemaVersion: number;
  /** The page's time zone: the worker reads no clock of its own. */
  timeZone: string;
  /** The language in force on the page: the worker words its findings in it. */
  language: LanguageChoice;
  /** The password a protected backup is opened with, once the leader has typed it. */
  password?: string;
}

export type CheckReply =
  { type: 'progress'; progress: CheckProgress } | { type: 'result'; result: CheckResult };

/** The worker stopped without an answer: out of memory on a huge file, or the browser ended it. */
const stopped = (): CheckResult => ({ ok: false, message: t('data:check.stopped'), problems: [] });

/**
 * Checks `file` off the page and resolves with the result; `onProgress` hears each step. An abort
 * (another file chosen, the page left) ends the worker at once and resolves with null. A protected
 * backup is opened with `password`; without one, the result says it is locked.
 */
export function checkInWorker(
  file: Blob,
  schemaVersion: number,
  onProgress: (progress: CheckProgress) => void = () => undefined,
  signal?: AbortSignal,
  password?: string,
): Promise<CheckResult | null> {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CheckResult | null>((resolve) => {
    signal?.addEventListener('abort', () => resolve(null), { once: true });
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      if (event.data.type === 'progress') onProgress(event.data.progress);
      else resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(stopped());
    };
    worker.postMessage({
      file,
      schemaVersion,
      timeZone: localTimeZone(),
      language: currentLanguage(),
      ...(password !== undefined && { password }),
    } satisfies CheckRequest);
  }).finally(() => worker.terminate());
}
