/** Reading a chosen backup file, then checking it (lib/domain/backup/check.ts), with progress throughout. */
import { intlLocale, t } from '../../i18n';
import { checkBackupText, type CheckOptions, type CheckResult } from './check';
import { isProtectedBackup, newerProtectedVersion, unprotectBackup } from './protect';
import { MAX_BACKUP_BYTES } from './schema';

type CheckFailure = Extract<CheckResult, { ok: false }>;

const failed = (message: string): CheckFailure => ({ ok: false, message, problems: [] });

/**
 * Reads a file's text a piece at a time (a hundredth of it, at least 1 MB), telling how many bytes
 * are read. Slices read as a whole are about twice as fast as the Blob's stream of small chunks.
 */
async function readText(file: Blob, onBytes: (done: number) => void): Promise<string> {
  const piece = Math.max(1024 * 1024, Math.ceil(file.size / 100));
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  for (let at = 0; at < file.size; at += piece) {
    const bytes = new Uint8Array(await file.slice(at, at + piece).arrayBuffer());
    // `stream` keeps a character split between two pieces whole.
    pieces.push(decoder.decode(bytes, { stream: true }));
    onBytes(Math.min(at + piece, file.size));
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

/** Reads and checks a chosen file, refusing one too big to be a backup before reading a byte of it. */
export async function checkBackupFile(
  file: Blob,
  schemaVersion: number,
  options: CheckOptions,
): Promise<CheckResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    const size = new Intl.NumberFormat(intlLocale()).format(Math.ceil(file.size / 1024 / 1024));
    return failed(t('data:check.tooBig', { size }));
  }
  let text: string;
  try {
    text = await readText(file, (done) => options.onProgress?.({ step: 'reading', done, total: file.size }));
  } catch {
    return failed(t('data:check.unreadable'));
  }
  if (isProtectedBackup(text)) {
    const opened = await unlock(text, options);
    if (!opened.ok) return opened;
    text = opened.text;
  }
  return checkBackupText(text, schemaVersion, options);
}

/** A protected backup's text, opened with the password given; or why it cannot be opened. */
async function unlock(
  text: string,
  options: CheckOptions,
): Promise<{ ok: true; text: string } | CheckFailure> {
  const newer = newerProtectedVersion(text);
  if (newer !== null) return failed(t('data:check.newerFormat', { version: newer }));
  if (options.password === undefined) {
    return { ok: false, locked: true, message: t('data:check.locked'), problems: [] };
  }
  options.onProgress?.({ step: 'unlocking' });
  const opened = await unprotectBackup(text, options.password);
  if (opened.ok) return opened;
  if (opened.reason === 'newer') return failed(t('data:check.newerFormat', { version: opened.version }));
  if (opened.reason === 'password') {
    return { ok: false, locked: true, message: t('data:check.wrongPassword'), problems: [] };
  }
  return failed(opened.reason === 'changed' ? t('data:check.changed') : t('data:check.protectedUnknown'));
}
