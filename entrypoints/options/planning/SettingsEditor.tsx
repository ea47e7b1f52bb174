import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TimeField } from '../../../components/TimeField';
import { TestNotificationButton } from '../../../components/TestNotificationButton';
import { useSettings } from '../../../components/use-storage-items';
import { WEEK_ORDER } from '../../../lib/domain/recurrence';
import { SNOOZE_CHOICES, type Settings } from '../../../lib/domain/settings';
import { updateSettings } from '../../../lib/store/storage-items';
import { withWorkday } from '../../../lib/domain/workdays';
import {
  WorkdayPicks,
  weekdayName,
  workdayFields,
  workdayOfField,
  type WorkdayFields,
} from '../WorkdayPicks';
import { useFieldAutosave } from '../../../components/use-field-autosave';
import { DaysOffEditor } from './DaysOffEditor';
import { LanguageField } from './LanguageField';
import './settings-editor.css';

/** The settings as the fields the form edits one by one: each workday is a field of its own. */
type SettingsFields = Omit<Settings, 'workdays'> & WorkdayFields;

function toFields(settings: Settings): SettingsFields {
  const { workdays, ...rest } = settings;
  return { ...rest, ...workdayFields(workdays) };
}

/**
 * The changed fields applied to the settings as stored now: a workday ticked here is added to the
 * stored workdays, not to this page's copy of them, so one unticked in another tab stays unticked.
 */
function applyChanges(current: Settings, changes: Partial<SettingsFields>): Partial<Settings> {
  const next: Partial<Settings> = {};
  let workdays = current.workdays;
  for (const [field, value] of Object.entries(changes)) {
    const day = workdayOfField(field);
    if (day === undefined) Object.assign(next, { [field]: value });
    else workdays = withWorkday(workdays, day, value === true);
  }
  return workdays === current.workdays ? next : { ...next, workdays };
}

const saveSettings = (changes: Partial<SettingsFields>) =>
  updateSettings((current) => applyChanges(current, changes));

/**
 * Flourish's language, and when it asks: review time, workdays, days off, notifications, snooze,
 * morning prompt, weekly day.
 */
export function SettingsEditor() {
  const stored = useSettings();
  if (!stored) return null;
  return <SettingsForm stored={stored} />;
}

/**
 * Every control saves itself, and only itself: the form shows the settings as stored now (changed
 * in another tab too), with this page's own changes over them until they are saved.
 */
function SettingsForm({ stored }: { stored: Settings }) {
  const { t } = useTranslation('settings');
  const id = useId();
  const form = useFieldAutosave('settings', toFields(stored), saveSettings);
  const settings = form.values;
  const save = <K extends keyof SettingsFields & string>(field: K, value: SettingsFields[K]) =>
    form.change(field, value);
  const error = form.error;
  const status = form.saved ? t('saved') : '';

  return (
    <div className="settings">
      <LanguageField chosen={stored.language} />

      <section aria-labelledby={`${id}-review`}>
        <h2 id={`${id}-review`}>{t('review')}</h2>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('reviewTime')}</label>
          <TimeField
            id={`${id}-time`}
            value={settings.reviewTime}
            onCommit={(reviewTime) => save('reviewTime', reviewTime)}
          />
        </div>
        <fieldset>
          <legend>{t('workdays')}</legend>
          <p className="hint">{t('workdaysHint')}</p>
          <WorkdayPicks values={settings} onChange={(field, on) => save(field, on)} />
        </fieldset>
      </section>

      <DaysOffEditor />

      <section aria-labelledby={`${id}-prompts`}>
        <h2 id={`${id}-prompts`}>{t('prompts')}</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.promptsEnabled}
            onChange={(event) => save('promptsEnabled', event.target.checked)}
          />
          {t('notify')}
        </label>
        <div className="field inline-field">
          <label htmlFor={`${id}-snooze`}>{t('snooze')}</label>
          <select
            id={`${id}-snooze`}
            className="select"
            value={settings.snoozeMinutes}
            onChange={(event) => save('snoozeMinutes', Number(event.target.value))}
          >
            {SNOOZE_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.morningTime !== null}
            onChange={(event) => save('morningTime', event.target.checked ? '08:30' : null)}
          />
          {t('morning')}
        </label>
        {settings.morningTime !== null && (
          <div className="field inline-field">
            <label htmlFor={`${id}-morning`}>{t('morningAt')}</label>
            <TimeField
              id={`${id}-morning`}
              value={settings.morningTime}
              onCommit={(morningTime) => save('morningTime', morningTime)}
            />
          </div>
        )}
        <div className="field inline-field">
          <label htmlFor={`${id}-weekly`}>{t('weekly')}</label>
          <select
            id={`${id}-weekly`}
            className="select"
            value={settings.weeklyReviewDay ?? ''}
            onChange={(event) =>
              save('weeklyReviewDay', event.target.value === '' ? null : Number(event.target.value))
            }
          >
            <option value="">{t('noWeekly')}</option>
            {WEEK_ORDER.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t('weeklyHint')}</p>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.sessionReminder !== false}
            onChange={(event) => save('sessionReminder', event.target.checked)}
          />
          {t('sessionReminder')}
        </label>
        <TestNotificationButton />
      </section>

      <p className="settings-status">
        {error ? (
          <ErrorAlert error={error} inline />
        ) : (
          <span className="hint" role="status">
            {status}
          </span>
        )}
      </p>
    </div>
  );
}
