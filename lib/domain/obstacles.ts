/**
 * "What got in the way": the vocabulary coaches use to explore obstacles, plus the user's own. A stored obstacle is a built-in id, or `custom:` followed by the user's words.
 */

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
