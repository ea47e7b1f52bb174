import { Trans, useTranslation } from 'react-i18next';
import { HORIZONS, type Horizon } from '../../lib/domain/horizons';
import type { Vision } from '../../lib/domain/types';
import { i18n } from '../../lib/i18n';

/** The vision, compact: its statement and the horizons written, to hold the week up against. */
export function WeekVision({ vision }: { vision: Vision | undefined }) {
  const { t } = useTranslation('review', { i18n });
  const statement = vision?.statement.trim() ?? '';
  const horizons = HORIZONS.filter((h) => (vision?.horizons[h].trim() ?? '') !== '');
  const horizonName: Record<Horizon, string> = {
    now: t('vision.now'),
    oneYear: t('vision.oneYear'),
    threeYears: t('vision.threeYears'),
  };
  if (!statement && horizons.length === 0) {
    return (
      <p className="hint">
        <Trans
          t={t}
          i18n={i18n}
          i18nKey="vision.none"
          components={{ write: <a href="options.html#/vision" /> }}
        />
      </p>
    );
  }
  return (
    <div className="week-vision">
      {statement && <p className="week-vision-statement">{statement}</p>}
      {horizons.length > 0 && (
        <dl className="week-horizons">
          {horizons.map((h) => (
            <div key={h}>
              <dt>{horizonName[h]}</dt>
              <dd>{vision!.horizons[h]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
