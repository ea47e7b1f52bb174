/**
 * "What got in the way": the vocabulary coaches use to explore obstacles, plus the user's own. A stored obstacle is a built-in id, or `custom:` followed by the user's words.
 */
import { t } from '../i18n';
import { sameWords } from './same-commitment';

/** The built-in obstacles' ids, in the order the review offers them. */
export const OBSTACLE_IDS = [
  'meetings',
  'priorities-changed',
  'underestimated',
  'low-energy',
  'waiting',
  'avoided',
  'unclear',
  'other',
] as const;

/** A built-in obstacle and its label, read in the language in force each time. */
export interface BuiltInObstacle {
  readonly id: (typeof OBSTACLE_IDS)[number];
  readonly label: string;
}

/** The built-in obstacles; each label is looked up when read (`obstacles:<id>.label`). */
export const OBSTACLES: readonly BuiltInObstacle[] = OBSTACLE_IDS.map((id) => ({
  id,
  get label() {
    return t(`obstacles:${id}.label`);
  },
}));

/** The id of a built-in obstacle. */
export type ObstacleId = (typeof OBSTACLE_IDS)[number];

const CUSTOM = 'custom:';

/** How many of the user's own obstacles are offered (the most recent ones). */
export const MAX_CUSTOM_OBSTACLES = 100;

/** The stored value of one of the user's own obstacles. */
export function customObstacle(label: string): string {
  return `${CUSTOM}${label.trim()}`;
}

/** True for one of the built-in obstacles' ids. */
export function isBuiltInObstacle(value: string): value is ObstacleId {
  return (OBSTACLE_IDS as readonly string[]).includes(value);
}

/** True for a value this version can show: a built-in id or a custom label. */
export function isObstacle(value: string): boolean {
  return isBuiltInObstacle(value) || (value.startsWith(CUSTOM) && value.length > CUSTOM.length);
}

/** The words to show for a stored obstacle. */
export function obstacleLabel(value: string): string {
  if (value.startsWith(CUSTOM)) return value.slice(CUSTOM.length);
  return isBuiltInObstacle(value) ? t(`obstacles:${value}.label`) : value;
}

/** A stored obstacle as part of a sentence ("waiting on others"); the leader's own words as written. */
export function obstaclePhrase(value: string): string {
  if (value.startsWith(CUSTOM)) return value.slice(CUSTOM.length);
  return isBuiltInObstacle(value) ? t(`obstacles:${value}.phrase`) : value;
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
