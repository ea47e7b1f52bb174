/** The rule a stored run of days off is checked by, so the editor and a restored backup share it. */
import { t } from '../i18n';
import { daysBetween } from './days';
import { MAX_DAYS_OFF_SPAN, type DaysOffRun } from './days-off';
import { LIMITS, ValidationError, limitText } from './validation';

interface DaysOffFields extends DaysOffRun {
  label: string;
}

/** Refuses a run that ends before it starts or spans more than a year; trims the label. */
export function checkDaysOff<T extends DaysOffFields>(entry: T): T {
  if (entry.to < entry.from) throw new ValidationError(t('errors:daysOff.order'));
  if (daysBetween(entry.from, entry.to) + 1 > MAX_DAYS_OFF_SPAN) {
    throw new ValidationError(t('errors:daysOff.tooLong', { max: MAX_DAYS_OFF_SPAN }));
  }
  return { ...entry, label: limitText(entry.label.trim(), t('errors:field.daysOffName'), LIMITS.title) };
}
