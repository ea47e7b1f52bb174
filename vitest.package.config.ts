import { defineConfig } from 'vitest/config';

// Checks on the store packages, run by `npm run test:package` after `wxt zip` has made them.
export default defineConfig({
  test: {
    name: 'package',
    environment: 'node',
    include: ['tests/package/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
