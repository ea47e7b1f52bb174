/**
 * An if-then plan in words, as it shows under its commitment's title: small and free of imports,
 * for the new tab's first paint draws it too, in English (it loads no translations). Everywhere
 * else `planLine` of lib/domain/words speaks the language in force.
 */
import type { IfThenPlan } from './types';

/** How a plan reads: one sentence from its two halves. */
export const PLAN_LINE = 'When {when}, I will {then}.';

/** `template` with each `{name}` replaced by its value. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** “When it is 4 pm, I will write the board update.” */
export function planLine(plan: IfThenPlan): string {
  return fillTemplate(PLAN_LINE, { when: plan.when, then: plan.then });
}
