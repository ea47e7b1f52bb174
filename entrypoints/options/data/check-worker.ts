/**
 * The Web Worker that reads and checks a backup file off the page, so a large one never freezes
 * it: it posts its progress (bytes read, rows checked, pictures decoded), then the result, with
 * the pictures already made Blobs. Built by Vite as the extension's own module file (no blob: or
 * data: URL), so a content security policy of `worker-src 'self'` allows it.
 */
import { checkBackupFile } from '../../../lib/domain/backup/check-file';
import { browserCodec } from '../../../lib/domain/images';
import { setLanguage, t } from '../../../lib/i18n';
import type { CheckResult } from '../../../lib/domain/backup/check';
import type { CheckReply, CheckRequest } from './check-in-worker';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};

scope.onmessage = (event) => {
  const { file, schemaVersion, timeZone, language, password } = event.data;
  // What the check finds is told in the leader's language.
  setLanguage(language);
  void checkBackupFile(file, schemaVersion, {
    decode: browserCodec.decode,
    timeZone,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    ...(password !== undefined && { password }),
  })
    // A failure the check did not foresee still answers, so the page never waits for ever.
    .catch((): CheckResult => ({
      ok: false,
      message: t('data:check.failed'),
      problems: [],
    }))
    .then((result) => scope.postMessage({ type: 'result', result }));
};
