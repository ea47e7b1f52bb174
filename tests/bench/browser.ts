/** Chromium with a built extension, for `npm run bench`: a fresh profile, timings recorded from each document's start. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../e2e/harness';

/** Launches Chromium with `extension` (a built extension's folder) in a new profile. */
export async function launch(extension: string) {
  const profile = mkdtempSync(join(tmpdir(), 'flourish-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(recordTimings);
  // tsx names functions declared in the bench with a `__name` helper; functions sent to pages need it too.
  await context.addInitScript('globalThis.__name = (target) => target');
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, id, profile };
}

/**
 * Installed before every document starts: records Element Timing and paint entries from the very
 * beginning, so an element the page later replaces (the new tab's first paint) is still counted.
 */
function recordTimings() {
  const timings: Record<string, number> = {};
  (window as unknown as { __timings: Record<string, number> }).__timings = timings;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier?: string;
      renderTime?: number;
      loadTime?: number;
    })[]) {
      const name = entry.entryType === 'element' ? entry.identifier! : entry.name;
      const time = entry.entryType === 'element' ? entry.renderTime || entry.loadTime! : entry.startTime;
      if (!(name in timings)) timings[name] = time;
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!(entry.name in timings)) timings[entry.name] = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  // The page's largest paint so far (in the new tab, its picture once it is drawn).
  new PerformanceObserver((list) => {
    const latest = list.getEntries().at(-1);
    if (latest) timings['largest-contentful-paint'] = latest.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const longTasks: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = longTasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}
