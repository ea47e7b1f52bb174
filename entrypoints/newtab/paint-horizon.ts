/**
 * The vision's horizon on the new tab's first paint: the choice beside the heading and the horizon
 * of the day under the statement, as the React app's HorizonChoice draws them, in the snapshot's
 * words. lib/domain/horizons speaks (lib/i18n), so the first paint cannot load it: `shownHorizon`
 * repeats its `horizonShown`, and tests/unit/entrypoints/newtab-first-paint.test.tsx holds the two
 * to the same answers.
 */
import type { DayKey } from '../../lib/domain/days';
import type { HorizonChoice, HorizonShown, HorizonTexts } from '../../lib/domain/horizons';
import { dayNumber, pickForDay } from '../../lib/domain/item-of-the-day';
import { SNAPSHOT_HORIZONS, type FirstPaintWords } from '../../lib/domain/newtab-snapshot';
import { el } from './paint-dom';

/** The horizon shown on `day`: the chosen one if written, else the written ones in turn; null when none is. */
export function shownHorizon(texts: HorizonTexts, choice: HorizonChoice, day: DayKey): HorizonShown | null {
  const written = SNAPSHOT_HORIZONS.filter((horizon) => texts[horizon].trim() !== '');
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

/** The choice of horizon, beside the heading; nothing when there is only one to show. */
export function paintHorizonChoice(horizon: HorizonShown, words: FirstPaintWords): HTMLElement[] {
  if (horizon.choices.length === 0) return [];
  const legend = el('legend', { class: 'visually-hidden' }, words.horizonLegend);
  const field = el('fieldset', { class: 'horizon-choice' }, legend);
  for (const choice of horizon.choices) {
    const input = el('input', { type: 'radio', name: 'horizon', id: `horizon-${choice}`, value: choice });
    (input as HTMLInputElement).defaultChecked = choice === horizon.choice;
    field.append(input, el('label', { for: `horizon-${choice}` }, words.horizonChoices[choice]));
  }
  return [field];
}

/** The horizon of the day, under the statement. */
export function paintHorizonLine(horizon: HorizonShown, words: FirstPaintWords): HTMLElement {
  const name = el('span', { class: 'horizon-name' }, words.horizonNames[horizon.horizon]);
  return el('p', { class: 'horizon' }, name, ' ', horizon.text);
}
