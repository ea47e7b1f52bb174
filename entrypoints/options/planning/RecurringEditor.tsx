import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { tellWorker } from '../../../components/tell-worker';
import { useUndo } from '../../../components/UndoProvider';
import { today } from '../../../lib/platform/clock';
import { activeGoals } from '../../../lib/store/db/goals';
import {
  addRecurrence,
  deleteRecurrence,
  recurrencesInOrder,
  restoreRecurrence,
  updateRecurrence,
  type RecurrenceFields,
} from '../../../lib/store/db/recurrences';
import type { RecurrenceRule } from '../../../lib/domain/types';
import { describeSchedule } from '../../../lib/domain/recurrence';
import { RuleForm } from './RuleForm';
import './recurring-editor.css';

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
          // The worker readies today again, adding the new rule's commitment if today is one of its days.
          tellWorker({ type: 'reschedule' });
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
