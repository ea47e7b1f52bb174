import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusLines } from '../../components/FocusLines';
import { StrengthOfTheDay } from '../../components/StrengthOfTheDay';
import type { DayKey } from '../../lib/domain/days';
import type { NewTabView } from './view';

/**
 * The column beside the vision and today's list: what the reviews said to focus on, the picture
 * (`children`), the strength of the day (which one click makes today's commitment), how the
 * vision looks and feels, and the purpose and values. The focus heads this column, not today's
 * list: there it would push the third commitment off a 1280 × 720 screen.
 */
export function NewTabSide({ view, day, children }: { view: NewTabView; day: DayKey; children: ReactNode }) {
  const { t } = useTranslation('newtab');
  const vision = view.vision;
  return (
    <div className="newtab-side">
      <FocusLines lines={view.focus} />
      {children}
      {view.spotlight && (
        <StrengthOfTheDay
          day={day}
          spotlight={view.spotlight}
          className="spotlight"
          headingId="spotlight-heading"
        />
      )}
      {vision && (vision.looksLike || vision.feelsLike) && (
        <dl className="look-and-feel">
          {vision.looksLike && (
            <div>
              <dt>{t('side.looksLike')}</dt>
              <dd>{vision.looksLike}</dd>
            </div>
          )}
          {vision.feelsLike && (
            <div>
              <dt>{t('side.feelsLike')}</dt>
              <dd>{vision.feelsLike}</dd>
            </div>
          )}
        </dl>
      )}
      {(view.purpose || view.values.length > 0) && (
        <footer className="foundation">
          {view.purpose && (
            <p className="purpose">
              <span className="label">{t('side.purpose')}</span> {view.purpose}
            </p>
          )}
          {view.values.length > 0 && (
            <p className="values">
              <span className="label">{t('side.values')}</span>{' '}
              <span className="value-list">
                {view.values.map((value) => (
                  <span key={value}>{value}</span>
                ))}
              </span>
            </p>
          )}
        </footer>
      )}
    </div>
  );
}
