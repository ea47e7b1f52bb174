import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { CharacterCount } from '../../../components/CharacterCount';
import { useUndo } from '../../../components/UndoProvider';
import { useFormFields } from '../../../components/use-form-fields';
import { today } from '../../../lib/platform/clock';
import { activeGoals } from '../../../lib/store/db/goals';
import {
  addRecurrence,
  deleteRecurrence,
  ensureRecurringCommitments,
  recurrencesInOrder,
  restoreRecurrence,
  updateRecurrence,
  type RecurrenceFields,
} from '../../../lib/store/db/recurrences';
import type { Goal, RecurrenceRule, RecurrenceSchedule } from '../../../lib/domain/types';
import { describeError } from '../../../lib/domain/errors';
import { WEEKDAY_NAMES, describeSchedule } from '../../../lib/domain/recurrence';
import { STRENGTHS } from '../../../lib/domain/strengths';
import { LIMITS } from '../../../lib/domain/validation';

/** Monday first, the way a working week reads. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** Recurring commitments: the frameworks that carry the plan (weekly one-to-ones, a Friday review). */
export function RecurringEditor() {
  const rules = useLiveQuery(recurrencesInOrder, []);
  const goals = useLiveQuery(activeGoals, []);
  const offerUndo = useUndo();
  const [editing, setEditing] = useState<string | null>(null);
  if (!rules || !goals) return null;

  async function remove(rule: RecurrenceRule) {
    const deleted = await deleteRecurrence(rule.id);
    if (deleted)
      offerUndo(`Deleted “${rule.title}”. Days it was already added to keep it.`, () =>
        restoreRecurrence(deleted),
      );
  }

  return (
    <div className="recurring-editor">
      <RuleForm
        goals={goals}
        submitLabel="Add recurring commitment"
        heading="New recurring commitment"
        onSave={async (fields) => {
          await addRecurrence(fields as RecurrenceFields, today());
          await ensureRecurringCommitments(today());
        }}
      />
      <h2>Your recurring commitments</h2>
      {rules.length === 0 ? (
        <p className="hint">None yet. Each one is added to the matching days’ lists when that day begins.</p>
      ) : (
        <ul className="plain-list rule-list">
          {rules.map((rule) =>
            editing === rule.id ? (
              <li key={rule.id} className="card">
                <RuleForm
                  goals={goals}
                  initial={rule}
                  heading={`Edit “${rule.title}”`}
                  submitLabel="Save changes"
                  onSave={async (fields) => {
                    await updateRecurrence(rule.id, fields);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={rule.id} className="rule">
                <div>
                  <strong>{rule.title}</strong>
                  <p className="hint">{describeSchedule(rule.schedule)}</p>
                </div>
                <button type="button" className="button small" onClick={() => setEditing(rule.id)}>
                  Edit<span className="visually-hidden"> {rule.title}</span>
                </button>
                <button type="button" className="button quiet danger small" onClick={() => void remove(rule)}>
                  Delete<span className="visually-hidden"> {rule.title}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <p className="hint">
        Changing or deleting a recurring commitment never changes days that have already begun.
      </p>
    </div>
  );
}

interface RuleFormProps {
  goals: Goal[];
  initial?: RecurrenceRule;
  heading: string;
  submitLabel: string;
  onSave: (fields: Partial<RecurrenceFields>) => Promise<void>;
  onCancel?: () => void;
}

/** A rule as the fields its form edits. */
interface RuleFields extends Record<string, unknown> {
  title: string;
  kind: RecurrenceSchedule['kind'];
  weekdays: number[];
  interval: number;
  weekday: number;
  goalId: string;
  strengthId: string;
}

function ruleFields(rule: RecurrenceRule | undefined): RuleFields {
  const schedule = rule?.schedule;
  return {
    title: rule?.title ?? '',
    kind: schedule?.kind ?? 'weekdays',
    weekdays: schedule?.kind === 'weekdays' ? schedule.weekdays : [],
    interval: schedule?.kind === 'every-n-weeks' ? schedule.interval : 2,
    weekday: schedule?.kind === 'every-n-weeks' ? schedule.weekday : 5,
    goalId: rule?.goalId ?? '',
    strengthId: rule?.strengthId ?? '',
  };
}

/**
 * What the form's edits change in a rule: only the parts touched (the schedule as a whole when any
 * of its parts was), so saving never writes back what another window changed meanwhile.
 */
function changedFields(values: RuleFields, edits: Partial<RuleFields>): Partial<RecurrenceFields> {
  const { title, kind, weekdays, interval, weekday, goalId, strengthId } = values;
  const touched = (...fields: (keyof RuleFields)[]) => fields.some((field) => field in edits);
  return {
    ...(touched('title') && { title }),
    ...(touched('kind', 'weekdays', 'interval', 'weekday') && {
      schedule: kind === 'weekdays' ? { kind, weekdays } : { kind, interval, weekday },
    }),
    ...(touched('goalId') && { goalId: goalId || undefined }),
    ...(touched('strengthId') && { strengthId: strengthId || undefined }),
  };
}

function RuleForm({ goals, initial, heading, submitLabel, onSave, onCancel }: RuleFormProps) {
  const id = useId();
  const form = useFormFields(ruleFields(initial));
  const { title, kind, weekdays, interval, weekday, goalId, strengthId } = form.values;
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      // A new rule takes every field; an edit sends only what was changed here.
      await onSave(
        initial ? changedFields(form.values, form.edits) : changedFields(form.values, form.values),
      );
      setError('');
      form.reset();
      if (!initial) setSaved('Added.');
    } catch (failure) {
      setSaved('');
      setError(describeError(failure, 'The recurring commitment could not be saved.'));
    }
  }

  return (
    <form className="rule-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>What</label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          maxLength={LIMITS.commitmentTitle}
          placeholder="One-to-one with Sam"
          aria-describedby={`${id}-count`}
          onChange={(event) => form.set('title', event.target.value)}
        />
        <CharacterCount id={`${id}-count`} length={title.length} max={LIMITS.commitmentTitle} />
      </div>
      <fieldset>
        <legend>When it comes back</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'weekdays'}
            onChange={() => form.set('kind', 'weekdays')}
          />
          On chosen weekdays
        </label>
        {kind === 'weekdays' && (
          <div className="weekday-picks" role="group" aria-label="Weekdays">
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
                {WEEKDAY_NAMES[day]}
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
          Every few weeks on one weekday
        </label>
        {kind === 'every-n-weeks' && (
          <div className="every-n">
            <label htmlFor={`${id}-interval`}>Every</label>
            <input
              id={`${id}-interval`}
              type="number"
              min={1}
              max={52}
              className="input number-input"
              value={interval}
              onChange={(event) => form.set('interval', Number(event.target.value))}
            />
            <span>weeks on</span>
            <label htmlFor={`${id}-weekday`} className="visually-hidden">
              Weekday
            </label>
            <select
              id={`${id}-weekday`}
              className="select"
              value={weekday}
              onChange={(event) => form.set('weekday', Number(event.target.value))}
            >
              {WEEK_ORDER.map((day) => (
                <option key={day} value={day}>
                  {WEEKDAY_NAMES[day]}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <div className="two-columns">
        <div className="field">
          <label htmlFor={`${id}-goal`}>Goal (optional)</label>
          <select
            id={`${id}-goal`}
            className="select"
            value={goalId}
            onChange={(e) => form.set('goalId', e.target.value)}
          >
            <option value="">No goal</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-strength`}>Strength (optional)</label>
          <select
            id={`${id}-strength`}
            className="select"
            value={strengthId}
            onChange={(e) => form.set('strengthId', e.target.value)}
          >
            <option value="">No strength</option>
            {STRENGTHS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span role="status" className="hint">
          {saved}
        </span>
      </div>
    </form>
  );
}
