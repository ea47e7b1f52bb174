/**
 * Words of the pure modules (progress, days off, focus, plans, horizons), in the language in force.
 * They live apart from those modules, which the new tab's first paint loads: that paint loads no
 * translations (tests/unit/entrypoints/newtab-loader-imports.test.ts) and takes these words,
 * already rendered, from the snapshot (lib/domain/newtab-words.ts).
 */
import { t } from '../i18n';
import type { DayKey } from './days';
import { formatWeekday } from './format';
import type { Horizon, HorizonChoice } from './horizons';
import type { ReviewFocus } from './review-focus';
import type { IfThenPlan } from './types';

/** "2 of 4 done", or an empty string when there is nothing to count. */
export function formatProgress(done: number, total: number): string {
  return total === 0 ? '' : t('domain:progress', { count: done, total });
}

/** What a page says on a day off: "Day off — Winter holiday. Nothing is asked of you today." */
export function dayOffNote(label: string): string {
  return label ? t('domain:dayOff.named', { label }) : t('domain:dayOff.plain');
}

/** “When it is 4 pm, I will write the board update.” */
export function planLine(plan: IfThenPlan): string {
  return t('domain:plan.line', { when: plan.when, then: plan.then });
}

/**
 * The focus as lines to show, labelled: "Today’s focus" (or "Monday’s focus" at the weekend),
 * "This week’s focus".
 */
export function focusLines(
  focus: ReviewFocus,
  today: DayKey,
  locale?: string,
): { label: string; text: string }[] {
  const lines = [];
  if (focus.day) {
    const label =
      focus.day.for === today
        ? t('domain:focus.today')
        : t('domain:focus.day', { day: formatWeekday(focus.day.for, locale) });
    lines.push({ label, text: focus.day.text });
  }
  if (focus.week) lines.push({ label: t('domain:focus.week'), text: focus.week });
  return lines;
}

/** A record whose values are looked up each time they are read, so a language change applies. */
function lookedUp<K extends string>(words: Record<K, () => string>): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(words) as K[])
    Object.defineProperty(record, key, { get: words[key], enumerable: true });
  return record;
}

/** The horizon's name where its words are shown. */
export const HORIZON_NAMES: Record<Horizon, string> = lookedUp({
  now: () => t('domain:horizon.now'),
  oneYear: () => t('domain:horizon.oneYear'),
  threeYears: () => t('domain:horizon.threeYears'),
});

/** The short labels of the new tab's choice. */
export const HORIZON_CHOICE_LABELS: Record<HorizonChoice, string> = lookedUp({
  now: () => t('domain:horizonChoice.now'),
  oneYear: () => t('domain:horizonChoice.oneYear'),
  threeYears: () => t('domain:horizonChoice.threeYears'),
  inTurn: () => t('domain:horizonChoice.inTurn'),
});
