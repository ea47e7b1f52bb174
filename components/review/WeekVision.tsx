import { HORIZONS } from '../../lib/domain/horizons';
import { HORIZON_NAMES } from '../../lib/domain/words';
import type { Vision } from '../../lib/domain/types';

/** The vision, compact: its statement and the horizons written, to hold the week up against. */
export function WeekVision({ vision }: { vision: Vision | undefined }) {
  const statement = vision?.statement.trim() ?? '';
  const horizons = HORIZONS.filter((h) => (vision?.horizons[h].trim() ?? '') !== '');
  if (!statement && horizons.length === 0) {
    return (
      <p className="hint">
        No vision written yet. <a href="options.html#/vision">Write it</a>.
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
              <dt>{HORIZON_NAMES[h]}</dt>
              <dd>{vision!.horizons[h]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
