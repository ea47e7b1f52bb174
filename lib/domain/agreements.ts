/**
 * What an agreement from a coaching session becomes: a goal, a recurring commitment or the next
 * workday's commitment. An agreement can be a paragraph; a title is one short line, so the title
 * is cut where a reader would cut it and the full words are kept beside it.
 */
import { workdayOnOrAfter } from './carry';
import { addDays, type DayKey } from './days';
import type { WorkdayRule } from './workdays';

/** A title made from an agreement, and the full agreement when the title could not hold it all. */
export interface AgreementTitle {
  title: string;
  /** The agreement in full; empty when the title holds every word. */
  rest: string;
}

/**
 * An agreement as a title of at most `limit` characters, on one line. Too long, it ends at its
 * first sentence when that fits, or else at the last whole word that fits, followed by "…".
 */
export function titleFromAgreement(text: string, limit: number): AgreementTitle {
  const full = text.trim();
  const line = full.replace(/\s+/g, ' ');
  if (line.length <= limit) return { title: line, rest: line === full ? '' : full };
  const sentence = /^(.+?[.!?])\s/.exec(line)?.[1];
  if (sentence && sentence.length <= limit) return { title: sentence, rest: full };
  const room = line.slice(0, limit - 1);
  const lastSpace = room.lastIndexOf(' ');
  // A single very long word has no space to cut at: it is cut where the room ends.
  const cut = (lastSpace > limit / 2 ? room.slice(0, lastSpace) : room).replace(/[\s,;:–—-]+$/, '');
  return { title: `${cut}…`, rest: full };
}

/** The day "tomorrow's commitment" goes to: the first workday after `today`. */
export function nextWorkday(today: DayKey, settings: WorkdayRule): DayKey {
  return workdayOnOrAfter(addDays(today, 1), settings);
}
