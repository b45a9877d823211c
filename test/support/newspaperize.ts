// The workplace's newspaperize tool as a function (same algorithm, same output for the same seed):
// one copy in the project, in plain JavaScript for the benchmark, typed in its .d.mts.
export { newspaperize } from '../../scripts/bench/newspaperize.mjs';
