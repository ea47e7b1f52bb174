/**
 * The vision's horizon on the new tab's first paint: the choice beside the heading and the horizon
 * of the day under the statement, as the React app's HorizonChoice draws them, in the snapshot's
 * words (the horizon of the day is lib/domain/horizons' `horizonShown`, which loads no translations).
 */
import type { HorizonShown } from '../../lib/domain/horizons';
import type { FirstPaintWords } from '../../lib/domain/newtab-snapshot';
import { el } from './paint-dom';

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
