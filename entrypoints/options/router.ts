import { useSyncExternalStore } from 'react';
import { t } from '../../lib/i18n';
import { isSetupStep, type SetupStep } from '../../lib/domain/setup-steps';

/** A section: its id, and its title read when asked, in the language in force (a change applies at once). */
const section = <Id extends string>(id: Id, title: () => string) => ({
  id,
  get title() {
    return title();
  },
});

/** The options page's sections, each at its own URL (`#/vision`). */
export const SECTIONS = [
  section('purpose', () => t('options:sections.purpose')),
  section('values', () => t('options:sections.values')),
  section('strengths', () => t('options:sections.strengths')),
  section('vision', () => t('options:sections.vision')),
  section('goals', () => t('options:sections.goals')),
  section('recurring', () => t('options:sections.recurring')),
  section('coaching', () => t('options:sections.coaching')),
  section('prep', () => t('options:sections.prep')),
  section('insights', () => t('options:sections.insights')),
  section('summary', () => t('options:sections.summary')),
  section('settings', () => t('options:sections.settings')),
  section('data', () => t('options:sections.data')),
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export type Route =
  | { kind: 'home' }
  | { kind: 'setup'; step: SetupStep | null }
  | { kind: 'section'; section: SectionId; param?: string };

/** Reads a route from a location hash such as `#/setup/values` or `#/goals`. */
export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'setup') return { kind: 'setup', step: second && isSetupStep(second) ? second : null };
  const section = SECTIONS.find((s) => s.id === first);
  if (!section) return { kind: 'home' };
  return second
    ? { kind: 'section', section: section.id, param: second }
    : { kind: 'section', section: section.id };
}

export function hrefOf(route: Route): string {
  if (route.kind === 'setup') return route.step ? `#/setup/${route.step}` : '#/setup';
  if (route.kind === 'section')
    return route.param ? `#/${route.section}/${route.param}` : `#/${route.section}`;
  return '#/';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, following the location hash. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** Goes to a route, adding a history entry (Back works). */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

/** Replaces the current route without a history entry (redirects). */
export function redirect(route: Route): void {
  window.history.replaceState(null, '', hrefOf(route));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
