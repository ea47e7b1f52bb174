import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { CharacterCount } from '../../../components/CharacterCount';
import { useUndo } from '../../../components/UndoProvider';
import { today } from '../../../lib/clock';
import { activeGoals } from '../../../lib/db/goals';
import {
  addRecurrence,
  deleteRecurrence,
  ensureRecurringCommitments,
  recurrencesInOrder,
  restoreRecurrence,
  updateRecurrence,
  type RecurrenceFields,
} from '../../../lib/db/recurrences';
import type { Goal, RecurrenceRule } from '../../../lib/db/types';
import { describeError } from '../../../lib/errors';
import { WEEKDAY_NAMES, describeSchedule } from '../../../lib/recurrence';
import { STRENGTHS } from '../../../lib/strengths';
import { LIMITS } from '../../../lib/validation';

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
          await addRecurrence(fields, today());
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
  onSave: (fields: RecurrenceFields) => Promise<void>;
  onCancel?: () => void;
}

function RuleForm({ goals, initial, heading, submitLabel, onSave, onCancel }: RuleFormProps) {
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [kind, setKind] = useState(initial?.schedule.kind ?? 'weekdays');
  const [weekdays, setWeekdays] = useState<number[]>(
    initial?.schedule.kind === 'weekdays' ? initial.schedule.weekdays : [],
  );
  const [interval, setEvery] = useState(
    initial?.schedule.kind === 'every-n-weeks' ? initial.schedule.interval : 2,
  );
  const [weekday, setWeekday] = useState(
    initial?.schedule.kind === 'every-n-weeks' ? initial.schedule.weekday : 5,
  );
  const [goalId, setGoalId] = useState(initial?.goalId ?? '');
  const [strengthId, setStrengthId] = useState(initial?.strengthId ?? '');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await onSave({
        title,
        schedule: kind === 'weekdays' ? { kind, weekdays } : { kind, interval, weekday },
        ...(goalId && { goalId }),
        ...(strengthId && { strengthId }),
      });
      setError('');
      if (!initial) {
        setTitle('');
        setWeekdays([]);
        setSaved('Added.');
      }
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
          onChange={(event) => setTitle(event.target.value)}
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
            onChange={() => setKind('weekdays')}
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
                    setWeekdays(event.target.checked ? [...weekdays, day] : weekdays.filter((d) => d !== day))
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
            onChange={() => setKind('every-n-weeks')}
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
              onChange={(event) => setEvery(Number(event.target.value))}
            />
            <span>weeks on</span>
            <label htmlFor={`${id}-weekday`} className="visually-hidden">
              Weekday
            </label>
            <select
              id={`${id}-weekday`}
              className="select"
              value={weekday}
              onChange={(event) => setWeekday(Number(event.target.value))}
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
            onChange={(e) => setGoalId(e.target.value)}
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
            onChange={(e) => setStrengthId(e.target.value)}
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
