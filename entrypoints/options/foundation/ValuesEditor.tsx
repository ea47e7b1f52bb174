import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CharacterCount } from '../../../components/CharacterCount';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import {
  EMPTY_PROFILE,
  MAX_VALUES,
  addValue,
  getProfile,
  removeValue,
  renameValue,
  saveValues,
} from '../../../lib/db/profile';
import { describeError } from '../../../lib/errors';
import { LIMITS } from '../../../lib/validation';

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

  async function remove(value: string) {
    const before = values!;
    if (await run(() => removeValue(value))) offerUndo(`Removed “${value}”.`, () => saveValues(before));
  }

  const full = values.length >= MAX_VALUES;
  return (
    <div className="values-editor">
      <p className="hint" aria-live="polite">
        {values.length} of {MAX_VALUES} values. Most important first.
      </p>
      {values.length > 0 && (
        <ReorderableList
          ordered
          items={values}
          getKey={(value) => value}
          getLabel={(value) => value}
          label="My values"
          onReorder={(keys) => run(() => saveValues(keys))}
          renderItem={(value) => (
            <ValueRow
              value={value}
              onCommit={(text) => run(() => renameValue(value, text))}
              onRemove={() => void remove(value)}
            />
          )}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <AddValue disabled={full} existing={values} onAdd={(text) => run(() => addValue(text))} />
    </div>
  );
}

function ValueRow(props: {
  value: string;
  onCommit: (text: string) => Promise<boolean>;
  onRemove: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(props.value);

  async function commit() {
    if (text !== props.value) await props.onCommit(text);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') setText(props.value);
  }

  return (
    <div className="value-row">
      <label htmlFor={id} className="visually-hidden">
        Value: {props.value}
      </label>
      <input
        id={id}
        className="input"
        value={text}
        maxLength={LIMITS.title}
        aria-describedby={`${id}-count`}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      <CharacterCount id={`${id}-count`} length={text.length} max={LIMITS.title} />
      <button type="button" className="button quiet danger" onClick={props.onRemove}>
        Remove<span className="visually-hidden"> {props.value}</span>
      </button>
    </div>
  );
}

function AddValue(props: {
  disabled: boolean;
  existing: string[];
  onAdd: (text: string) => Promise<boolean>;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const taken = new Set(props.existing.map((value) => value.toLocaleLowerCase()));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Cleared at once, so the next one can be typed while this one saves; put back if refused.
    const value = text;
    setText('');
    if (!(await props.onAdd(value))) setText((current) => current || value);
  }

  return (
    <div className="add-value">
      <form onSubmit={onSubmit} className="inline-form">
        <label htmlFor={id}>Add a value</label>
        <div className="inline-form-row">
          <input
            id={id}
            className="input"
            value={text}
            maxLength={LIMITS.title}
            disabled={props.disabled}
            placeholder={
              props.disabled ? 'Seven is plenty: remove one to add another' : 'A word or short phrase'
            }
            aria-describedby={`${id}-count`}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button" disabled={props.disabled}>
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
            disabled={props.disabled}
            onClick={() => void props.onAdd(value)}
          >
            + {value}
          </button>
        ))}
      </div>
    </div>
  );
}
