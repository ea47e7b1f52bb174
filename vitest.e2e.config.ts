import { defineConfig } from 'vitest/config';

// End-to-end flows in real Chromium with the built extension (.output/chrome-mv3).
// Each test file starts its own browser with a fresh profile, so files may run side by side.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
