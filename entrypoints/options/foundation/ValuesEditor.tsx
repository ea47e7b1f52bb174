import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { AutosaveField } from '../../../components/AutosaveField';
import { CharacterCount } from '../../../components/CharacterCount';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import {
  EMPTY_PROFILE,
  MAX_VALUES,
  addValue,
  getProfile,
  removeValue,
  renameValue,
  restoreValue,
  saveValues,
} from '../../../lib/store/db/profile';
import { describeError } from '../../../lib/domain/errors';
import { LIMITS } from '../../../lib/domain/validation';
import { keyValues, type KeyedValue } from './value-keys';

/** A few common leadership values to start from; the user's own words are better. */
export const VALUE_SUGGESTIONS = [
  'Integrity',
  'Courage',
  'Curiosity',
  'Care',
  'Candour',
  'Excellence',
  'Growth',
  'Fairness',
  'Trust',
  'Humility',
  'Impact',
  'Family',
  'Balance',
  'Service',
];

/** The ordered list of up to seven values: add, edit in place, reorder, remove. */
export function ValuesEditor() {
  const values = useLiveQuery(async () => ((await getProfile()) ?? EMPTY_PROFILE).values, []);
  const offerUndo = useUndo();
  const [error, setError] = useState('');
  const [keyed, setKeyed] = useState<KeyedValue[]>([]);
  const addInput = useRef<HTMLInputElement>(null);
  const count = useRef<HTMLParagraphElement>(null);
  const rows = values ? keyValues(values, keyed) : keyed;
  const changed = (row: KeyedValue, index: number) =>
    row.key !== keyed[index]?.key || row.value !== keyed[index]?.value;
  if (rows.length !== keyed.length || rows.some(changed)) setKeyed(rows);
  if (!values) return null;

  async function run(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      setError('');
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    }
  }

  async function remove(value: string, control: HTMLElement) {
    const next = [...nearbyControls(control), addInput.current];
    let position: number | undefined;
    if (!(await run(async () => (position = await removeValue(value))))) return;
    focusFirst(next);
    if (position !== undefined) offerUndo(`Removed “${value}”.`, () => restoreValue(value, position!));
  }

  const full = values.length >= MAX_VALUES;
  return (
    <div className="values-editor">
      <p className="hint" aria-live="polite" ref={count} tabIndex={-1}>
        {values.length} of {MAX_VALUES} values. Most important first.
      </p>
      {values.length > 0 && (
        <ReorderableList
          ordered
          items={rows}
          getKey={(row) => row.key}
          getLabel={(row) => row.value}
          label="My values"
          onReorder={(keys) =>
            run(() => saveValues(keys.map((key) => rows.find((row) => row.key === key)!.value)))
          }
          renderItem={(row) => (
            <ValueRow value={row.value} onRemove={(control) => void remove(row.value, control)} />
          )}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <AddValue
        disabled={full}
        existing={values}
        inputRef={addInput}
        whenFull={count}
        onAdd={(text) => run(() => addValue(text))}
      />
    </div>
  );
}

/** One value, autosaved as it is renamed (with a draft, so closing the page mid-edit loses nothing). */
function ValueRow({ value, onRemove }: { value: string; onRemove: (control: HTMLElement) => void }) {
  // The text this row holds in the database: a rename names the value by it. It moves on as soon as a
  // rename lands, before the list shows it, so a second rename typed straight after still finds it.
  const saved = useRef(value);
  useEffect(() => {
    saved.current = value;
  }, [value]);
  const save = useCallback(async (text: string) => {
    await renameValue(saved.current, text);
    saved.current = text.trim(); // as renameValue stores it
  }, []);

  return (
    <div className="value-row">
      <AutosaveField
        label={`Value: ${value}`}
        labelHidden
        draftKey={`profile.value.${value}`}
        value={value}
        save={save}
        maxLength={LIMITS.title}
      />
      <button
        type="button"
        className="button quiet danger"
        data-row-action="remove"
        onClick={(event) => onRemove(event.currentTarget)}
      >
        Remove<span className="visually-hidden"> {value}</span>
      </button>
    </div>
  );
}

function AddValue({
  disabled,
  existing,
  inputRef,
  whenFull,
  onAdd,
}: {
  disabled: boolean;
  existing: string[];
  inputRef: RefObject<HTMLInputElement | null>;
  /** Where focus goes after a suggestion fills the list (the chips and the field are then disabled). */
  whenFull: RefObject<HTMLElement | null>;
  onAdd: (text: string) => Promise<boolean>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const taken = new Set(existing.map((value) => value.toLocaleLowerCase()));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Cleared at once, so the next one can be typed while this one saves; put back if refused.
    const value = text;
    setText('');
    if (!(await onAdd(value))) setText((current) => current || value);
  }

  // The chosen chip leaves the row of suggestions: focus moves to the one taking its place.
  async function suggest(value: string, chip: HTMLElement) {
    const fills = existing.length + 1 >= MAX_VALUES;
    const next = fills ? [whenFull.current] : [...nearbyControls(chip, chip), inputRef.current];
    if (await onAdd(value)) focusFirst(next);
  }

  return (
    <div className="add-value">
      <form onSubmit={onSubmit} className="inline-form">
        <label htmlFor={id}>Add a value</label>
        <div className="inline-form-row">
          <input
            id={id}
            ref={inputRef}
            className="input"
            value={text}
            maxLength={LIMITS.title}
            disabled={disabled}
            placeholder={disabled ? 'Seven is plenty: remove one to add another' : 'A word or short phrase'}
            aria-describedby={`${id}-count`}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button" disabled={disabled}>
            Add
          </button>
        </div>
        <CharacterCount id={`${id}-count`} length={text.length} max={LIMITS.title} />
      </form>
      <div className="suggestions" role="group" aria-label="Suggested values">
        <span className="hint">Suggestions:</span>
        {VALUE_SUGGESTIONS.filter((value) => !taken.has(value.toLocaleLowerCase())).map((value) => (
          <button
            key={value}
            type="button"
            className="chip-button"
            disabled={disabled}
            data-row-action="suggest"
            onClick={(event) => void suggest(value, event.currentTarget)}
          >
            + {value}
          </button>
        ))}
      </div>
    </div>
  );
}
