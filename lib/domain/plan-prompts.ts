/**
 * The words an offer to plan starts from, per obstacle, kept together so they are translated
 * together: the "When" half as a template (`{title}` is the commitment's title, `{obstacle}` the
 * leader's own words for an obstacle of theirs), the question the "I will" half answers, and an
 * example answer for its placeholder. Avoiding it asks for a smaller first step; an unclear next
 * step asks for the next physical action.
 */
import { formatCount } from './format';
import { isOwnObstacle, obstacleLabel, type ObstacleId } from './obstacles';
import { fillTemplate } from './plan-line';
import type { PlanOffer } from './plan-offer';
import { LIMITS } from './validation';

export interface PlanPrompt {
  when: string;
  ask: string;
  example: string;
}

export const PLAN_PROMPTS: Record<ObstacleId, PlanPrompt> = {
  meetings: {
    when: 'meetings or interruptions start to crowd out “{title}”',
    ask: 'What will you do to keep time for it?',
    example: 'block the first hour for it and move what can wait',
  },
  'priorities-changed': {
    when: 'a new priority pushes “{title}” aside',
    ask: 'What will you do so it is not lost?',
    example: 'give it a new time this week and tell whoever is waiting',
  },
  underestimated: {
    when: '“{title}” turns out bigger than I planned',
    ask: 'Which part will you finish first?',
    example: 'finish the first section and plan the rest',
  },
  'low-energy': {
    when: 'my energy is low and “{title}” is still waiting',
    ask: 'What will you do even on a low day?',
    example: 'do the easiest ten minutes of it',
  },
  waiting: {
    when: 'I’m still waiting on someone for “{title}”',
    ask: 'How will you get it moving?',
    example: 'send a reminder with a date and do the part I can alone',
  },
  avoided: {
    when: 'I notice I’m putting off “{title}”',
    ask: 'What is a smaller first step?',
    example: 'spend ten minutes on just the first step',
  },
  unclear: {
    when: 'I sit down to “{title}”',
    ask: 'What is the next physical action?',
    example: 'open the document and write the first line',
  },
  other: {
    when: 'something gets in the way of “{title}” again',
    ask: 'What will you do then?',
    example: 'do the first ten minutes before I open email',
  },
};

/** For one of the leader's own obstacles. */
export const OWN_OBSTACLE_PROMPT: PlanPrompt = {
  when: '{obstacle} gets in the way of “{title}”',
  ask: 'What will you do then?',
  example: 'do the first ten minutes before I open email',
};

/** For a commitment carried again with nothing recorded as in the way. */
export const CARRIED_AGAIN_PROMPT: PlanPrompt = {
  when: 'I’m about to put off “{title}” again',
  ask: 'What will you do instead?',
  example: 'do the first ten minutes before I open email',
};

/** Why the offer is made, as one sentence. */
export const OFFER_REASONS = {
  repeated: '“{obstacle}” got in the way {times} in the last two weeks.',
  carriedAgain: 'It has been carried over more than once.',
  why: 'A plan for that moment makes it likelier to get done.',
} as const;

const TIMES = { one: 'time', other: 'times' };

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
      ? fillTemplate(OFFER_REASONS.repeated, {
          obstacle: obstacleLabel(offer.obstacle),
          times: formatCount(offer.repeats, TIMES),
        })
      : OFFER_REASONS.carriedAgain;
  return `${first} ${OFFER_REASONS.why}`;
}
