import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../../lib/domain/format';
import { WEEK_ORDER } from '../../lib/domain/recurrence';

/**
 * A weekday's name in the language in force, from `Intl` ("Monday", "Montag", "lundi"): 0 = Sunday
 * … 6 = Saturday, named through a week that began on Sunday 1 January 2023.
 */
export const weekdayName = (day: number): string => formatWeekday(`2023-01-0${day + 1}`);

/** Each workday as a form field of its own (`workday:1` …), so two places tick days independently. */
export type WorkdayFields = Record<`workday:${number}`, boolean>;

export const workdayFields = (workdays: readonly number[]): WorkdayFields =>
  Object.fromEntries(WEEK_ORDER.map((day) => [`workday:${day}`, workdays.includes(day)]));

/** The weekday of a `workday:N` field, or undefined for any other field. */
export const workdayOfField = (field: string): number | undefined => {
  const day = /^workday:(\d)$/.exec(field)?.[1];
  return day === undefined ? undefined : Number(day);
};

/** The week's days as tick boxes, Monday first (Settings and setup's review step). */
export function WorkdayPicks(props: {
  values: WorkdayFields;
  onChange: (field: `workday:${number}`, on: boolean) => void;
}) {
  useTranslation(); // drawn again in the new language when it changes
  return (
    <div className="weekday-picks">
      {WEEK_ORDER.map((day) => (
        <label key={day} className="check">
          <input
            type="checkbox"
            checked={props.values[`workday:${day}`]}
            onChange={(event) => props.onChange(`workday:${day}`, event.target.checked)}
          />
          {weekdayName(day)}
        </label>
      ))}
    </div>
  );
}
