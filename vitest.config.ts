/**
 * Test runner settings: Node environment, a fixed time zone so that no test depends on the
 * machine's, and forks so that native SQLite handles never cross worker boundaries.
 */
import { defineConfig } from 'vitest/config';

process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['test/helpers/setup.ts'],
    // CI also writes a JSON report, from which .ci/run prints its closing count line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
