/**
 * Every built-in obstacle speaks every language: its label, its phrase within a sentence and the
 * words of its plan (their keys are computed from the id, so no scan of the code can see them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { OBSTACLES, OBSTACLE_IDS, obstacleLabel } from '../../../lib/domain/obstacles';
import { planPrompt, prefilledWhen } from '../../../lib/domain/plan-prompts';
import { setLanguage } from '../../../lib/i18n';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { RESOURCES } from '../../../lib/i18n/resources';

afterEach(() => setLanguage('en'));

describe.each(LANGUAGES)('the obstacles in %s', (language) => {
  const catalogue = RESOURCES[language].obstacles as Record<
    string,
    { label?: string; phrase?: string; plan?: Record<string, string> }
  >;

  it.each(OBSTACLE_IDS)('%s has a label, a phrase and a plan', (id) => {
    const words = catalogue[id];
    expect(words?.label?.trim()).toBeTruthy();
    expect(words?.phrase?.trim()).toBeTruthy();
    for (const part of ['when', 'ask', 'example']) expect(words?.plan?.[part]?.trim()).toBeTruthy();
    expect(words?.plan?.when).toContain('{{title}}');
  });

  it('holds no obstacle the code does not know', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...OBSTACLE_IDS].sort());
  });
});

describe('the obstacles follow the language in force', () => {
  it('reads each label in the language chosen, without reloading', () => {
    expect(OBSTACLES.find((o) => o.id === 'waiting')?.label).toBe('Waiting on others');
    setLanguage('de');
    expect(OBSTACLES.find((o) => o.id === 'waiting')?.label).toBe('Warten auf andere');
    expect(obstacleLabel('meetings')).toBe('Meetings und Unterbrechungen');
    expect(obstacleLabel('custom:Reisen')).toBe('Reisen');
    setLanguage('fr');
    expect(obstacleLabel('low-energy')).toBe('Manque d’énergie');
    setLanguage('es');
    expect(obstacleLabel('unclear')).toBe('Siguiente paso poco claro');
  });

  it('pre-fills the plan’s “When” half in German, with the title in place', () => {
    setLanguage('de');
    expect(prefilledWhen('waiting', 'Budget 2027')).toBe(
      'ich bei „Budget 2027“ immer noch auf jemanden warte',
    );
    expect(planPrompt('avoided').ask).toBe('Was wäre ein kleinerer erster Schritt?');
    expect(prefilledWhen('custom:Reisen', 'Budget 2027')).toBe('Reisen „Budget 2027“ in die Quere kommt');
  });
});
