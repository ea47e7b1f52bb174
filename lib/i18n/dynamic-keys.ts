/**
 * Key families the code looks up by a computed key (`t(\`obstacles:${id}.label\`)`), which no
 * source scan can see. The catalogue test (tests/unit/i18n/catalogues.test.ts) counts a key under
 * one of these prefixes as used; each family's own test checks its keys against the ids it covers.
 */
export const DYNAMIC_KEY_PREFIXES: readonly string[] = [
  // Each strength's name, description and ideas, by its id (lib/domain/strengths.ts);
  // tests/unit/domain/strengths-languages.test.ts checks every id has them.
  'strengths:',
  // Each built-in obstacle's label, phrase and plan prompt, by its id (lib/domain/obstacles.ts,
  // lib/domain/plan-prompts.ts); tests/unit/domain/obstacle-words.test.ts checks every id has them.
  'obstacles:',
];
