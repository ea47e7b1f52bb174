import { formatDayShort } from '../../lib/domain/format';
import { hasNotes, type WeekDay, type WeekDayState } from '../../lib/domain/insights/week-days';
import { ENERGY, STRESS } from './ReflectionFields';

/** What a day without a written review shows in place of its figures. */
const WITHOUT_REVIEW: Record<Exclude<WeekDayState, 'written'>, string> = {
  skipped: 'Review skipped',
  draft: 'Review not finished',
  off: 'Day off',
  none: 'No review',
  ahead: 'Still to come',
};

/** What a day without a written review says: "Day off · Thanksgiving" names the days off. */
function withoutReview(state: Exclude<WeekDayState, 'written'>, offLabel?: string): string {
  return offLabel ? `${WITHOUT_REVIEW[state]} · ${offLabel}` : WITHOUT_REVIEW[state];
}

function Level({ value, words }: { value: number | null; words: string[] }) {
  if (value === null) return <td className="hint">Not recorded</td>;
  return (
    <td>
      <span className="day-level">
        <span className="day-bar" style={{ inlineSize: `${value * 20}%` }} aria-hidden="true" />
      </span>
      {value} · {words[value - 1]}
    </td>
  );
}

/** Energy and stress day by day, as the week's written reviews recorded them (1 to 5). */
export function WeekWellbeing({ days }: { days: readonly WeekDay[] }) {
  return (
    <table className="week-days">
      <caption className="visually-hidden">Energy and stress, day by day, on a scale of 1 to 5</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Energy</th>
          <th scope="col">Stress</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatDayShort(day.day)}</th>
            {day.state === 'written' ? (
              <>
                <Level value={day.energy} words={ENERGY} />
                <Level value={day.stress} words={STRESS} />
              </>
            ) : (
              <td colSpan={2} className="hint">
                {withoutReview(day.state, day.offLabel)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The week's notes, read-only: what went well, what was learned and the next day's focus, per day. */
export function WeekNotes({ days }: { days: readonly WeekDay[] }) {
  const noted = days.filter(hasNotes);
  if (noted.length === 0) return <p className="hint">No notes in this week’s reviews.</p>;
  const note = (label: string, text: string) =>
    text && (
      <div>
        <dt>{label}</dt>
        <dd>{text}</dd>
      </div>
    );
  return (
    <details className="week-notes">
      <summary>Read the notes of {noted.length === 1 ? '1 day' : `${noted.length} days`}</summary>
      {noted.map((day) => (
        <section key={day.day} className="review-recap" aria-label={formatDayShort(day.day)}>
          <h3>{formatDayShort(day.day)}</h3>
          <dl>
            {note('Went well', day.wentWell)}
            {note('Learned', day.learned)}
            {note('Focus for the next day', day.tomorrowFocus)}
          </dl>
        </section>
      ))}
    </details>
  );
}
