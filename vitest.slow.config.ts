import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the 50 MB file, the 1 MB line, packing and installing, start-up, and the
// batches of hundreds of inputs on several threads, and the sweeps that the fast suite samples
// (test/numbering.test.ts over every extracted text; test/api.test.ts's TypeScript view of the
// exports and the docs/api.md examples, a process each; test/parse-async.test.ts's pages of every
// PDF fixture). Minutes of CPU, so not in `npm test`.
export default defineConfig({
  test: {
    // With JYPARSE_SLOW, these files of the fast suite also run what they keep for the slow one.
    include: ['test/slow/**/*.test.ts', 'test/numbering.test.ts', 'test/api.test.ts', 'test/parse-async.test.ts'],
    env: { JYPARSE_SLOW: '1' },
    testTimeout: 300_000,
  },
});
