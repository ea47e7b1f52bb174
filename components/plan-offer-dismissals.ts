/**
 * "Not now" to an offer to plan holds for the rest of that day. Kept in localStorage, which every
 * page of Flourish shares (the review page, the popup), by commitment with the day it was said;
 * saying it again drops what was said on other days. It is no data of the leader's: deleting
 * everything clears it, and a browser that refuses the storage only asks again.
 */
import type { DayKey } from '../lib/domain/days';

const KEY = 'flourish:plan-offers-not-now';

function read(): Record<string, DayKey> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, DayKey>) : {};
  } catch {
    return {};
  }
}

/** The commitments whose offer was put off today. */
export function offersPutOff(today: DayKey): Set<string> {
  return new Set(
    Object.entries(read())
      .filter(([, day]) => day === today)
      .map(([id]) => id),
  );
}

/** Puts off the offer to plan for a commitment until tomorrow. */
export function putOffOffer(commitmentId: string, today: DayKey): void {
  const kept = Object.fromEntries(Object.entries(read()).filter(([, day]) => day === today));
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...kept, [commitmentId]: today }));
  } catch {
    // Storage full or disabled: the offer comes again next time the list shows.
  }
}
