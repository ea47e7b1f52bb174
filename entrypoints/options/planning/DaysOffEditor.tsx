import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { clearDraft, readDraft, writeDraft } from '../../../components/drafts';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { tellWorker } from '../../../components/tell-worker';
import { useFormFields } from '../../../components/use-form-fields';
import { useRunAndReport } from '../../../components/use-run-and-report';
import { useToday } from '../../../components/use-today';
import { useUndo } from '../../../components/UndoProvider';
import { daysBetween, type DayKey } from '../../../lib/domain/days';
import { splitDaysOff } from '../../../lib/domain/days-off';
import { formatCount, formatDayRange, formatDayShort } from '../../../lib/domain/format';
import type { DaysOff } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import { addDaysOff, allDaysOff, removeDaysOff, restoreDaysOff } from '../../../lib/store/db/days-off';
import './days-off-editor.css';

/** The form's words kept as a draft until they are added, so closing the page loses nothing. */
const DRAFT_KEY = 'days-off';
const DAY_NOUN = { one: 'day', other: 'days' };

interface DaysOffForm extends Record<string, string> {
  from: DayKey;
  to: DayKey;
  label: string;
}

function draft(): Partial<DaysOffForm> {
  try {
    const kept: unknown = JSON.parse(readDraft(DRAFT_KEY) ?? '{}');
    return typeof kept === 'object' && kept !== null ? (kept as Partial<DaysOffForm>) : {};
  } catch {
    return {};
  }
}

/** "Mon 21 Dec – Fri 1 Jan (12 days)", or "Wed 2 Dec" for a single day. */
export function describeRun(run: Pick<DaysOff, 'from' | 'to'>): string {
  if (run.from === run.to) return formatDayShort(run.from);
  const days = formatCount(daysBetween(run.from, run.to) + 1, DAY_NOUN);
  return `${formatDayRange(run.from, run.to)} (${days})`;
}

/** Days off: a holiday or a conference, marked ahead; upcoming ones listed, past ones folded away. */
export function DaysOffEditor() {
  const id = useId();
  const today = useToday();
  const runs = useLiveQuery(allDaysOff, []);
  const form = useFormFields<DaysOffForm>({ from: today, to: '', label: '' }, draft);
  const { error, run, clear } = useRunAndReport();
  const [status, setStatus] = useState('');
  const offerUndo = useUndo();
  const comingUp = useRef<HTMLHeadingElement>(null);
  const { from, to, label } = form.values;

  function set(field: keyof DaysOffForm, value: string) {
    form.set(field, value);
    writeDraft(DRAFT_KEY, JSON.stringify({ ...form.edits, [field]: value }));
    clear();
    setStatus('');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // A last day left empty means the first day alone.
    const added = await run(
      () => addDaysOff({ from, to: to || from, label }),
      'The days off could not be saved.',
    );
    if (!added) return;
    form.reset();
    clearDraft(DRAFT_KEY);
    setStatus('Added.');
    // The worker looks again: a prompt due on these days is not shown, the badge follows.
    tellWorker({ type: 'reschedule' });
  }

  async function remove(days: DaysOff, control: HTMLElement) {
    // Keyboard users keep their place: the next run's Remove, the one before, or the list's heading.
    const targets = [...nearbyControls(control), comingUp.current];
    await removeDaysOff(days.id);
    focusFirst(targets);
    tellWorker({ type: 'reschedule' });
    offerUndo(`Removed the days off ${describeRun(days)}. They count as workdays again.`, async () => {
      await restoreDaysOff(days);
      tellWorker({ type: 'reschedule' });
    });
  }

  const { upcoming, past } = splitDaysOff(runs ?? [], today);
  return (
    <section className="days-off" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Days off</h2>
      <p className="hint">
        A holiday or a conference. On a day off Flourish asks nothing: no prompts, no review waiting, no
        recurring commitments, and the streak passes over it.
      </p>
      <form className="days-off-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
        <div className="field">
          <label htmlFor={`${id}-from`}>First day</label>
          <input
            id={`${id}-from`}
            type="date"
            className="input"
            value={from}
            onChange={(event) => set('from', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>Last day</label>
          <input
            id={`${id}-to`}
            type="date"
            className="input"
            value={to}
            aria-describedby={`${id}-to-hint`}
            onChange={(event) => set('to', event.target.value)}
          />
          <span id={`${id}-to-hint`} className="hint">
            Empty for a single day
          </span>
        </div>
        <div className="field days-off-label">
          <label htmlFor={`${id}-label`}>What it is (optional)</label>
          <input
            id={`${id}-label`}
            className="input"
            value={label}
            maxLength={LIMITS.title}
            placeholder="Winter holiday"
            onChange={(event) => set('label', event.target.value)}
          />
        </div>
        <div className="days-off-actions">
          <button type="submit" className="button primary">
            Mark as days off
          </button>
          <span className="hint" role="status">
            {status}
          </span>
        </div>
        <ErrorAlert error={error} />
      </form>

      <h3 ref={comingUp} tabIndex={-1}>
        Coming up
      </h3>
      {runs === undefined ? null : upcoming.length === 0 ? (
        <p className="hint">No days off coming up.</p>
      ) : (
        <RunList runs={upcoming} today={today} onRemove={(days, control) => void remove(days, control)} />
      )}
      {past.length > 0 && (
        <details className="days-off-past">
          <summary>Past days off ({past.length})</summary>
          <RunList runs={past} today={today} onRemove={(days, control) => void remove(days, control)} />
        </details>
      )}
    </section>
  );
}

function RunList(props: {
  runs: DaysOff[];
  today: DayKey;
  onRemove: (days: DaysOff, control: HTMLElement) => void;
}) {
  return (
    <ul className="plain-list days-off-list">
      {props.runs.map((days) => {
        const when = describeRun(days);
        const now = days.from <= props.today && props.today <= days.to;
        return (
          <li key={days.id} className="days-off-run">
            <span>
              <strong>{when}</strong>
              {days.label && <span> · {days.label}</span>}
              {now && <span className="hint"> · today</span>}
            </span>
            <button
              type="button"
              className="button quiet danger small"
              data-row-action="remove"
              onClick={(event) => props.onRemove(days, event.currentTarget)}
            >
              Remove<span className="visually-hidden"> the days off {when}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
