import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckProgress, RestorableBackup } from '../../../lib/domain/backup/check';
import type { ImportMode, TablePlan } from '../../../lib/domain/backup/merge/plan';
import { describeError } from '../../../lib/domain/errors';
import { t as translate } from '../../../lib/i18n';
import { SettingsNotRestored, applyImport, hasAnyData, planImport } from '../../../lib/store/backup/import';
import { SCHEMA_VERSION } from '../../../lib/store/db/schema';
import { checkInWorker } from './check-in-worker';

/** Why a restore cannot go on, with the check's details. */
export interface ImportProblem {
  message: string;
  details: string[];
  /** Say so: nothing was changed. */
  unchanged: boolean;
}

/**
 * A restore's course: a chosen file checked off the page (with progress), its preview for the
 * chosen mode, then the restore itself.
 */
export function useImport() {
  const { t } = useTranslation('data');
  const [checking, setChecking] = useState<CheckProgress | null>(null);
  const [backup, setBackup] = useState<RestorableBackup | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [plan, setPlan] = useState<TablePlan[] | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  /**
   * The chosen file is protected by a password: what the page says about it, whether the last try
   * was wrong, and how many tries there were (each wrong one is said again).
   */
  const [locked, setLocked] = useState<{ message: string; wrong: boolean; tries: number } | null>(null);
  const chosen = useRef<File | null>(null);
  const check = useRef<AbortController | null>(null);

  // Leaving the page ends a check still running.
  useEffect(() => () => check.current?.abort(), []);

  useEffect(() => {
    if (!backup) return;
    let active = true;
    planImport(backup, mode).then(
      (next) => active && setPlan(next),
      (failure: unknown) =>
        active &&
        setProblem({
          message: describeError(failure, translate('data:import.compareFailed')),
          details: [],
          unchanged: false,
        }),
    );
    return () => {
      active = false;
    };
  }, [backup, mode]);

  /** Checks a chosen file; none (or Cancel) stops what is under way and starts over. */
  async function choose(file: File | undefined) {
    check.current?.abort();
    check.current = null;
    chosen.current = file ?? null;
    setDone('');
    setProblem(null);
    setBackup(null);
    setPlan(null);
    setChecking(null);
    setLocked(null);
    if (!file) return;
    setFileName(file.name);
    await checkFile(file);
  }

  /** Opens the chosen protected backup with `password`, then checks it as any other. */
  async function unlock(password: string) {
    if (!chosen.current) return;
    setProblem(null);
    await checkFile(chosen.current, password);
  }

  async function checkFile(file: File, password?: string) {
    const controller = new AbortController();
    check.current = controller;
    setChecking({ step: 'reading', done: 0, total: file.size });
    const start = performance.now();
    const result = await checkInWorker(file, SCHEMA_VERSION, setChecking, controller.signal, password);
    // Another file was chosen, or the check was stopped: that one's answer is not wanted.
    if (result === null || controller.signal.aborted) return;
    check.current = null;
    performance.measure('flourish:import-read', { start });
    setChecking(null);
    if (!result.ok) {
      if (result.locked) {
        setLocked((before) => ({
          message: result.message,
          wrong: password !== undefined,
          tries: (before?.tries ?? 0) + (password !== undefined ? 1 : 0),
        }));
        return;
      }
      setLocked(null);
      setProblem({ message: result.message, details: result.problems, unchanged: true });
      return;
    }
    setLocked(null);
    // Nothing here to merge with (a new device, or after Delete all): restore it whole.
    setMode((await hasAnyData().catch(() => true)) ? 'merge' : 'replace');
    setBackup(result.backup);
  }

  function changeMode(next: ImportMode) {
    setPlan(null);
    setMode(next);
  }

  async function restore() {
    if (!backup) return;
    setBusy(true);
    try {
      const start = performance.now();
      await applyImport(backup, mode);
      performance.measure('flourish:import-write', { start });
      setDone(mode === 'replace' ? t('import.replaced') : t('import.merged'));
      setBackup(null);
      setPlan(null);
    } catch (failure) {
      if (failure instanceof SettingsNotRestored) {
        // The data is in; its settings follow when Flourish next opens.
        setProblem({ message: failure.message, details: [], unchanged: false });
        setBackup(null);
        setPlan(null);
      } else {
        // describeError says that nothing was changed.
        setProblem({
          message: describeError(failure, t('import.failed')),
          details: [],
          unchanged: false,
        });
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    checking,
    backup,
    fileName,
    mode,
    plan,
    problem,
    done,
    busy,
    locked,
    choose,
    unlock,
    changeMode,
    restore,
  };
}
