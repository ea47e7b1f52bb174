import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AddItemForm } from '../../../components/AddItemForm';
import { AutosaveField } from '../../../components/AutosaveField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { focusFirst, nearbyControls } from '../../../components/focus-neighbour';
import { ReorderableList } from '../../../components/ReorderableList';
import { useUndo } from '../../../components/UndoProvider';
import { useRunAndReport, type ErrorReport } from '../../../components/use-run-and-report';
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
import { LIMITS } from '../../../lib/domain/validation';
import { keyValues, type KeyedValue } from './value-keys';
import './values-editor.css';

/** A few common leadership values to start from, in the language in force; the user's own words are better. */
export const valueSuggestions = (t: TFunction<'foundation'>): string[] => [
  t('values.suggest.integrity'),
  t('values.suggest.courage'),
  t('values.suggest.curiosity'),
  t('values.suggest.care'),
  t('values.suggest.candour'),
  t('values.suggest.excellence'),
  t('values.suggest.growth'),
  t('values.suggest.fairness'),
  t('values.suggest.trust'),
  t('values.suggest.humility'),
  t('values.suggest.impact'),
  t('values.suggest.family'),
  t('values.suggest.balance'),
  t('values.suggest.service'),
];

/** The ordered list of up to seven values: add, edit in place, reorder, remove. */
export function ValuesEditor() {
  const { t } = useTranslation('foundation');
  const values = useLiveQuery(async () => ((await getProfile()) ?? EMPTY_PROFILE).values, []);
  const offerUndo = useUndo();
  const errors = useRunAndReport();
  const { run } = errors;
  const [keyed, setKeyed] = useState<KeyedValue[]>([]);
  const addInput = useRef<HTMLInputElement>(null);
  const count = useRef<HTMLParagraphElement>(null);
  const rows = values ? keyValues(values, keyed) : keyed;
  const changed = (row: KeyedValue, index: number) =>
    row.key !== keyed[index]?.key || row.value !== keyed[index]?.value;
  if (rows.length !== keyed.length || rows.some(changed)) setKeyed(rows);
  if (!values) return null;

  async function remove(value: string, control: HTMLElement) {
    const next = [...nearbyControls(control), addInput.current];
    let position: number | undefined;
    if (!(await run(async () => (position = await removeValue(value))))) return;
    focusFirst(next);
    if (position !== undefined)
      offerUndo(t('values.removed', { value }), () => restoreValue(value, position!));
  }

  const full = values.length >= MAX_VALUES;
  return (
    <div className="values-editor">
      <p className="hint" aria-live="polite" ref={count} tabIndex={-1}>
        {t('values.count', { number: values.length, max: MAX_VALUES })}
      </p>
      {values.length > 0 && (
        <ReorderableList
          ordered
          items={rows}
          getKey={(row) => row.key}
          getLabel={(row) => row.value}
          label={t('values.list')}
          onReorder={(keys) =>
            run(() => saveValues(keys.map((key) => rows.find((row) => row.key === key)!.value)))
          }
          renderItem={(row) => (
            <ValueRow value={row.value} onRemove={(control) => void remove(row.value, control)} />
          )}
        />
      )}
      <ErrorAlert error={errors.error} />
      <AddValue disabled={full} existing={values} inputRef={addInput} whenFull={count} errors={errors} />
    </div>
  );
}

/** One value, autosaved as it is renamed (with a draft, so closing the page mid-edit loses nothing). */
function ValueRow({ value, onRemove }: { value: string; onRemove: (control: HTMLElement) => void }) {
  const { t } = useTranslation('foundation');
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
        label={t('values.value', { value })}
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
        {t('values.remove')}
        <span className="visually-hidden"> {value}</span>
      </button>
    </div>
  );
}

/** The field to add a value, and suggestions to add with one click; refusals show in the list's alert. */
function AddValue({
  disabled,
  existing,
  inputRef,
  whenFull,
  errors,
}: {
  disabled: boolean;
  existing: string[];
  inputRef: RefObject<HTMLInputElement | null>;
  /** Where focus goes after a suggestion fills the list (the chips and the field are then disabled). */
  whenFull: RefObject<HTMLElement | null>;
  errors: ErrorReport;
}) {
  const { t } = useTranslation('foundation');
  const taken = new Set(existing.map((value) => value.toLocaleLowerCase()));

  // The chosen chip leaves the row of suggestions: focus moves to the one taking its place.
  async function suggest(value: string, chip: HTMLElement) {
    const fills = existing.length + 1 >= MAX_VALUES;
    const next = fills ? [whenFull.current] : [...nearbyControls(chip, chip), inputRef.current];
    if (await errors.run(() => addValue(value))) focusFirst(next);
  }

  return (
    <div className="add-value">
      <AddItemForm
        className="inline-form"
        label={t('values.add')}
        maxLength={LIMITS.title}
        disabled={disabled}
        placeholder={disabled ? t('values.full') : t('values.example')}
        inputRef={inputRef}
        button={{ label: t('values.addButton'), className: 'button' }}
        onAdd={addValue}
        errors={errors}
        alertElsewhere
      />
      <div className="suggestions" role="group" aria-label={t('values.suggested')}>
        <span className="hint">{t('values.suggestions')}</span>
        {valueSuggestions(t)
          .filter((value) => !taken.has(value.toLocaleLowerCase()))
          .map((value) => (
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
