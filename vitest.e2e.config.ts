import { defineConfig } from 'vitest/config';

// End-to-end flows with the built extension in real browsers: Chromium (.output/chrome-mv3) in
// every *.e2e.ts, and Firefox ESR (.output/firefox-mv3) in flows-firefox.e2e.ts, which runs the
// shared flows of flows.ts that flows-chromium.e2e.ts runs in Chromium.
// Each test file starts its own browser with a fresh profile, so files may run side by side.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Limits with room for a loaded two-core machine (two browsers, and other work, on two cores);
    // each test's own work is a few seconds: a long flow is split into tests, a loop into it.each.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A poll waits for a state (a row written, a badge set); with two browsers busy on two cores
    // that can take longer than the default second, so polls wait up to 10 s.
    expect: { poll: { timeout: 10_000 } },
    maxWorkers: 2,
  },
});
