/**
 * Key families the code looks up by a computed key (`t(\`obstacles:${id}.label\`)`), which no
 * source scan can see. The catalogue test (tests/unit/i18n/catalogues.test.ts) counts a key under
 * one of these prefixes as used; each family's own test checks its keys against the ids it covers.
 */
export const DYNAMIC_KEY_PREFIXES: readonly string[] = ['strengths:'];
