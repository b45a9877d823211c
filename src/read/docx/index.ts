export { readDocx, type ReadDocxOptions } from './read-docx.js';
export { defaultPackageLimits, type PackageLimits } from './container.js';
