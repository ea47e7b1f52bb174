/**
 * The words an offer to plan starts from, per obstacle (their translations are kept beside each
 * obstacle's label, in the `obstacles` namespace): the "When" half as a template (`{title}` is the commitment's title, `{obstacle}` the
 * leader's own words for an obstacle of theirs), the question the "I will" half answers, and an
 * example answer for its placeholder. Avoiding it asks for a smaller first step; an unclear next
 * step asks for the next physical action.
 */
import { t } from '../i18n';
import { OBSTACLE_IDS, isOwnObstacle, obstacleLabel, type ObstacleId } from './obstacles';
import { fillTemplate } from './plan-line';
import type { PlanOffer } from './plan-offer';
import { LIMITS } from './validation';

export interface PlanPrompt {
  when: string;
  ask: string;
  example: string;
}

/**
 * A prompt whose words are looked up each time they are read, so a language change applies. The
 * "When" half keeps its `{title}` and `{obstacle}` slots for `fillTemplate`.
 */
function prompt(key: (part: keyof PlanPrompt) => string): PlanPrompt {
  return {
    get when() {
      return t(key('when'), { title: '{title}', obstacle: '{obstacle}' });
    },
    get ask() {
      return t(key('ask'));
    },
    get example() {
      return t(key('example'));
    },
  };
}

/** The prompt for each built-in obstacle (`obstacles:<id>.plan.when`, `.ask`, `.example`). */
export const PLAN_PROMPTS: Record<ObstacleId, PlanPrompt> = Object.fromEntries(
  OBSTACLE_IDS.map((id) => [id, prompt((part) => `obstacles:${id}.plan.${part}`)]),
) as Record<ObstacleId, PlanPrompt>;

/** For one of the leader's own obstacles. */
export const OWN_OBSTACLE_PROMPT: PlanPrompt = {
  get when() {
    return t('domain:plan.own.when', { title: '{title}', obstacle: '{obstacle}' });
  },
  get ask() {
    return t('domain:plan.own.ask');
  },
  get example() {
    return t('domain:plan.own.example');
  },
};

/** For a commitment carried again with nothing recorded as in the way. */
export const CARRIED_AGAIN_PROMPT: PlanPrompt = {
  get when() {
    return t('domain:plan.carriedAgain.when', { title: '{title}' });
  },
  get ask() {
    return t('domain:plan.carriedAgain.ask');
  },
  get example() {
    return t('domain:plan.carriedAgain.example');
  },
};

/** The prompt for what got in the way (a stored obstacle), or for a carry with none recorded. */
export function planPrompt(obstacle: string | undefined): PlanPrompt {
  if (obstacle === undefined) return CARRIED_AGAIN_PROMPT;
  if (isOwnObstacle(obstacle)) return OWN_OBSTACLE_PROMPT;
  return PLAN_PROMPTS[obstacle as ObstacleId] ?? PLAN_PROMPTS.other;
}

/**
 * The "When" half an offer starts with: the obstacle's template with the commitment's title, the
 * title shortened with "…" where the whole would not fit a plan's half.
 */
export function prefilledWhen(obstacle: string | undefined, title: string): string {
  const template = planPrompt(obstacle).when;
  const values = { obstacle: obstacle ? obstacleLabel(obstacle) : '', title };
  const whole = fillTemplate(template, values);
  if (whole.length <= LIMITS.commitmentTitle) return whole;
  const room = LIMITS.commitmentTitle - (whole.length - title.length) - 1;
  return fillTemplate(template, { ...values, title: `${title.slice(0, Math.max(room, 0)).trimEnd()}…` });
}

/** Why this offer is made: the obstacle that came back, or the second carry, and why a plan helps. */
export function offerReason(offer: Pick<PlanOffer, 'obstacle' | 'repeats' | 'carriedAgain'>): string {
  const first =
    offer.obstacle && offer.repeats
      ? t('domain:plan.reason.repeated', { obstacle: obstacleLabel(offer.obstacle), count: offer.repeats })
      : t('domain:plan.reason.carriedAgain');
  return `${first} ${t('domain:plan.reason.why')}`;
}
