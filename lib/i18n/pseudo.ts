/**
 * Pseudo-localisation: English made visibly foreign and longer, for tests. Letters become accented
 * look-alikes (so an English string left untranslated stands out as plain ASCII), and each string
 * grows by about 35 % with a padding mark, bracketed so a cut-off end shows. Interpolations
 * (`{{count}}`) and nesting (`$t(…)`) are kept as they are.
 */

const ACCENTED: Record<string, string> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ŧ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ŧ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** The parts a translation must keep as they are: `{{name}}`, `$t(key)` and `<0>…</0>`-style tags. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\/?>)/;

/** One string, pseudo-localised. */
export function pseudoString(text: string): string {
  if (text === '') return text;
  const accented = text
    .split(KEEP)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch)))
    .join('');
  const letters = text.replace(KEEP, '').length;
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.35)));
  return `[${accented} ${padding}]`;
}

/** A catalogue's every string pseudo-localised, its shape kept. */
export function pseudoCatalogue<T>(catalogue: T): T {
  if (typeof catalogue === 'string') return pseudoString(catalogue) as T;
  if (Array.isArray(catalogue)) return catalogue.map(pseudoCatalogue) as T;
  if (catalogue && typeof catalogue === 'object') {
    return Object.fromEntries(
      Object.entries(catalogue).map(([key, value]) => [key, pseudoCatalogue(value)]),
    ) as T;
  }
  return catalogue;
}
