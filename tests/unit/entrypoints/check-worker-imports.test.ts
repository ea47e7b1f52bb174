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

  it('loads only zod, jsonc-parser and i18next (its messages) from outside the project', () => {
    expect([...packages].filter((name) => !['i18next', 'jsonc-parser', 'zod'].includes(name))).toEqual([]);
  });

  it('loads no module that touches the database, extension storage or the page', () => {
    expect(modules).toContain('lib/domain/backup/check-file.ts');
    // The pure domain and its words only: lib/store, lib/platform and components/ reach the
    // database, storage or the page.
    const pure = (path: string) => path.startsWith('lib/domain/') || path.startsWith('lib/i18n/');
    const impure = modules.filter((path) => path !== ENTRY && !pure(path));
    expect(impure).toEqual([]);
  });
});
