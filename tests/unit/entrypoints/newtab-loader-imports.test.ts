/**
 * The new tab's first paint is drawn by its loader before React, Dexie or the translations load: it
 * takes its words from the snapshot, in the language they were written in. This walks what the
 * loader imports and holds it to that.
 */
import { describe, expect, it } from 'vitest';
import { walkImports } from '../../support/imports';

describe('the new tab’s loader', () => {
  const { modules, packages } = walkImports('entrypoints/newtab-loader.ts');

  it('loads no package but WXT’s script wrapper: not React, not Dexie, not i18next', () => {
    expect([...packages]).toEqual(['wxt/utils/define-unlisted-script']);
  });

  it('loads no translation and not the i18n instance', () => {
    // Only the locale dates are formatted with, set from the snapshot, and the list of languages.
    const allowed = ['lib/i18n/languages.ts', 'lib/i18n/locale.ts'];
    expect(modules.filter((path) => path.startsWith('lib/i18n/') && !allowed.includes(path))).toEqual([]);
  });
});
