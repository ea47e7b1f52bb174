/**
 * "What got in the way": the vocabulary coaches use to explore obstacles, plus the user's own. A stored obstacle is a built-in id, or `custom:` followed by the user's words.
 */
import { sameWords } from './same-commitment';

export const OBSTACLES = [
  { id: 'meetings', label: 'Meetings and interruptions' },
  { id: 'priorities-changed', label: 'Priorities changed' },
  { id: 'underestimated', label: 'Underestimated the effort' },
  { id: 'low-energy', label: 'Low energy' },
  { id: 'waiting', label: 'Waiting on others' },
  { id: 'avoided', label: 'Avoided it (discomfort)' },
  { id: 'unclear', label: 'Unclear next step' },
  { id: 'other', label: 'Other' },
] as const;

/** The id of a built-in obstacle. */
export type ObstacleId = (typeof OBSTACLES)[number]['id'];

const CUSTOM = 'custom:';

/** How many of the user's own obstacles are offered (the most recent ones). */
export const MAX_CUSTOM_OBSTACLES = 100;

/** The stored value of one of the user's own obstacles. */
export function customObstacle(label: string): string {
  return `${CUSTOM}${label.trim()}`;
}

/** True for a value this version can show: a built-in id or a custom label. */
export function isObstacle(value: string): boolean {
  return OBSTACLES.some((o) => o.id === value) || (value.startsWith(CUSTOM) && value.length > CUSTOM.length);
}

/** The words to show for a stored obstacle. */
export function obstacleLabel(value: string): string {
  if (value.startsWith(CUSTOM)) return value.slice(CUSTOM.length);
  return OBSTACLES.find((o) => o.id === value)?.label ?? value;
}

/** True for one of the user's own obstacles (`custom:` and their words). */
export function isOwnObstacle(value: string): boolean {
  return value.startsWith(CUSTOM);
}

/**
 * Whether two stored obstacles are the same one: the same built-in id, or the user's own words
 * whatever their case and spacing. "Other" without words says nothing about what it was, so it is
 * the same as nothing.
 */
export function sameObstacle(a: string, b: string): boolean {
  if (isOwnObstacle(a) && isOwnObstacle(b)) return sameWords(obstacleLabel(a), obstacleLabel(b));
  return a === b && a !== 'other';
}
