import { useTranslation } from 'react-i18next';
import { formatDayShort } from '../../lib/domain/format';
import { hasNotes, type WeekDay, type WeekDayState } from '../../lib/domain/insights/week-days';
import { i18n } from '../../lib/i18n';
import { energyWords, stressWords } from './scale-words';

function Level({ value, words }: { value: number | null; words: string[] }) {
  const { t } = useTranslation('review', { i18n });
  if (value === null) return <td className="hint">{t('days.notRecorded')}</td>;
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
  const { t } = useTranslation('review', { i18n });
  // What a day without a written review says: "Day off · Thanksgiving" names the days off.
  const withoutReview = (state: Exclude<WeekDayState, 'written'>, offLabel?: string) => {
    if (state === 'off' && offLabel) return t('days.offNamed', { name: offLabel });
    return {
      skipped: t('days.skipped'),
      draft: t('days.draft'),
      off: t('days.off'),
      none: t('days.none'),
      ahead: t('days.ahead'),
    }[state];
  };
  return (
    <table className="week-days">
      <caption className="visually-hidden">{t('days.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('days.day')}</th>
          <th scope="col">{t('days.energy')}</th>
          <th scope="col">{t('days.stress')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatDayShort(day.day)}</th>
            {day.state === 'written' ? (
              <>
                <Level value={day.energy} words={energyWords()} />
                <Level value={day.stress} words={stressWords()} />
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
  const { t } = useTranslation('review', { i18n });
  const noted = days.filter(hasNotes);
  if (noted.length === 0) return <p className="hint">{t('days.noNotes')}</p>;
  const note = (label: string, text: string) =>
    text && (
      <div>
        <dt>{label}</dt>
        <dd>{text}</dd>
      </div>
    );
  return (
    <details className="week-notes">
      <summary>{t('days.readNotes', { count: noted.length })}</summary>
      {noted.map((day) => (
        <section key={day.day} className="review-recap" aria-label={formatDayShort(day.day)}>
          <h3>{formatDayShort(day.day)}</h3>
          <dl>
            {note(t('days.wentWell'), day.wentWell)}
            {note(t('days.learned'), day.learned)}
            {note(t('days.focus'), day.tomorrowFocus)}
          </dl>
        </section>
      ))}
    </details>
  );
}
