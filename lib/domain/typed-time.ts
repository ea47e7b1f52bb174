/**
 * A time of day as people type it: "18:00", "6 pm", "6:00 PM", "6pm", "18.00", "1800", "6",
 * "17 h 30", "17:30 Uhr" all read as a 24-hour `HH:MM`, and so does every clock `formatClock`
 * writes in the languages Flourish speaks ("5:30 PM", "5:30 p. m.", "17 h 30"). What is not a time of day ("25:00", "13 pm", "soon") is refused with
 * a sentence saying why, so the field can show it and save nothing.
 */
import { t } from '../i18n';

export type TypedTime = { time: string } | { problem: string };

/** A problem, then what to type instead: two sentences. */
const withExample = (problem: string) => `${problem} ${t('errors:time.example')}`;

/**
 * Hours, optional minutes after ":", "." or "h" (or four digits run together), optional am/pm
 * ("p.m.", "p. m."), optional "h" or "Uhr" after it all.
 */
const SHAPE = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?\s*(?:uhr|h)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a typed time of day; `{ time: 'HH:MM' }`, or `{ problem }` in words to show the leader. */
export function readTypedTime(typed: string): TypedTime {
  const text = typed.trim().toLowerCase();
  if (text.length === 0) return { problem: withExample(t('errors:time.empty')) };
  const match = SHAPE.exec(text);
  if (!match) return { problem: withExample(t('errors:time.unreadable', { typed: typed.trim() })) };
  const [, hoursText, afterSeparator, runTogether, half] = match;
  const hours = Number(hoursText);
  const minutes = Number(afterSeparator ?? runTogether ?? '0');
  if (minutes > 59) return { problem: t('errors:time.minutes', { typed: typed.trim(), minutes }) };
  if (half) {
    if (hours < 1 || hours > 12) return { problem: t('errors:time.halfDay', { typed: typed.trim() }) };
    const base = hours % 12;
    return { time: `${pad(half === 'p' ? base + 12 : base)}:${pad(minutes)}` };
  }
  if (hours > 23) return { problem: t('errors:time.hours', { typed: typed.trim() }) };
  return { time: `${pad(hours)}:${pad(minutes)}` };
}

/**
 * Whether typing could still be on its way to another time: "6" may become "6 pm", "6:00" may
 * become "6:00 pm". Only a two-digit hour with its minutes ("18:00", "0630", "18.15") or a time that
 * ends in am or pm is taken as finished while the leader is still in the field.
 */
export function looksFinished(typed: string): boolean {
  const text = typed.trim().toLowerCase();
  return /^\d{2}\s*[:.h]?\s*\d{2}(?:\s*(?:uhr|h))?$/.test(text) || /\d\s*[ap]\.?\s*m\.?$/.test(text);
}
