/**
 * The entity types come from zod schemas (lib/domain/entities/), but only as types: zod is for
 * checking a backup, and the new tab, the toolbar popup, the review page and the worker load none
 * of it. A value imported from a schema module where a type would do brings zod into them; this
 * walks what each loads.
 */
import { describe, expect, it } from 'vitest';
import { walkImports } from '../../support/imports';

const WITHOUT_ZOD = [
  'entrypoints/newtab-loader.ts',
  'entrypoints/newtab/main.ts',
  'entrypoints/popup/main.tsx',
  'entrypoints/review/main.tsx',
  'entrypoints/background/index.ts',
];

describe('what loads zod', () => {
  it.each(WITHOUT_ZOD)('%s does not', (entry) => {
    expect(walkImports(entry).packages).not.toContain('zod');
  });

  it('the backup check’s worker does', () => {
    expect(walkImports('entrypoints/options/data/check-worker.ts').packages).toContain('zod');
  });
});
