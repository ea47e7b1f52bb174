import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../components/CharacterCount';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormFields } from '../../../components/use-form-fields';
import { useRunAndReport } from '../../../components/use-run-and-report';
import type { RecurrenceFields } from '../../../lib/store/db/recurrences';
import type { Goal, RecurrenceRule } from '../../../lib/domain/types';
import { WEEK_ORDER } from '../../../lib/domain/recurrence';
import { STRENGTHS } from '../../../lib/domain/strengths';
import { LIMITS } from '../../../lib/domain/validation';
import { weekdayName } from '../WorkdayPicks';
import { changedFields, ruleFields } from './rule-fields';
import './rule-form.css';

interface RuleFormProps {
  goals: Goal[];
  initial?: RecurrenceRule;
  heading: string;
  submitLabel: string;
  onSave: (fields: Partial<RecurrenceFields>) => Promise<void>;
  onCancel?: () => void;
}

/** A recurring commitment's form: what, when it comes back, its goal and strength. */
export function RuleForm({ goals, initial, heading, submitLabel, onSave, onCancel }: RuleFormProps) {
  const { t } = useTranslation('planning');
  const id = useId();
  const form = useFormFields(ruleFields(initial));
  const { title, kind, weekdays, interval, weekday, goalId, strengthId } = form.values;
  const { error, run } = useRunAndReport();
  const [added, setAdded] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // A new rule takes every field; an edit sends only what was changed here.
    const fields = initial ? changedFields(form.values, form.edits) : changedFields(form.values, form.values);
    if (await run(() => onSave(fields), t('rule.saveFailed'))) {
      form.reset();
      if (!initial) setAdded(true);
    } else setAdded(false);
  }

  return (
    <form className="rule-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('rule.what')}</label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          maxLength={LIMITS.commitmentTitle}
          placeholder={t('rule.example')}
          aria-describedby={`${id}-count`}
          onChange={(event) => form.set('title', event.target.value)}
        />
        <CharacterCount id={`${id}-count`} length={title.length} max={LIMITS.commitmentTitle} />
      </div>
      <fieldset>
        <legend>{t('rule.when')}</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'weekdays'}
            onChange={() => form.set('kind', 'weekdays')}
          />
          {t('rule.onWeekdays')}
        </label>
        {kind === 'weekdays' && (
          <div className="weekday-picks" role="group" aria-label={t('rule.weekdays')}>
            {WEEK_ORDER.map((day) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={weekdays.includes(day)}
                  onChange={(event) =>
                    form.set(
                      'weekdays',
                      event.target.checked ? [...weekdays, day] : weekdays.filter((d) => d !== day),
                    )
                  }
                />
                {weekdayName(day)}
              </label>
            ))}
          </div>
        )}
        <label className="radio">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'every-n-weeks'}
            onChange={() => form.set('kind', 'every-n-weeks')}
          />
          {t('rule.everyFewWeeks')}
        </label>
        {kind === 'every-n-weeks' && (
          <div className="every-n">
            <label htmlFor={`${id}-interval`}>{t('rule.every')}</label>
            <input
              id={`${id}-interval`}
              type="number"
              min={1}
              max={52}
              className="input number-input"
              value={interval}
              onChange={(event) => form.set('interval', Number(event.target.value))}
            />
            <span>{t('rule.weeksOn', { count: interval })}</span>
            <label htmlFor={`${id}-weekday`} className="visually-hidden">
              {t('rule.weekday')}
            </label>
            <select
              id={`${id}-weekday`}
              className="select"
              value={weekday}
              onChange={(event) => form.set('weekday', Number(event.target.value))}
            >
              {WEEK_ORDER.map((day) => (
                <option key={day} value={day}>
                  {weekdayName(day)}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <div className="two-columns">
        <div className="field">
          <label htmlFor={`${id}-goal`}>{t('rule.goal')}</label>
          <select
            id={`${id}-goal`}
            className="select"
            value={goalId}
            onChange={(e) => form.set('goalId', e.target.value)}
          >
            <option value="">{t('rule.noGoal')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-strength`}>{t('rule.strength')}</label>
          <select
            id={`${id}-strength`}
            className="select"
            value={strengthId}
            onChange={(e) => form.set('strengthId', e.target.value)}
          >
            <option value="">{t('rule.noStrength')}</option>
            {STRENGTHS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('rule.cancel')}
          </button>
        )}
        <span role="status" className="hint">
          {added ? t('rule.added') : ''}
        </span>
      </div>
    </form>
  );
}
