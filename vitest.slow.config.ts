import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the 50 MB file, the 1 MB line, packing and installing, start-up, and the
// batches of hundreds of inputs on several threads. Minutes of CPU, so not in `npm test`.
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
