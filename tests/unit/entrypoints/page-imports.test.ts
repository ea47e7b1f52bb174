/**
 * The prompt state's storage item migrates the stored value wherever it is defined, and a page
 * migrating while the worker writes could put older state back over the worker's. So only the
 * worker loads entrypoints/background/prompt-state; pages read through lib/store/storage-items. This
 * walks everything each page loads, its lazy sections too.
 */
import { describe, expect, it } from 'vitest';
import { walkImports } from '../../support/imports';

const PAGES = [
  'entrypoints/newtab-loader.ts',
  'entrypoints/newtab/main.ts',
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/review/main.tsx',
];

const modulesOf = (entry: string) => walkImports(entry).modules;

describe('what pages load of the prompt state', () => {
  it.each(PAGES)('%s reads it through the view, never the worker’s item', (page) => {
    const modules = modulesOf(page);
    expect(modules).not.toContain('entrypoints/background/prompt-state.ts');
    if (page !== 'entrypoints/newtab-loader.ts') expect(modules).toContain('lib/store/storage-items.ts');
  });

  it('the worker loads its item', () => {
    expect(modulesOf('entrypoints/background/index.ts')).toContain('entrypoints/background/prompt-state.ts');
  });
});
