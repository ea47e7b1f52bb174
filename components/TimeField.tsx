import { useEffect, useRef, useState } from 'react';

interface TimeFieldProps {
  id: string;
  value: string;
  /** Called with a complete time, once the user has stopped typing or left the field. */
  onCommit: (time: string) => void;
  describedBy?: string;
  invalid?: boolean;
}

/** How long typing must pause before a time is saved. */
const SETTLE_MS = 800;

/**
 * A time input that saves only settled values. Typing "19" into the hour sends 13:30 then 19:30;
 * saving each would wake the scheduler with a time nobody chose (and could show a prompt for it).
 */
export function TimeField({ id, value, onCommit, describedBy, invalid }: TimeFieldProps) {
  const [time, setTime] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef({ time, onCommit, committed: value });

  useEffect(() => {
    latest.current.onCommit = onCommit;
  }, [onCommit]);

  function commit() {
    clearTimeout(timer.current);
    const { time: current, committed } = latest.current;
    if (current && current !== committed) {
      latest.current.committed = current;
      latest.current.onCommit(current);
    }
  }

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
      onBlur={commit}
    />
  );
}
