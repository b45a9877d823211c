import { reflow, type Block } from '../layout/reflow.js';
import type { Document } from '../tree/types.js';
import { runProblems, type RunProblem } from '../tree/numbering/run-problems.js';
import { numberingRuns, type NumberingRun } from '../tree/numbering/runs.js';
import { sourceText, type SourceText } from '../tree/numbering/source-span.js';

/** What a rule sees: the tree, its source, and what several rules share, computed once. */
export interface RuleContext {
  readonly tree: Document;
  readonly source: SourceText;
  /** The numbering runs of the tree. */
  runs(): readonly NumberingRun[];
  /** The numbering mistakes of a run (JY001 to JY004 share them). */
  problems(run: NumberingRun): readonly RunProblem[];
  /** The source's paragraphs and headlines as the parser rebuilt them; empty without the source. */
  blocks(): readonly Block[];
}

/**
 * Build the context the rules of one document share.
 *
 * @param tree The jyparse tree.
 * @param text The decoded text it was parsed from, if known.
 * @returns The context; its shared parts are computed on first use.
 */
export function createContext(tree: Document, text: string | undefined): RuleContext {
  const source = sourceText(text);
  let runs: NumberingRun[] | undefined;
  let blocks: Block[] | undefined;
  const problems = new WeakMap<NumberingRun, RunProblem[]>();
  return {
    tree,
    source,
    runs: () => (runs ??= numberingRuns(tree, source)),
    problems: (run) => {
      let found = problems.get(run);
      if (!found) problems.set(run, (found = runProblems(run)));
      return found;
    },
    blocks: () => (blocks ??= text === undefined ? [] : reflow(text)),
  };
}
