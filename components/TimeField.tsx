import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveOnHide } from './use-save-on-hide';
import './time-field.css';

interface TimeFieldProps {
  id: string;
  value: string;
  /** Called with a complete time once the user has stopped typing, left the field, or left the page. */
  onCommit: (time: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** How long typing must pause before a time is saved. */
const SETTLE_MS = 800;

/**
 * A time input that saves only settled values. Typing "19" into the hour sends 13:30 then 19:30;
 * saving each would wake the scheduler with a time nobody chose (and could show a prompt for it).
 * Closing or hiding the page counts as settled, so a time typed just before is not lost. While the
 * user is not in the field, it follows `value` (a time saved in another tab shows here too).
 */
export function TimeField({ id, value, onCommit, describedBy, invalid }: TimeFieldProps) {
  const [time, setTime] = useState(value);
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!editing) setTime(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef({ time, onCommit, committed: value });

  useEffect(() => {
    latest.current.onCommit = onCommit;
  }, [onCommit]);

  useEffect(() => {
    if (editing) return;
    latest.current.time = value;
    latest.current.committed = value;
  }, [value, editing]);

  const commit = useCallback(() => {
    clearTimeout(timer.current);
    const { time: current, committed } = latest.current;
    if (current && current !== committed) {
      latest.current.committed = current;
      latest.current.onCommit(current);
    }
  }, []);

  // Not committed on unmount: the field goes when its setting is switched off, and a late commit
  // would switch it back on.
  useSaveOnHide(commit, { onUnmount: false });
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <input
      id={id}
      type="time"
      className="input time-input"
      value={time}
      required
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        setTime(event.target.value);
        latest.current.time = event.target.value;
        clearTimeout(timer.current);
        timer.current = setTimeout(commit, SETTLE_MS);
      }}
      onFocus={() => setEditing(true)}
      onBlur={() => {
        commit();
        setEditing(false);
      }}
    />
  );
}
