/**
 * JavaScript bytes a built page loads: the static import graph from its HTML (what the first paint
 * waits for) and everything including dynamic imports (what the page loads in the end).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  firstPaint: { files: number; raw: number; gzip: number };
  total: { files: number; raw: number; gzip: number };
}

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
/** Vite lists a dynamic import's chunks, relative to the output root, in `__vite__mapDeps`. */
const DYNAMIC_DEPS = /m\.f=(\[[^\]]*\])/;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function entryScripts(html: string): string[] {
  const urls = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ];
  return urls.map((match) => match[1]!.replace(/^\//, ''));
}

/** Modules a page loads only after its first paint (the new tab's `data-app`). */
function deferredScripts(html: string): string[] {
  return [...html.matchAll(/\sdata-app="([^"]+\.js)"/g)].map((match) => match[1]!.replace(/^\//, ''));
}

function closure(root: string, start: string[], followDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    const base = posix.dirname(file);
    for (const match of source.matchAll(STATIC_IMPORT))
      queue.push(posix.normalize(posix.join(base, match[1]!)));
    if (!followDynamic) continue;
    for (const match of source.matchAll(DYNAMIC_IMPORT))
      queue.push(posix.normalize(posix.join(base, match[1]!)));
    const deps = DYNAMIC_DEPS.exec(source);
    if (deps) for (const dep of JSON.parse(deps[1]!) as string[]) if (dep.endsWith('.js')) queue.push(dep);
  }
  return seen;
}

function measure(root: string, files: Set<string>) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.size, raw, gzip };
}

/**
 * Every JavaScript file `page` (e.g. `popup.html`) in the built extension at `root` may load:
 * its scripts, what they import, and what they import dynamically, paths relative to `root`.
 */
export function pageScripts(root: string, page: string): Set<string> {
  const html = readFileSync(join(root, page), 'utf8');
  return closure(root, [...entryScripts(html), ...deferredScripts(html)], true);
}

/** Weighs `page` (e.g. `newtab.html`) in the built extension at `root`. */
export function pageWeight(root: string, page: string): PageWeight {
  const html = readFileSync(join(root, page), 'utf8');
  return {
    page,
    firstPaint: measure(root, closure(root, entryScripts(html), false)),
    total: measure(root, pageScripts(root, page)),
  };
}

/** Weighs a script entry such as `background.js`. */
export function scriptWeight(root: string, file: string): PageWeight {
  const size = measure(root, closure(root, [file], true));
  return { page: file, firstPaint: size, total: size };
}
