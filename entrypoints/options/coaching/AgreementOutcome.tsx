import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { formatDayShort } from '../../../lib/domain/format';
import { describeSchedule } from '../../../lib/domain/recurrence';
import { outcomeOf } from '../../../lib/store/db/agreements';
import type { Agreement } from '../../../lib/domain/types';

const GONE = {
  goal: 'Became a goal, since deleted.',
  recurrence: 'Became a recurring commitment, since deleted.',
  commitment: 'Became a commitment, since deleted.',
};

/** What an agreement became, with a way to it. */
export function AgreementOutcome(props: { became: NonNullable<Agreement['became']>; focusOnShow?: boolean }) {
  const { became, focusOnShow } = props;
  const outcome = useLiveQuery(() => outcomeOf(became), [became.kind, became.id]);
  const line = useRef<HTMLParagraphElement>(null);
  const shown = outcome !== undefined;
  useEffect(() => {
    if (focusOnShow && shown) line.current?.focus();
  }, [focusOnShow, shown]);
  if (outcome === undefined) return null;
  if (outcome === null) return <p className="hint agreement-outcome">{GONE[became.kind]}</p>;
  return (
    <p className="agreement-outcome" ref={line} tabIndex={-1}>
      <span aria-hidden="true">✓ </span>
      {outcome.kind === 'goal' && (
        <>
          Goal: <a href="#/goals">{outcome.title}</a>
        </>
      )}
      {outcome.kind === 'recurrence' && (
        <>
          Recurring: <a href="#/recurring">{outcome.title}</a>{' '}
          <span className="hint">({describeSchedule(outcome.schedule)})</span>
        </>
      )}
      {outcome.kind === 'commitment' && (
        <>
          Commitment for {formatDayShort(outcome.day)}: {outcome.title}{' '}
          <span className="hint">(in the toolbar popup on that day)</span>
        </>
      )}
    </p>
  );
}
