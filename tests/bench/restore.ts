/**
 * `npm run bench`, the restore: a ten-year backup restored (Replace everything) through the Data
 * page of the built extension in Chromium, `BENCH_RESTORE_RUNS` times after one warm-up. After each
 * restore, in the same page, IndexedDB's own floor: the same rows written with no Flourish code,
 * into stores with keys only (what any restore must pay), then with Flourish's indexes. Each
 * restore is compared with the floor measured right after it, as the machine may be busy. Then the
 * same, with the backup protected by a password: the read step then includes deriving the key
 * (PBKDF2, 600,000 iterations), decrypting and unzipping.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { protectBackup } from '../../lib/domain/backup/protect';
import { today } from '../../lib/platform/clock';
import { EXTENSION_DIR } from '../e2e/harness';
import { launch } from './browser';
import { countCommitments, writeFloor } from './floor';
import { summarise, type Summary } from './stats';
import { tenYearBackup } from './ten-year-backup';

const RUNS = Number(process.env.BENCH_RESTORE_RUNS ?? 7);
const RESULTS_DIR = resolve(import.meta.dirname, '../../bench-results');

interface Run {
  read: number;
  written: number;
  floor: number;
  floorIndexed: number;
}

const PASSWORD = 'Ten years of Flourish';

/**
 * Restores `file` through the Data page: read and check it (typing its password, if it has one),
 * then Replace everything.
 */
async function restore(page: Page, id: string, file: string, run: number, password?: string) {
  await page.goto(`chrome-extension://${id}/options.html?run=${run}#/data`);
  const measured = (name: string) =>
    page
      .waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name, { timeout: 120_000 })
      .then(() => page.evaluate((entry) => performance.getEntriesByName(entry)[0]!.duration, name));
  await page.getByLabel('Backup file').setInputFiles(file);
  if (password !== undefined) {
    // The first look finds it locked; what is measured is the check that opens it.
    const field = page.getByLabel('Password of the backup');
    await field.fill(password, { timeout: 120_000 });
    await page.evaluate(() => performance.clearMeasures('flourish:import-read'));
    await page.getByRole('button', { name: 'Open the backup' }).click();
  }
  const read = await measured('flourish:import-read');
  const replace = page.getByRole('radio', { name: /^Replace everything/ });
  const problem = page.getByRole('alert');
  await replace.or(problem).first().waitFor({ timeout: 120_000 });
  if (await problem.isVisible()) throw new Error(`The restore was refused: ${await problem.innerText()}`);
  await replace.check();
  await page.getByRole('button', { name: 'Replace everything' }).click({ timeout: 120_000 });
  const written = await measured('flourish:import-write');
  return { read, written };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

function print(
  title: string,
  runs: Run[],
  rows: Record<string, number>,
  bytes: number,
  load: [number, number],
) {
  const floor = summarise(runs.map((r) => r.floor));
  const line = (step: string, values: number[]) => {
    const s: Summary = summarise(values);
    return {
      step,
      median: ms(s.median),
      min: ms(s.min),
      max: ms(s.max),
      'vs floor': times(s.median / floor.median),
      'vs floor, run by run (median, min–max)': (() => {
        const ratios = summarise(values.map((value, i) => value / runs[i]!.floor));
        return `${times(ratios.median)} (${times(ratios.min)}–${times(ratios.max)})`;
      })(),
    };
  };
  console.log(
    `\n${title} through the Data page: a ${(bytes / 1024 / 1024).toFixed(1)} MB file, ` +
      `${rows.commitments} commitments, ${rows.reviews} daily reviews, ${rows.weeklyReviews} weekly reviews; ` +
      `${runs.length} runs after a warm-up (budget: under 2 s; load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end)`,
  );
  console.table([
    line(
      'read and check the file (in a worker)',
      runs.map((r) => r.read),
    ),
    line(
      'write (Replace everything)',
      runs.map((r) => r.written),
    ),
    line(
      'restore in all',
      runs.map((r) => r.read + r.written),
    ),
    line(
      'floor: IndexedDB alone, the same rows, keys only',
      runs.map((r) => r.floor),
    ),
    line(
      'IndexedDB alone, the same rows, Flourish’s indexes',
      runs.map((r) => r.floorIndexed),
    ),
  ]);
}

/** Restores `file` once to warm up, then `RUNS` times, each followed by IndexedDB's floor. */
async function measure(file: string, commitments: number, password?: string): Promise<Run[]> {
  const { context, id, profile } = await launch(EXTENSION_DIR);
  const runs: Run[] = [];
  try {
    const page = await context.newPage();
    await restore(page, id, file, 0, password);
    // Only this page: another one's live queries would answer each restore on the same renderer.
    for (const other of context.pages()) if (other !== page) await other.close();
    for (let run = 1; run <= RUNS; run++) {
      const { read, written } = await restore(page, id, file, run, password);
      const [floor] = await page.evaluate(writeFloor, { runs: 1, indexes: false });
      const [floorIndexed] = await page.evaluate(writeFloor, { runs: 1, indexes: true });
      runs.push({ read, written, floor: floor!, floorIndexed: floorIndexed! });
    }
    const restored = await page.evaluate(countCommitments);
    if (restored !== commitments) throw new Error(`${restored} of ${commitments} commitments were restored`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return runs;
}

async function main() {
  const backup = tenYearBackup(today());
  const rows = Object.fromEntries(Object.entries(backup.tables).map(([name, list]) => [name, list.length]));
  const dir = mkdtempSync(join(tmpdir(), 'flourish-bench-restore-'));
  const file = join(dir, 'flourish-backup-ten-years.json');
  const protectedFile = join(dir, 'flourish-backup-ten-years-protected.json');
  const text = JSON.stringify(backup);
  const sealed = await protectBackup(text, PASSWORD);
  writeFileSync(file, text);
  writeFileSync(protectedFile, sealed);
  const loadBefore = loadavg()[0]!;
  let plain: Run[];
  let locked: Run[];
  try {
    plain = await measure(file, rows.commitments!);
    locked = await measure(protectedFile, rows.commitments!, PASSWORD);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const load: [number, number] = [loadBefore, loadavg()[0]!];
  print('Ten-year restore', plain, rows, Buffer.byteLength(text), load);
  print('Ten-year restore, protected by a password,', locked, rows, Buffer.byteLength(sealed), load);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = join(RESULTS_DIR, 'restore.json');
  writeFileSync(
    out,
    JSON.stringify(
      {
        rows,
        bytes: Buffer.byteLength(text),
        protectedBytes: Buffer.byteLength(sealed),
        load,
        runs: plain,
        protectedRuns: locked,
      },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${out}`);
}

await main();
