/**
 * What a module loads, walked through the source: for tests that hold a part of the tree to a rule
 * (a Web Worker to pure code, pages to the read-only prompt state).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The modules a source file loads: static imports and re-exports (not `type`), and `import()`. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = [
    ...source.matchAll(/^(?:import|export) (?!type )(?:[^'"]*? from )?'([^']+)';/gm),
    ...source.matchAll(/\bimport\('([^']+)'\)/g),
  ];
  return found.map((match) => match[1]!);
}

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((path) => existsSync(path)) ?? null;
}

/** Every project module `entry` (relative to the project) loads, and every package they name. */
export function walkImports(entry: string): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const module = resolveModule(file, specifier);
        if (module) queue.push(module);
      }
    }
  }
  return { modules: [...seen].map((file) => relative(ROOT, file)).sort(), packages };
}
