/**
 * The prompt state's storage item migrates the stored value wherever it is defined, and a page
 * migrating while the worker writes could put older state back over the worker's. So only the
 * worker loads lib/prompt-state; pages read through lib/prompt-state-view. This walks everything
 * each page loads, its lazy sections too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGES = [
  'entrypoints/newtab-first-paint.ts',
  'entrypoints/newtab/main.ts',
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/review/main.tsx',
];

/** The project modules a source file loads: static imports and re-exports (not `type`), and `import()`. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [
    ...source.matchAll(/^(?:import|export) (?!type )(?:[^'"]*? from )?'(\.[^']+)';/gm),
    ...source.matchAll(/\bimport\('(\.[^']+)'\)/g),
  ];
  return found.map((match) => match[1]!);
}

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((path) => existsSync(path)) ?? null;
}

/** Every project module `entry` loads, relative to the project. */
function modulesOf(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const module = resolveModule(file, specifier);
      if (module) queue.push(module);
    }
  }
  return [...seen].map((file) => relative(ROOT, file)).sort();
}

describe('what pages load of the prompt state', () => {
  it.each(PAGES)('%s reads it through the view, never the worker’s item', (page) => {
    const modules = modulesOf(page);
    expect(modules).not.toContain('lib/prompt-state.ts');
    if (page !== 'entrypoints/newtab-first-paint.ts') expect(modules).toContain('lib/prompt-state-view.ts');
  });

  it('the worker loads its item', () => {
    expect(modulesOf('entrypoints/background/index.ts')).toContain('lib/prompt-state.ts');
  });
});
