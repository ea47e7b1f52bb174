/**
 * The entity types come from zod schemas (lib/domain/entities/), but only as types: zod is for
 * checking a backup and what sync brings, and the new tab, the toolbar popup and the review page
 * load none of it. The worker does: it checks every row another computer sent before writing it
 * (lib/store/sync/engine), with the backup's own schemas. A value imported from a schema module where a type would do brings zod into them; this
 * walks what each loads.
 */
import { describe, expect, it } from 'vitest';
import { walkImports } from '../../support/imports';

const WITHOUT_ZOD = [
  'entrypoints/newtab-loader.ts',
  'entrypoints/newtab/main.ts',
  'entrypoints/popup/main.tsx',
  'entrypoints/review/main.tsx',
];

describe('what loads zod', () => {
  it.each(WITHOUT_ZOD)('%s does not', (entry) => {
    expect(walkImports(entry).packages).not.toContain('zod');
  });

  it.each(['entrypoints/options/data/check-worker.ts', 'entrypoints/background/index.ts'])(
    '%s does',
    (entry) => {
      expect(walkImports(entry).packages).toContain('zod');
    },
  );
});
