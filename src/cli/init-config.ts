import { join } from 'node:path';
import { writeAtomic } from './files.js';
import { describeError, reportError, type Io } from './io.js';
import { configNames } from './load-config.js';

/** The file `check --init` writes, in the working directory. */
export const starterConfigName = '.jyparserc.yaml';

/** The starter configuration: every key jyparse reads, commented (YAML, so comments are allowed). */
export const starterConfig = `# jyparse check: configuration (the rules: docs/rules/; CI set-ups: docs/ci.md).
# A folder below may hold its own .jyparserc.yaml: the nearer file wins, rule by rule.

# jyparse:recommended keeps each rule at its own severity; jyparse:strict makes every rule an error.
# A path (./base.yaml) or a package name works too.
extends: jyparse:recommended

# Rules by id or alias, set to off, warn or error, e.g.
#   JY004: off
#   mixed-brackets: error
rules: {}

# Files not to check (gitignore syntax, relative to this folder), e.g. ["drafts/", "*.draft.txt"].
ignores: []

# Other levels for some files, e.g.
#   - files: ["minutes/**"]
#     rules: { JY009: off }
overrides: []
`;

async function exists(path: string, io: Io): Promise<boolean> {
  try {
    await io.read(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/**
 * `jyparse check --init`: write {@link starterConfig} to `.jyparserc.yaml` in the working
 * directory, unless a configuration file is there already (a `package.json` does not count).
 *
 * @param io Where to write, and where messages go.
 * @returns The exit code: 0 written, 2 a configuration is there already or it cannot be written.
 */
export async function initConfig(io: Io): Promise<number> {
  for (const name of configNames.filter((each) => each !== 'package.json')) {
    if (await exists(join(io.cwd, name), io)) {
      reportError(io, `${name} exists already; --init writes a new configuration only where there is none`);
      return 2;
    }
  }
  try {
    await writeAtomic(join(io.cwd, starterConfigName), starterConfig);
  } catch (error) {
    reportError(io, `cannot write ${starterConfigName}: ${describeError(error)}`);
    return 2;
  }
  io.stdout(`wrote ${starterConfigName}\n`);
  return 0;
}
