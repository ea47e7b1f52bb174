import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../lib/i18n';
import type { ReviewAnswers } from '../../lib/domain/review-answers';
import { STRENGTHS, type Strength } from '../../lib/domain/strengths';
import { LIMITS } from '../../lib/domain/validation';
import { TextField } from '../TextField';
import { ScaleOptions } from './ScaleOptions';
import { energyWords, stressWords } from './scale-words';

/** One change the reflection makes: a text, a strength ticked or unticked, or a scale. */
export type ReflectionChange =
  | { field: 'wentWell' | 'learned' | 'tomorrowFocus'; value: string }
  | { field: 'energy' | 'stress'; value: number }
  | { field: 'strength'; strengthId: string; used: boolean };

interface ReflectionFieldsProps {
  answers: ReviewAnswers;
  signature: Strength[];
  onChange: (change: ReflectionChange) => void;
}

/** What went well, strengths used, what was learned, tomorrow's focus, energy and stress. */
export function ReflectionFields({ answers, signature, onChange }: ReflectionFieldsProps) {
  const id = useId();
  const { t } = useTranslation('review', { i18n });
  const others = STRENGTHS.filter((s) => !signature.includes(s));
  const anyOtherUsed = others.some((s) => answers.strengthsUsed.includes(s.id));

  const strengthBox = (strength: Strength) => (
    <label key={strength.id} className="chip-check">
      <input
        type="checkbox"
        checked={answers.strengthsUsed.includes(strength.id)}
        onChange={(event) =>
          onChange({ field: 'strength', strengthId: strength.id, used: event.target.checked })
        }
      />
      {strength.name}
    </label>
  );

  const scale = (name: 'energy' | 'stress', words: string[], legend: string) => (
    <fieldset className="scale">
      <legend>{legend}</legend>
      <ScaleOptions
        name={`${id}-${name}`}
        choices={words.map((word, index) => ({ value: index + 1, figure: String(index + 1), word }))}
        chosen={answers[name] ?? null}
        onChoose={(value) => onChange({ field: name, value })}
      />
    </fieldset>
  );

  return (
    <div className="reflection">
      <TextField
        label={t('reflection.wentWell')}
        multiline
        maxLength={LIMITS.statement}
        value={answers.wentWell}
        onChange={(value) => onChange({ field: 'wentWell', value })}
      />
      <fieldset className="strengths-used">
        <legend>{t('reflection.strengthsUsed')}</legend>
        {signature.length > 0 && <div className="chip-checks">{signature.map(strengthBox)}</div>}
        <details className="more-strengths" open={anyOtherUsed || undefined}>
          <summary>
            {signature.length > 0 ? t('reflection.otherStrengths') : t('reflection.allStrengths')}
          </summary>
          <div className="chip-checks">{others.map(strengthBox)}</div>
        </details>
      </fieldset>
      <TextField
        label={t('reflection.learned')}
        multiline
        maxLength={LIMITS.statement}
        value={answers.learned}
        onChange={(value) => onChange({ field: 'learned', value })}
      />
      <TextField
        label={t('reflection.tomorrowFocus')}
        maxLength={LIMITS.statement}
        value={answers.tomorrowFocus}
        onChange={(value) => onChange({ field: 'tomorrowFocus', value })}
      />
      {scale('energy', energyWords(), t('reflection.energy'))}
      {scale('stress', stressWords(), t('reflection.stress'))}
    </div>
  );
}
