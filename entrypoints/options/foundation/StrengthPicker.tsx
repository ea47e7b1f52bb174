import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { VIRTUES, strengthsMatching, type Strength } from '../../../lib/domain/strengths';
import './strength-picker.css';

/** Adds strengths in rank order: type a name and press Enter, or pick from the 24 by virtue. */
export function StrengthPicker({
  unranked,
  inputRef: input,
  onPick,
}: {
  unranked: Strength[];
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (strength: Strength) => void;
}) {
  const { t } = useTranslation('foundation');
  const id = useId();
  const [query, setQuery] = useState('');
  const matches = strengthsMatching(query, unranked);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const first = matches[0];
    if (query.trim() && first) {
      onPick(first);
      setQuery('');
    }
  }

  // The picked button disappears from the list; focus returns to the name field, ready for the next.
  function pickAndRefocus(strength: Strength) {
    onPick(strength);
    setQuery('');
    input.current?.focus();
  }

  return (
    <section className="strength-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('picker.heading')}</h2>
      <form onSubmit={onSubmit}>
        <label htmlFor={id}>{t('picker.type')}</label>
        <input
          id={id}
          ref={input}
          className="input"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-match`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${id}-match`} className="hint" aria-live="polite">
          {query.trim() === ''
            ? t('picker.orChoose')
            : matches[0]
              ? t('picker.enterAdds', { name: matches[0].name })
              : t('picker.noMatch')}
        </p>
      </form>
      {query.trim() === '' ? (
        VIRTUES.map((virtue) => {
          const strengths = unranked.filter((s) => s.virtue === virtue.id);
          if (strengths.length === 0) return null;
          return (
            <div key={virtue.id} className="virtue-group" role="group" aria-label={virtue.name}>
              <span className="virtue-name">{virtue.name}</span>
              <span className="virtue-chips">
                {strengths.map((strength) => (
                  <PickButton key={strength.id} strength={strength} onPick={pickAndRefocus} />
                ))}
              </span>
            </div>
          );
        })
      ) : (
        <div className="virtue-group" role="group" aria-label={t('picker.matching')}>
          {matches.map((strength) => (
            <PickButton key={strength.id} strength={strength} onPick={pickAndRefocus} />
          ))}
        </div>
      )}
    </section>
  );
}

function PickButton({ strength, onPick }: { strength: Strength; onPick: (strength: Strength) => void }) {
  return (
    <button
      type="button"
      className="chip-button"
      title={strength.description}
      onClick={() => onPick(strength)}
    >
      + {strength.name}
    </button>
  );
}
