import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the 50 MB file, the 1 MB line, packing and installing, start-up, and the
// batches of hundreds of inputs on several threads, and the sweeps that the fast suite samples
// (test/numbering.test.ts over every extracted text). Minutes of CPU, so not in `npm test`.
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts', 'test/numbering.test.ts'],
    env: { JYPARSE_ALL_FIXTURES: '1' },
    testTimeout: 300_000,
  },
});
