import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { tellWorker } from '../../../components/tell-worker';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { useNow } from '../../../components/use-today';
import { dayKey, wallClock } from '../../../lib/domain/days';
import { formatClock, formatDayShort } from '../../../lib/domain/format';
import { SYNC_TABLES, type SyncTable } from '../../../lib/domain/sync/tables';
import { SYNC_LIMITS, type ReadNote } from '../../../lib/domain/sync/wire';
import { intlLocale, t } from '../../../lib/i18n';
import { localTimeZone } from '../../../lib/platform/clock';
import type { SyncStatus } from '../../../lib/store/storage-items';
import { useSyncChoice, useSyncStatus } from '../../../components/use-storage-items';
import { turnSyncOff, turnSyncOn } from '../../../lib/store/sync/switch';
import './sync-section.css';

/** Kilobytes as the locale writes them, to one decimal where there is one: "12.3", "100". */
const kilobytes = (bytes: number) =>
  new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(bytes / 1024);

/** The time of `at` on this computer's clock, as the locale writes it: "14:05", "2:05 PM". */
function clockTime(at: number): string {
  const clock = wallClock(at, localTimeZone());
  return formatClock(clock.hour, clock.minute);
}

/** "today at 14:05", or "on Wed, Nov 25 at 14:05", in this computer's time zone. */
function when(at: number, now: number): string {
  const zone = localTimeZone();
  const time = clockTime(at);
  const day = dayKey(at, zone);
  return day === dayKey(now, zone)
    ? t('settings:sync.when.today', { time })
    : t('settings:sync.when.onDay', { day: formatDayShort(day), time });
}

/** The rows a table sends, in words: a count and its noun, or the one row's name. */
const ROW_WORDS: Record<SyncTable, (count: number) => string> = {
  profile: () => t('settings:sync.rows.profile'),
  strengths: (count) => t('settings:sync.rows.strengths', { count }),
  vision: () => t('settings:sync.rows.vision'),
  goals: (count) => t('settings:sync.rows.goals', { count }),
  recurrences: (count) => t('settings:sync.rows.recurrences', { count }),
  settings: () => t('settings:sync.rows.settings'),
  daysOff: (count) => t('settings:sync.rows.daysOff', { count }),
  sessions: (count) => t('settings:sync.rows.sessions', { count }),
  questions: (count) => t('settings:sync.rows.questions', { count }),
  commitments: (count) => t('settings:sync.rows.commitments', { count }),
  reviews: (count) => t('settings:sync.rows.reviews', { count }),
  weeklyReviews: (count) => t('settings:sync.rows.weeklyReviews', { count }),
};

/** What was found in the browser's sync and not taken, one line per kind, counted. */
const NOTE_WORDS: Record<ReadNote['kind'], (count: number) => string> = {
  foreign: (count) => t('settings:sync.notes.foreign', { count }),
  corrupt: (count) => t('settings:sync.notes.corrupt', { count }),
  newer: (count) => t('settings:sync.notes.newer', { count }),
  older: (count) => t('settings:sync.notes.older', { count }),
};

const REFUSAL_WORDS: Record<NonNullable<SyncStatus['refused']>['reason'], (when: string) => string> = {
  quota: (when) => t('settings:sync.refused.quota', { when }),
  rate: (when) => t('settings:sync.refused.rate', { when }),
  other: (when) => t('settings:sync.refused.other', { when }),
};

/**
 * Settings' part for sync through the browser's own sync (docs/sync.md): off, what it would do
 * and the way to turn it on; on, what this computer sends, how much of the quota it takes and what
 * went wrong, and the way to turn it off, asked first.
 */
export function SyncSection() {
  const { t } = useTranslation('settings');
  const id = useId();
  const choice = useSyncChoice();
  const { error, run } = useRunAndReport();
  const stateLine = useRef<HTMLParagraphElement>(null);
  // Turning sync on or off takes away the button pressed: once the page shows the state asked for,
  // the line saying what it is takes focus.
  const focusWhen = useRef<boolean | null>(null);
  const enabled = choice?.enabled;

  useEffect(() => {
    if (enabled === undefined || focusWhen.current !== enabled) return;
    focusWhen.current = null;
    stateLine.current?.focus();
  }, [enabled]);

  async function turnOn() {
    focusWhen.current = true;
    const done = await run(() => turnSyncOn(), t('sync.turnOnFailed'));
    if (!done) {
      focusWhen.current = null;
      return;
    }
    // The worker's first pass: send what travels, take in what the other computers sent.
    tellWorker({ type: 'sync' });
  }

  async function turnOff() {
    focusWhen.current = false;
    const done = await run(() => turnSyncOff(), t('sync.turnOffFailed'));
    if (!done) focusWhen.current = null;
    return done;
  }

  return (
    <section className="sync-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('sync.heading')}</h2>
      {choice === undefined ? null : choice.enabled ? (
        <>
          <p ref={stateLine} tabIndex={-1} className="sync-state on">
            {t('sync.onState')}
          </p>
          <SyncStatusView />
          <details className="sync-about">
            <summary>{t('sync.about')}</summary>
            <SyncExplanation />
          </details>
          <TurnOff onConfirm={turnOff} />
        </>
      ) : (
        <>
          <p ref={stateLine} tabIndex={-1} className="sync-state">
            {t('sync.offState')}
          </p>
          <p>{t('sync.intro')}</p>
          <SyncExplanation />
          <button type="button" className="button primary" onClick={() => void turnOn()}>
            {t('sync.turnOn')}
          </button>
        </>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}

/** What travels, what stays, who carries it and who can read it, and what the browser needs. */
function SyncExplanation() {
  const { t } = useTranslation('settings');
  return (
    <div className="sync-explanation">
      <h3>{t('sync.travels.heading')}</h3>
      <p>{t('sync.travels.foundation')}</p>
      <p>{t('sync.travels.history')}</p>
      <h3>{t('sync.stays.heading')}</h3>
      <p>
        <Trans t={t} i18nKey="sync.stays.text" components={{ data: <a href="#/data" /> }} />
      </p>
      <h3>{t('sync.carrier.heading')}</h3>
      <p>{t('sync.carrier.account')}</p>
      <ul>
        <li>{t('sync.carrier.firefox')}</li>
        <li>{t('sync.carrier.chrome')}</li>
      </ul>
      <h3>{t('sync.needs.heading')}</h3>
      <p>{t('sync.needs.text')}</p>
    </div>
  );
}

/** What the last pass did: when, what this computer sends, the quota, the other computers, and any trouble. */
function SyncStatusView() {
  const { t } = useTranslation('settings');
  const id = useId();
  const status = useSyncStatus();
  const now = useNow();
  if (!status) return null;
  if (status.at === null) {
    return (
      <p className="hint" role="status">
        {t('sync.starting')}
      </p>
    );
  }
  const { sent } = status;
  const rows = sent ? SYNC_TABLES.filter((table) => (sent.rows[table] ?? 0) > 0) : [];
  const noteCounts = new Map<ReadNote['kind'], number>();
  for (const note of status.notes) noteCounts.set(note.kind, (noteCounts.get(note.kind) ?? 0) + 1);
  const waiting = status.waitingUntil !== null && status.waitingUntil > now ? status.waitingUntil : null;

  return (
    <div className="sync-status">
      {status.sentAt !== null && <p>{t('sync.lastSent', { when: when(status.sentAt, now) })}</p>}
      {/* Said as they come: the browser refusing a write, a write waiting for its limits. */}
      <div role="status">
        {waiting !== null && <p className="sync-notice">{t('sync.waiting', { time: clockTime(waiting) })}</p>}
        {status.refused && (
          <p className="sync-notice">{REFUSAL_WORDS[status.refused.reason](when(status.refused.at, now))}</p>
        )}
      </div>

      {sent && (
        <>
          <h3 id={`${id}-sends`}>{t('sync.sends')}</h3>
          <p>
            {sent.from === null
              ? t('sync.noHistory')
              : t('sync.history', { day: formatDayShort(sent.from), count: sent.weeks })}
          </p>
          {rows.length > 0 && (
            <ul className="sync-rows" aria-labelledby={`${id}-sends`}>
              {rows.map((table) => (
                <li key={table}>{ROW_WORDS[table](sent.rows[table] ?? 0)}</li>
              ))}
            </ul>
          )}

          <h3>{t('sync.quota.heading')}</h3>
          <div className="sync-quota">
            <p id={`${id}-mine`}>
              {t('sync.quota.mine', { used: kilobytes(sent.bytes), share: kilobytes(sent.share) })}
            </p>
            <meter
              aria-labelledby={`${id}-mine`}
              min={0}
              max={Math.max(sent.share, 1)}
              value={Math.min(sent.bytes, Math.max(sent.share, 1))}
            />
            <p id={`${id}-all`}>
              {t('sync.quota.all', {
                used: kilobytes(status.totalBytes),
                total: kilobytes(SYNC_LIMITS.totalBytes),
              })}
            </p>
            <meter
              aria-labelledby={`${id}-all`}
              min={0}
              max={SYNC_LIMITS.totalBytes}
              value={Math.min(status.totalBytes, SYNC_LIMITS.totalBytes)}
              high={SYNC_LIMITS.totalBytes * 0.9}
            />
          </div>
        </>
      )}

      <p>{status.devices === 0 ? t('sync.noDevices') : t('sync.devices', { count: status.devices })}</p>

      {noteCounts.size > 0 && (
        <div className="sync-notice">
          <p>{t('sync.notes.intro')}</p>
          <ul>
            {[...noteCounts].map(([kind, count]) => (
              <li key={kind}>{NOTE_WORDS[kind](count)}</li>
            ))}
          </ul>
        </div>
      )}
      {status.rejected.length > 0 && (
        <p className="sync-notice">{t('sync.rejected', { count: status.rejected.length })}</p>
      )}
      {status.leftOut.length > 0 && (
        <p className="sync-notice">{t('sync.leftOut', { count: status.leftOut.length })}</p>
      )}
    </div>
  );
}

/**
 * "Turn off", asked first in place: the question says what goes and what stays, with the choice
 * to go on or keep it on. Escape keeps it on; focus goes to the question, and back to "Turn off".
 */
function TurnOff({ onConfirm }: { onConfirm: () => Promise<boolean> }) {
  const { t } = useTranslation('settings');
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus.current) button.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  function keep() {
    returnFocus.current = true;
    setAsking(false);
  }

  async function confirm() {
    setBusy(true);
    const done = await onConfirm();
    // Turned off, this part goes; if it failed, the question stays for another try.
    if (!done) setBusy(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      keep();
    }
  }

  if (!asking) {
    return (
      <button ref={button} type="button" className="button" onClick={() => setAsking(true)}>
        {t('sync.turnOff')}
      </button>
    );
  }
  return (
    <div
      className="sync-confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-explain`}
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-question`} ref={question} tabIndex={-1} className="sync-question">
        {t('sync.confirm.question')}
      </p>
      <p id={`${id}-explain`}>{t('sync.confirm.explain')}</p>
      <div className="sync-confirm-actions">
        <button type="button" className="button danger" disabled={busy} onClick={() => void confirm()}>
          {t('sync.confirm.yes')}
        </button>
        <button type="button" className="button" onClick={keep}>
          {t('sync.confirm.no')}
        </button>
      </div>
    </div>
  );
}
