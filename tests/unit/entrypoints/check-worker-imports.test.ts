/**
 * The backup check runs in a Web Worker, where there is no extension API, no extension storage and
 * no DOM: a module it loads that reads `browser` or `chrome` as it loads would stop the worker.
 * This walks everything the worker imports and holds it to pure code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const WORKER = resolve(ROOT, 'entrypoints/options/data/check-worker.ts');

/** Value imports (not `import type`) of a source file: relative paths and package names. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import (?!type )(?:[^'"]*? from )?'([^']+)';/gm)].map((match) => match[1]!);
}

function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((path) => existsSync(path)) ?? base;
}

/** Every module the worker loads, and every package they name. */
function walk(): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [WORKER];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) queue.push(resolveModule(file, specifier));
      else packages.add(specifier);
    }
  }
  return { modules: [...seen].map((file) => relative(ROOT, file)).sort(), packages };
}

describe('the backup check’s Web Worker', () => {
  const { modules, packages } = walk();

  it('loads only zod and jsonc-parser from outside the project', () => {
    expect([...packages].sort()).toEqual(['jsonc-parser', 'zod']);
  });

  it('loads no module that touches the database, extension storage or the page', () => {
    expect(modules).toContain('lib/backup/check-file.ts');
    const impure = modules.filter((path) =>
      /^(lib\/db\/(?!types)|lib\/(settings|setup|persistence|page-sync|clock)\.ts|lib\/backup\/(import|export|journal|reminder|wipe)\.ts|components\/)/.test(
        path,
      ),
    );
    expect(impure).toEqual([]);
  });
});
