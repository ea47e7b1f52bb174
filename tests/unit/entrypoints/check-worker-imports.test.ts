/**
 * The backup check runs in a Web Worker, where there is no extension API, no extension storage and
 * no DOM: a module it loads that reads `browser` or `chrome` as it loads would stop the worker.
 * This walks everything the worker imports and holds it to pure code.
 */
import { describe, expect, it } from 'vitest';
import { walkImports } from '../../support/imports';

const ENTRY = 'entrypoints/options/data/check-worker.ts';
const walk = () => walkImports(ENTRY);

describe('the backup check’s Web Worker', () => {
  const { modules, packages } = walk();

  it('loads only zod and jsonc-parser from outside the project', () => {
    expect([...packages].sort()).toEqual(['jsonc-parser', 'zod']);
  });

  it('loads no module that touches the database, extension storage or the page', () => {
    expect(modules).toContain('lib/domain/backup/check-file.ts');
    // The pure domain only: lib/store, lib/platform and components/ reach the database, storage or the page.
    const impure = modules.filter((path) => path !== ENTRY && !path.startsWith('lib/domain/'));
    expect(impure).toEqual([]);
  });
});
