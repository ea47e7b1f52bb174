import { useId, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { CharacterCount } from './CharacterCount';
import { clearDraft, readDraft, writeDraft } from './drafts';
import { ErrorAlert } from './ErrorAlert';
import { useRunAndReport, type ErrorReport } from './use-run-and-report';
import './add-item-form.css';

interface AddItemFormProps {
  /** The field's id, for pages that send focus to it; by default one of its own. */
  id?: string;
  className: string;
  label: string;
  /** A class for the label: `visually-hidden` where the placeholder says what the field is for. */
  labelClassName?: string;
  /** Shown under the label and read with the field. */
  hint?: ReactNode;
  maxLength: number;
  placeholder?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** The button beside the field; without one, Enter adds. */
  button?: { label: string; className: string };
  /** Saves the text; when it throws, the text is put back and the refusal reported. */
  onAdd: (text: string) => Promise<unknown>;
  /** The alert's words for a refusal that has none of its own. */
  failure?: string;
  /** Where refusals are reported, when the page shares it with other actions; by default the form's own. */
  errors?: ErrorReport;
  /** The page shows `errors` in an alert of its own (one for a whole list), so the form shows none. */
  alertElsewhere?: boolean;
  /** Keeps text typed and not yet added as a draft under this key: a page closed mid-typing loses nothing. */
  draftKey?: string;
}

/**
 * A text field that adds an item to a list: on submit the field clears at once, so the next one
 * can be typed while this one saves, and the text comes back if it is refused.
 */
export function AddItemForm({
  id: givenId,
  className,
  label,
  labelClassName,
  hint,
  maxLength,
  placeholder,
  disabled,
  autoFocus,
  inputRef,
  button,
  onAdd,
  failure,
  errors: sharedErrors,
  alertElsewhere,
  draftKey,
}: AddItemFormProps) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const ownErrors = useRunAndReport();
  const errors = sharedErrors ?? ownErrors;
  const [text, setTextOnly] = useState(() => (draftKey && readDraft(draftKey)) || '');
  const typed = useRef(text);
  const error = alertElsewhere ? '' : errors.error;
  const setText = (next: string) => {
    typed.current = next;
    setTextOnly(next);
    if (!draftKey) return;
    if (next) writeDraft(draftKey, next);
    else clearDraft(draftKey);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = text;
    setText('');
    if (await errors.run(() => onAdd(value), failure)) return;
    // Refused: the words come back, unless the user has started typing new ones.
    if (!typed.current) setText(value);
  }

  const describedBy = [hint && `${id}-hint`, `${id}-count`, error && `${id}-error`];
  const input = (
    <input
      id={id}
      ref={inputRef}
      className="input"
      value={text}
      maxLength={maxLength}
      disabled={disabled}
      placeholder={placeholder}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy.filter(Boolean).join(' ')}
      onChange={(event) => {
        setText(event.target.value);
        if (!alertElsewhere) errors.clear();
      }}
      autoFocus={autoFocus}
    />
  );
  return (
    <form className={className} onSubmit={onSubmit}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {button ? (
        <div className="inline-form-row">
          {input}
          <button type="submit" className={button.className} disabled={disabled}>
            {button.label}
          </button>
        </div>
      ) : (
        input
      )}
      <CharacterCount id={`${id}-count`} length={text.length} max={maxLength} />
      <ErrorAlert id={`${id}-error`} error={error} />
    </form>
  );
}
