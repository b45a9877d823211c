import type { FileResult, Lang, Rule } from '../types.js';

/** What a reporter knows besides the results. */
export interface ReportOptions {
  lang: Lang;
  /** Whether to colour the report (the CLI decides: a terminal, `NO_COLOR`, `FORCE_COLOR`). */
  color: boolean;
  /** The rules of the run, for reporters that describe them (SARIF). */
  rules: readonly Rule[];
  /** The version of jyparse, for reporters that name the tool. */
  version: string;
  /** The working directory, which relative file names are relative to. */
  cwd?: string;
  /** The repository's top: SARIF and GitLab paths are relative to it (default: `cwd`). */
  root?: string;
}

/** A reporter: a pure function from the results of a run to the text to print. */
export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;
