import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { formatDayShort } from '../../../lib/domain/format';
import { describeSchedule } from '../../../lib/domain/recurrence';
import { outcomeOf } from '../../../lib/store/db/agreements';
import type { Agreement } from '../../../lib/domain/types';

/** What an agreement became, since deleted, in words. */
function gone(kind: NonNullable<Agreement['became']>['kind'], t: TFunction<'coaching'>): string {
  if (kind === 'goal') return t('outcome.goalGone');
  return kind === 'recurrence' ? t('outcome.recurrenceGone') : t('outcome.commitmentGone');
}

/** What an agreement became, with a way to it. */
export function AgreementOutcome(props: { became: NonNullable<Agreement['became']>; focusOnShow?: boolean }) {
  const { t } = useTranslation('coaching');
  const { became, focusOnShow } = props;
  const outcome = useLiveQuery(() => outcomeOf(became), [became.kind, became.id]);
  const line = useRef<HTMLParagraphElement>(null);
  const shown = outcome !== undefined;
  useEffect(() => {
    if (focusOnShow && shown) line.current?.focus();
  }, [focusOnShow, shown]);
  if (outcome === undefined) return null;
  if (outcome === null) return <p className="hint agreement-outcome">{gone(became.kind, t)}</p>;
  return (
    <p className="agreement-outcome" ref={line} tabIndex={-1}>
      <span aria-hidden="true">✓ </span>
      {outcome.kind === 'goal' && (
        <>
          {t('outcome.goal')} <a href="#/goals">{outcome.title}</a>
        </>
      )}
      {outcome.kind === 'recurrence' && (
        <>
          {t('outcome.recurring')} <a href="#/recurring">{outcome.title}</a>{' '}
          <span className="hint">({describeSchedule(outcome.schedule)})</span>
        </>
      )}
      {outcome.kind === 'commitment' && (
        <>
          {t('outcome.commitment', { day: formatDayShort(outcome.day), title: outcome.title })}{' '}
          <span className="hint">{t('outcome.inPopup')}</span>
        </>
      )}
    </p>
  );
}
