/**
 * The vision's time horizons (now, in a year, in three years) on the new tab: the leader chooses
 * one, or lets the written ones take turns, a day each.
 */
import { dayNumber, pickForDay } from './item-of-the-day';
import type { DayKey } from './days';

/** The horizons a vision holds, in the order the new tab offers them. */
export const HORIZONS = ['now', 'oneYear', 'threeYears'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** What the new tab shows: one horizon, or the written ones in turn. */
export const HORIZON_CHOICES = [...HORIZONS, 'inTurn'] as const;
export type HorizonChoice = (typeof HORIZON_CHOICES)[number];

export type HorizonTexts = Record<Horizon, string>;

export interface HorizonShown {
  horizon: Horizon;
  text: string;
  /** The choices worth offering: each written horizon, and taking turns when two or more are. */
  choices: HorizonChoice[];
  /** The choice in effect: the stored one, or taking turns when it names a horizon not written. */
  choice: HorizonChoice;
}

/**
 * The horizon the new tab shows on `day`: the chosen one if it is written, else the written ones
 * in turn (the item of the day); null when none is written.
 */
export function horizonShown(texts: HorizonTexts, choice: HorizonChoice, day: DayKey): HorizonShown | null {
  const written = HORIZONS.filter((horizon) => texts[horizon].trim() !== '');
  if (written.length === 0) return null;
  const chosen = choice !== 'inTurn' && written.includes(choice) ? choice : null;
  const horizon = chosen ?? pickForDay(written, dayNumber(day))!;
  return {
    horizon,
    text: texts[horizon].trim(),
    choices: written.length > 1 ? [...written, 'inTurn'] : [],
    choice: chosen ?? 'inTurn',
  };
}
