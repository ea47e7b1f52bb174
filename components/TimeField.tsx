import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../lib/domain/format';
import { looksFinished, readTypedTime } from '../lib/domain/typed-time';
import { useSaveOnHide } from './use-save-on-hide';
import './time-field.css';

interface TimeFieldProps {
  id: string;
  value: string;
  /** Called with a complete `HH:MM` once the user has finished typing, left the field, or left the page. */
  onCommit: (time: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** How long typing must pause before a finished-looking time is saved. */
const SETTLE_MS = 800;

/** `HH:MM` as the language in force writes a time: "17:30" in German, "5:30 PM" in en-US. */
function shownTime(time: string): string {
  const [hour, minute] = time.split(':').map(Number);
  return Number.isInteger(hour) && Number.isInteger(minute) ? formatClock(hour!, minute!) : time;
}

/**
 * A time typed the way people write it ("18:00", "6 pm", "1800": lib/domain/typed-time), saved
 * only once settled: on Enter, on leaving the field, on leaving the page, or after a pause when it
 * cannot be on its way to another time ("6" might become "6 pm"). Saving each step would wake the
 * scheduler with a time nobody chose. What is not a time is named under the field and saves
 * nothing. The saved time is shown on the leader's clock ("5:30 PM" in en-US, "17:30" in German)
 * and stored as `HH:MM`. While the user is not in the field, it follows `value` (a time saved in
 * another tab) and the language.
 */
export function TimeField({ id, value, onCommit, describedBy, invalid }: TimeFieldProps) {
  // Re-rendered when the language changes, so the time is shown on the new language's clock.
  useTranslation();
  /** What the leader typed and has not been tidied into a time; null shows the time. */
  const [draft, setDraft] = useState<string | null>(null);
  /** A time just committed, shown until `value` catches up with it. */
  const [pending, setPending] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // A time saved here or elsewhere has arrived: it is shown, unless the leader is typing.
    setSeen(value);
    setPending(null);
    if (!editing) setDraft(null);
  }
  const text = draft ?? shownTime(pending ?? value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** What a commit reads: the text, whether the leader typed it, and the time last saved or stored. */
  const latest = useRef({ text, typed: false, onCommit, committed: value });

  useEffect(() => {
    latest.current.onCommit = onCommit;
  }, [onCommit]);

  useEffect(() => {
    latest.current.typed = draft !== null;
    if (draft === null) latest.current.text = text;
  }, [draft, text]);

  // The stored time is what a typed one is compared with, focused or not: leaving the field never
  // saves a time the leader did not type, and typing the stored time saves nothing.
  useEffect(() => {
    latest.current.committed = value;
  }, [value]);

  /** Saves what is typed if it is a new time; says what is wrong if it is not a time. */
  const commit = useCallback((show: boolean) => {
    clearTimeout(timer.current);
    const current = latest.current;
    if (!current.typed) return;
    const read = readTypedTime(current.text);
    if ('problem' in read) {
      if (show) setProblem(read.problem);
      return;
    }
    setProblem('');
    if (read.time !== current.committed) {
      current.committed = read.time;
      current.onCommit(read.time);
    }
  }, []);

  // Not committed on unmount: the field goes when its setting is switched off, and a late commit
  // would switch it back on.
  useSaveOnHide(
    useCallback(() => commit(false), [commit]),
    { onUnmount: false },
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Shows the time as saved, on the leader's clock ("6 pm" becomes "6:00 PM" or "18:00"). */
  function tidy() {
    const read = readTypedTime(latest.current.text);
    if ('time' in read) {
      latest.current.text = shownTime(read.time);
      latest.current.typed = false;
      setPending(read.time);
      setDraft(null);
    }
  }

  const problemId = `${id}-problem`;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        className="input time-input"
        value={text}
        required
        aria-describedby={[describedBy, problem && problemId].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || Boolean(problem) || undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          latest.current.typed = true;
          latest.current.text = event.target.value;
          clearTimeout(timer.current);
          if (looksFinished(event.target.value)) timer.current = setTimeout(() => commit(false), SETTLE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          commit(true);
          tidy();
        }}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          commit(true);
          tidy();
          setEditing(false);
        }}
      />
      {problem && (
        <span id={problemId} className="error time-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
