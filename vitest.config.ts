// Test runner settings: tests live in tests/, run in threads, with a generous
// timeout for the CLI and independent-parser tests that spawn processes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
