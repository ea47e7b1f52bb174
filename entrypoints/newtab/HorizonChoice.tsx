import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRunAndReport } from '../../components/use-run-and-report';
import type { HorizonChoice as Choice, HorizonShown } from '../../lib/domain/horizons';
import { HORIZON_CHOICE_LABELS, HORIZON_NAMES } from '../../lib/domain/words';
import { updateSettings } from '../../lib/store/storage-items';

/**
 * A quiet choice of which horizon the new tab shows (now, in a year, in three years, or each in
 * turn), beside the vision's heading. It is a setting, so every new tab after this one keeps it.
 */
export function HorizonChoice({
  horizon,
  onChoose,
}: {
  horizon: HorizonShown;
  /** Shows the choice at once, before the setting is saved and read back. */
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation('newtab');
  const { error, run } = useRunAndReport();
  if (horizon.choices.length === 0) return null;

  function choose(choice: Choice) {
    onChoose(choice);
    void run(() => updateSettings({ newTabHorizon: choice }), t('horizon.failed'));
  }

  return (
    <>
      <fieldset className="horizon-choice">
        <legend className="visually-hidden">{t('horizon.legend')}</legend>
        {horizon.choices.map((choice) => (
          <Fragment key={choice}>
            <input
              type="radio"
              name="horizon"
              id={`horizon-${choice}`}
              value={choice}
              checked={choice === horizon.choice}
              onChange={() => choose(choice)}
            />
            <label htmlFor={`horizon-${choice}`}>{HORIZON_CHOICE_LABELS[choice]}</label>
          </Fragment>
        ))}
      </fieldset>
      <ErrorAlert error={error} />
    </>
  );
}

/** The horizon of the day, under the vision's statement. */
export function HorizonLine({ horizon }: { horizon: HorizonShown }) {
  // The horizon's name follows the language in force: the hook re-renders it when that changes.
  useTranslation('newtab');
  return (
    <p className="horizon">
      <span className="horizon-name">{HORIZON_NAMES[horizon.horizon]}</span> {horizon.text}
    </p>
  );
}
