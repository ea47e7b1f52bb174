import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TestNotificationButton } from '../../../components/TestNotificationButton';
import { TimeField } from '../../../components/TimeField';
import { useFieldAutosave } from '../../../components/use-field-autosave';
import { useSettings } from '../../../components/use-storage-items';
import { useRunAndReport } from '../../../components/use-run-and-report';
import type { Settings } from '../../../lib/domain/settings';
import { withWorkday } from '../../../lib/domain/workdays';
import { updateSettings } from '../../../lib/store/storage-items';
import '../../../components/autosave-field.css';
import '../../../components/save-status.css';
import { WorkdayPicks, workdayFields, workdayOfField, type WorkdayFields } from '../WorkdayPicks';
import './review-time-editor.css';

/** When the end-of-day review comes: its time, the workdays it comes on, and a test notification. */
export function ReviewTimeEditor() {
  const { t } = useTranslation('foundation');
  const settings = useSettings();
  if (!settings) return null;
  return (
    <div className="review-time-editor">
      <ReviewTimeField initial={settings.reviewTime} />
      <WorkdaysField stored={settings} />
      <div className="field">
        <span className="label">{t('reviewTime.check')}</span>
        <p className="hint">{t('reviewTime.checkHint')}</p>
        <TestNotificationButton />
      </div>
    </div>
  );
}

function ReviewTimeField({ initial }: { initial: string }) {
  const { t } = useTranslation('foundation');
  const id = useId();
  const [saved, setSaved] = useState(false);
  const { error, run } = useRunAndReport();

  async function save(next: string) {
    if (await run(() => updateSettings({ reviewTime: next }))) setSaved(true);
  }

  return (
    <div className="field review-time">
      <label htmlFor={id}>{t('reviewTime.label')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('reviewTime.hint')}
      </p>
      <TimeField
        id={id}
        value={initial}
        describedBy={`${id}-hint ${id}-status`}
        invalid={Boolean(error)}
        onCommit={(time) => void save(time)}
      />
      <div className="field-footer">
        {error ? (
          <span id={`${id}-status`} className="save-status error" role="alert">
            {error}
          </span>
        ) : (
          <span id={`${id}-status`} className="save-status" aria-live="polite">
            {saved ? t('reviewTime.saved') : ''}
          </span>
        )}
      </div>
    </div>
  );
}

/** Each tick applied to the workdays as stored now, so a day changed in Settings meanwhile stays as it is there. */
const saveWorkdays = (changes: Partial<WorkdayFields>) =>
  updateSettings((current) => ({
    workdays: Object.entries(changes).reduce(
      (days, [field, on]) => withWorkday(days, workdayOfField(field)!, on === true),
      current.workdays,
    ),
  }));

/** The days the review comes on: the same workdays as in Settings, saved tick by tick. */
function WorkdaysField({ stored }: { stored: Settings }) {
  const { t } = useTranslation('foundation');
  const form = useFieldAutosave('setup.workdays', workdayFields(stored.workdays), saveWorkdays);
  return (
    <fieldset className="workdays">
      <legend>{t('reviewTime.workdays')}</legend>
      <p className="hint">{t('reviewTime.workdaysHint')}</p>
      <WorkdayPicks values={form.values} onChange={form.change} />
      <ErrorAlert error={form.error} />
      <p className="hint" role="status">
        {form.saved ? t('reviewTime.saved') : ''}
      </p>
    </fieldset>
  );
}
