/**
 * `npm run bench`: measures the built extension in the system Chromium and prints medians and
 * p90s, each compared with a baseline measured in the same run. Budgets are reported, never
 * asserted: these machines are noisy, and a figure is worth more than a flaky red test.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { today } from '../../lib/platform/clock';
import { EXTENSION_DIR } from '../e2e/harness';
import { launch } from './browser';
import { countCommitments, writeFloor } from './floor';
import { tenYearHistory } from './history';
import { pageWeight, scriptWeight, type PageWeight } from './page-weight';
import { summarise, type Summary } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
/**
 * The datasets: none, today's list only, ten years of history; and today's list again with German
 * in force, whose new tab paints from a German snapshot (the first paint loads no translation).
 */
const DATASETS = ['empty', 'today only', 'ten-year', 'today only in German'] as const;
/** BENCH_DATASETS="today only" measures only the datasets named (comma-separated); all by default. */
const CHOSEN = process.env.BENCH_DATASETS?.split(',').map((name) => name.trim()) ?? [...DATASETS];
const RESULTS_DIR = resolve(import.meta.dirname, '../../bench-results');

/** A copy of the build with a blank page added: the floor every page load is compared against. */
function buildWithFloorPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flourish-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Blank</title>' +
      '<style>html{background:#f6f4ef}</style></head><body><p elementtiming="blank">Blank</p></body></html>',
  );
  return dir;
}

/**
 * Render times of the Element Timing `identifiers`, first contentful paint and the largest
 * contentful paint (once the identifiers are in) for a fresh load of `url`.
 */
async function loadAndTime(page: Page, url: string, identifiers: string[]) {
  await page.goto(url);
  const names = [...identifiers, 'first-contentful-paint'];
  await page
    .waitForFunction(
      (wanted) => wanted.every((name) => name in (window as unknown as { __timings: object }).__timings),
      names,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const timings = await page.evaluate(
    () => (window as unknown as { __timings: Record<string, number> }).__timings,
  );
  return Object.fromEntries([
    ['fcp', timings['first-contentful-paint'] ?? NaN],
    ['lcp', timings['largest-contentful-paint'] ?? NaN],
    ...identifiers.map((name) => [name, timings[name] ?? NaN]),
  ]) as Record<string, number>;
}

type DatasetName = (typeof DATASETS)[number];

/**
 * The data of a dataset: the ten-year history, or the same foundation and today's list with no
 * history at all (the fair baseline for "history makes nothing slower"), or nothing.
 */
function historyFor(name: DatasetName) {
  const history = tenYearHistory(today());
  if (name === 'ten-year') return history;
  // 'today only' and 'today only in German'
  const day = today();
  return {
    ...history,
    commitments: history.commitments.filter((c) => c.day === day),
    reviews: [],
    weeklyReviews: [],
  };
}

async function seedHistory(context: BrowserContext, id: string, name: DatasetName) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.getByLabel('Commit to an action').waitFor();
  const history = historyFor(name);
  await page.evaluate(
    async ({ tables }) => {
      // Five photo-sized pictures as the vision board stores them: 2560×1600 JPEGs with grain,
      // about the size a phone photo has once Flourish has scaled it.
      const images = await Promise.all(
        [0, 1, 2, 3, 4].map(async (n) => {
          const canvas = new OffscreenCanvas(2560, 1600);
          const context = canvas.getContext('2d')!;
          const gradient = context.createLinearGradient(0, 0, 2560, 1600);
          gradient.addColorStop(0, `hsl(${n * 60} 45% 35%)`);
          gradient.addColorStop(1, `hsl(${n * 60 + 40} 55% 70%)`);
          context.fillStyle = gradient;
          context.fillRect(0, 0, 2560, 1600);
          const pixels = context.getImageData(0, 0, 2560, 1600);
          let seed = n + 1;
          const channels = pixels.data;
          for (let i = 0; i < channels.length; i++) {
            if (i % 4 === 0) seed = (seed * 1103515245 + 12345) >>> 0;
            if (i % 4 !== 3) channels[i] = channels[i]! + ((seed >>> 24) % 24) - 12;
          }
          context.putImageData(pixels, 0, 0);
          const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
          return { id: n + 1, blob, caption: `Picture ${n + 1}`, order: n + 1 };
        }),
      );
      const open = indexedDB.open('flourish');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction([...Object.keys(tables), 'visionImages'], 'readwrite');
      for (const [name, rows] of Object.entries(tables))
        for (const row of rows) tx.objectStore(name).put(row);
      for (const image of images) {
        tx.objectStore('visionImages').put({
          id: image.id,
          blob: image.blob,
          caption: image.caption,
          order: image.order,
          width: 2560,
          height: 1600,
          createdAt: 1,
          updatedAt: 1,
        });
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { tables: history as unknown as Record<string, unknown[]> },
  );
  await page.close();
  return { commitments: history.commitments.length, reviews: history.reviews.length };
}

interface InsightsResult {
  period: string;
  compute: Summary;
  drawn: Summary;
  longestTask: Summary;
}

/**
 * Opens Insights for `period` `runs` times: how long the figures take to compute, how long until
 * every chart is drawn, and the longest main-thread task while the page opened.
 */
async function measureInsights(data: Dataset, period: string, runs: number): Promise<InsightsResult> {
  const page = await data.context.newPage();
  const compute: number[] = [];
  const drawn: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A different query each run: a fresh page load, not a hash change within the last one.
    await page.goto(`chrome-extension://${data.id}/options.html?run=${run}#/insights/${period}`);
    await page.waitForFunction(
      () => {
        const charts = document.querySelectorAll('canvas').length;
        return charts > 0 && performance.getEntriesByName('flourish:chart-drawn').length === charts;
      },
      undefined,
      { timeout: 30_000 },
    );
    // One more frame, so a long task that the last chart caused is counted too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const figures = await page.evaluate(() => ({
      compute: performance.getEntriesByName('flourish:insights-compute')[0]?.duration ?? NaN,
      drawn: performance.getEntriesByName('flourish:chart-drawn').at(-1)?.startTime ?? NaN,
      longest: Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
    }));
    compute.push(figures.compute);
    drawn.push(figures.drawn);
    longest.push(figures.longest);
  }
  await page.close();
  return { period, compute: summarise(compute), drawn: summarise(drawn), longestTask: summarise(longest) };
}

interface BackupResult {
  /** Chromium's IndexedDB storing the same rows with no Flourish code: the floor for the import. */
  floor: Summary;
  bytes: number;
  rowsAfterImport: number;
  exported: Summary;
  /** The export's check that the file restores, done after the file is handed over. */
  checked: Summary;
  read: Summary;
  written: Summary;
  imported: Summary;
}

/**
 * Backs up and restores (Replace everything) through the Data page `runs` times: the export from
 * the click to the file handed to the browser, the import as reading and checking the file, then
 * writing it. Each run restores the file just exported, so the data stays the same throughout.
 */
async function measureBackup(data: Dataset, runs: number): Promise<BackupResult> {
  const page = await data.context.newPage();
  await page.goto(`chrome-extension://${data.id}/options.html#/data`);
  const exported: number[] = [];
  const checked: number[] = [];
  const read: number[] = [];
  const written: number[] = [];
  let bytes = 0;
  const latest = (name: string, count: number) =>
    page
      .waitForFunction(
        ([entry, n]) => performance.getEntriesByName(entry).length === n,
        [name, count] as const,
        {
          timeout: 60_000,
        },
      )
      .then(() => page.evaluate((entry) => performance.getEntriesByName(entry).at(-1)!.duration, name));
  for (let run = 0; run < runs; run++) {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = (await (await download).path())!;
    exported.push(await latest('flourish:export', run + 1));
    checked.push(await latest('flourish:export-check', run + 1));
    bytes = statSync(file).size;
    await page.getByLabel('Backup file').setInputFiles(file);
    read.push(await latest('flourish:import-read', run + 1));
    await page.getByRole('radio', { name: /^Replace everything/ }).check();
    await page.getByRole('button', { name: 'Replace everything' }).click();
    written.push(await latest('flourish:import-write', run + 1));
  }
  const floor = await page.evaluate(writeFloor, { runs, indexes: true });
  const rowsAfterImport = await page.evaluate(countCommitments);
  await page.close();
  return {
    floor: summarise(floor),
    bytes,
    rowsAfterImport,
    exported: summarise(exported),
    checked: summarise(checked),
    read: summarise(read),
    written: summarise(written),
    imported: summarise(read.map((value, i) => value + written[i]!)),
  };
}

interface DatasetResult {
  dataset: string;
  rows: Record<string, number>;
  floorFcp: Summary;
  floorVisible: Summary;
  newTabFcp: Summary;
  visionVisible: Summary;
  todayVisible: Summary | null;
  /** The vision board picture first painted: its small copy, where the snapshot has one. */
  pictureVisible: Summary | null;
  /** The picture itself, decoded from the database, painted. */
  fullPictureVisible: Summary | null;
  largestPaint: Summary;
  popupReady: Summary;
  insights?: InsightsResult[];
  backup?: BackupResult;
}

interface Dataset {
  name: DatasetName;
  context: BrowserContext;
  id: string;
  profile: string;
  rows: Record<string, number>;
  tab: Page;
  popup: Page;
  floor: Record<string, number>[];
  newTab: Record<string, number>[];
  popupTimes: number[];
}

/** Chooses a language in Settings, as the leader would, from an extension page. */
async function chooseLanguage(context: BrowserContext, id: string, language: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/blank.html`);
  await page.evaluate(async (chosen) => {
    interface Local {
      get(key: string): Promise<Record<string, object>>;
      set(items: object): Promise<void>;
    }
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...settings, language: chosen } });
  }, language);
  await page.close();
}

async function openDataset(extension: string, name: DatasetName): Promise<Dataset> {
  const { context, id, profile } = await launch(extension);
  const rows = name === 'empty' ? { commitments: 0, reviews: 0 } : await seedHistory(context, id, name);
  if (name === 'today only in German') await chooseLanguage(context, id, 'de');
  const tab = await context.newPage();
  // Let the browser settle (IndexedDB compaction after seeding, extension start-up) before timing.
  await tab.waitForTimeout(3000);
  // Warm-up: the first new tab writes the snapshot the later ones paint from, as in daily use.
  await loadAndTime(tab, `chrome-extension://${id}/newtab.html`, ['vision']);
  await tab.waitForTimeout(500);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  return { name, context, id, profile, rows, tab, popup, floor: [], newTab: [], popupTimes: [] };
}

/** One round for one dataset: the blank floor page, the new tab, then the popup. */
async function measureRound(data: Dataset) {
  const url = (page: string) => `chrome-extension://${data.id}/${page}`;
  data.floor.push(await loadAndTime(data.tab, url('blank.html'), ['blank']));
  const withToday = data.name !== 'empty';
  data.newTab.push(
    await loadAndTime(
      data.tab,
      url('newtab.html'),
      withToday ? ['vision', 'today', 'picture', 'picture-full'] : ['vision'],
    ),
  );
  // Every extension page runs in one renderer process: let the new tab finish taking over (React,
  // the database, its picture) first, as it has long before anyone reaches for the toolbar.
  // Otherwise the popup's figure would be the new tab's start-up work as much as its own.
  await data.tab.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })),
  );
  await data.popup.goto(url('popup.html'));
  await data.popup.waitForFunction(() => performance.getEntriesByName('flourish:ready').length > 0);
  data.popupTimes.push(
    await data.popup.evaluate(() => performance.getEntriesByName('flourish:ready')[0]!.startTime),
  );
}

function resultOf(data: Dataset): DatasetResult {
  return {
    dataset: data.name,
    rows: data.rows,
    floorFcp: summarise(data.floor.map((r) => r.fcp!)),
    floorVisible: summarise(data.floor.map((r) => r.blank!)),
    newTabFcp: summarise(data.newTab.map((r) => r.fcp!)),
    visionVisible: summarise(data.newTab.map((r) => r.vision!)),
    todayVisible: data.name !== 'empty' ? summarise(data.newTab.map((r) => r.today!)) : null,
    pictureVisible: data.name !== 'empty' ? summarise(data.newTab.map((r) => r.picture!)) : null,
    fullPictureVisible: data.name !== 'empty' ? summarise(data.newTab.map((r) => r['picture-full']!)) : null,
    largestPaint: summarise(data.newTab.map((r) => r.lcp!)),
    popupReady: summarise(data.popupTimes),
  };
}

async function closeDataset(data: Dataset) {
  await data.context.close();
  rmSync(data.profile, { recursive: true, force: true });
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;

function printDataset(result: DatasetResult) {
  const floor = result.floorVisible.median;
  const rows: [string, Summary | null, string][] = [
    ['empty page: first contentful paint', result.floorFcp, ''],
    ['empty page: text visible (the floor)', result.floorVisible, '1.00×'],
    ['new tab: first contentful paint', result.newTabFcp, ratio(result.newTabFcp.median, floor)],
    [
      'new tab: vision visible',
      result.visionVisible,
      `${ratio(result.visionVisible.median, floor)} (budget 1.3×)`,
    ],
    [
      'new tab: today’s commitments visible',
      result.todayVisible,
      result.todayVisible ? ratio(result.todayVisible.median, floor) : '',
    ],
    [
      'new tab: vision board picture visible',
      result.pictureVisible,
      result.pictureVisible ? `${ratio(result.pictureVisible.median, floor)} (budget 1.3×)` : '',
    ],
    [
      'new tab: the picture itself visible',
      result.fullPictureVisible,
      result.fullPictureVisible ? ratio(result.fullPictureVisible.median, floor) : '',
    ],
    ['new tab: largest contentful paint', result.largestPaint, ratio(result.largestPaint.median, floor)],
    ['popup ready (data shown)', result.popupReady, 'budget 150 ms'],
  ];
  console.log(
    `\n${result.dataset} database (${result.rows.commitments} commitments, ${result.rows.reviews} reviews), ${RUNS} rounds of floor page, new tab and popup`,
  );
  console.table(
    rows
      .filter(([, summary]) => summary)
      .map(([metric, summary, note]) => ({
        metric,
        median: ms(summary!.median),
        p90: ms(summary!.p90),
        'vs floor / budget': note,
      })),
  );
}

function printBackup(result: BackupResult, commitments: number) {
  console.log(
    `\nBackup round trip on the ten-year database through the Data page: a ${(result.bytes / 1024 / 1024).toFixed(1)} MB file, ` +
      `${result.rowsAfterImport} of ${commitments} commitments after each restore (budget: export and import under 1 s each)`,
  );
  console.table(
    (
      [
        ['export (click to file)', result.exported],
        ['export: then checked as a restore would check it', result.checked],
        ['import: read and check the file', result.read],
        ['import: write (Replace everything)', result.written],
        ['import in all', result.imported],
        ['floor: IndexedDB alone writing the same rows', result.floor],
      ] as const
    ).map(([step, summary]) => ({
      step,
      median: ms(summary.median),
      p90: ms(summary.p90),
      worst: ms(summary.max),
      'vs floor': ratio(summary.median, result.floor.median),
    })),
  );
}

function printInsights(results: InsightsResult[]) {
  console.log(
    '\nInsights on the ten-year database (budgets: compute under 200 ms, no long task over 200 ms)',
  );
  console.table(
    results.map((r) => ({
      period: r.period,
      'compute median': ms(r.compute.median),
      'compute p90': ms(r.compute.p90),
      'all charts drawn (median)': ms(r.drawn.median),
      'longest task median': ms(r.longestTask.median),
      'longest task worst': ms(r.longestTask.max),
    })),
  );
}

/** What ten years of history cost: the ten-year database against the empty one and today's only. */
function printHistoryCost(results: DatasetResult[]) {
  const [empty, todayOnly, tenYear] = results as [DatasetResult, DatasetResult, DatasetResult];

  // Each browser has its own floor; comparing the figures relative to it removes the difference
  // between the two browsers' moments from the comparison.
  const change = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  const relative = (result: DatasetResult, summary: Summary) => summary.median / result.floorVisible.median;
  // Against the empty database (the budget), and against the same foundation and today's
  // list with no history, which isolates what ten years of history cost from what today shows.
  console.log('\nthe ten-year database against the others (budget: no more than 10% slower than empty)');
  const metrics = [
    ['new tab: vision visible', (r: DatasetResult) => r.visionVisible],
    ['popup ready', (r: DatasetResult) => r.popupReady],
  ] as const;
  console.table(
    metrics.flatMap(([metric, pick]) =>
      [empty, todayOnly].map((baseline) => ({
        metric,
        against: baseline.dataset,
        'change in ms': change(pick(baseline).median, pick(tenYear).median),
        'change relative to each run’s floor': change(
          relative(baseline, pick(baseline)),
          relative(tenYear, pick(tenYear)),
        ),
      })),
    ),
  );
}

async function main() {
  const extension = buildWithFloorPage();
  try {
    const weights: PageWeight[] = [
      ...['newtab.html', 'popup.html', 'options.html'].map((page) => pageWeight(EXTENSION_DIR, page)),
      scriptWeight(EXTENSION_DIR, 'background.js'),
    ];
    console.log('JavaScript per page (first paint = static imports; total = with dynamic imports)');
    console.table(
      weights.map((w) => ({
        page: w.page,
        'first paint raw': kb(w.firstPaint.raw),
        'first paint gzip': kb(w.firstPaint.gzip),
        'total raw': kb(w.total.raw),
        'total gzip': kb(w.total.gzip),
      })),
    );

    // One browser at a time (two would fight over two cores); within it, the floor page, the new
    // tab and the popup take turns, so each figure has a baseline from the same moments.
    const results: DatasetResult[] = [];
    for (const name of DATASETS.filter((dataset) => CHOSEN.includes(dataset))) {
      const data = await openDataset(extension, name);
      let insights: InsightsResult[] | undefined;
      let backup: BackupResult | undefined;
      try {
        for (let run = 0; run < RUNS; run++) await measureRound(data);
        if (name === 'ten-year') {
          const runs = Math.max(5, Math.round(RUNS / 3));
          insights = [await measureInsights(data, '4w', runs), await measureInsights(data, 'all', runs)];
          backup = await measureBackup(data, Math.max(3, Math.round(RUNS / 5)));
        }
      } finally {
        await closeDataset(data);
      }
      results.push({ ...resultOf(data), ...(insights && { insights }), ...(backup && { backup }) });
      printDataset(results.at(-1)!);
      if (insights) printInsights(insights);
      if (backup) printBackup(backup, data.rows.commitments ?? 0);
    }
    if (results.length === DATASETS.length) printHistoryCost(results);

    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, 'bench.json');
    writeFileSync(file, JSON.stringify({ runs: RUNS, weights, datasets: results }, null, 2));
    console.log(`\nWrote ${file}`);
  } finally {
    rmSync(extension, { recursive: true, force: true });
  }
}

await main();
