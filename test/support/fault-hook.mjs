// Loaded with `node --import` by test/faults.test.ts: writing as JSON a string that holds the
// words 注入故障 ("injected fault") throws, on every thread, as a bug in jyparse would. Nothing
// else changes.
const stringify = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (typeof value === 'string' && value.includes('注入故障')) throw new Error('injected fault');
  return stringify.call(this, value, ...rest);
};
