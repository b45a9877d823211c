import { listLabel } from './list-label.js';
import type { LevelDefinition, ListInstance, NumberingDefinitions } from './numbering.js';

const levelCount = 9;

/**
 * Whether using level `used` restarts level `level` (`w:lvlRestart`): by default any higher level
 * does; `w:lvlRestart` N limits it to levels 1 to N (1-based), 0 to none; a value naming the
 * level itself or a deeper one is ignored (ECMA-376 17.9.10).
 */
function restartsWith(definition: LevelDefinition | undefined, level: number, used: number): boolean {
  const after = definition?.restartAfter;
  if (after === 0) return false;
  return used < (after === undefined || after > level ? level : after);
}

/**
 * Word's list counters, paragraph after paragraph in body order.
 *
 * Counts are kept per abstract definition, so that a list goes on where a paragraph of another
 * instance of it left off (Word makes a new instance for every "continue numbering" as for every
 * "restart"); an instance's `w:startOverride` restarts a level where the instance first numbers it.
 * Using a level resets the deeper ones, which start again at their `w:start`.
 */
export class ListCounters {
  readonly #counts = new Map<string, Array<number | undefined>>();
  readonly #entered = new Set<string>();
  readonly #numbering: NumberingDefinitions;

  /**
   * @param numbering The document's lists.
   */
  constructor(numbering: NumberingDefinitions) {
    this.#numbering = numbering;
  }

  /**
   * The list a paragraph is numbered in.
   *
   * @param numId The paragraph's `w:numId`.
   */
  list(numId: string): ListInstance | undefined {
    return numId === '0' ? undefined : this.#numbering.instance(numId);
  }

  /**
   * Count a numbered paragraph.
   *
   * @param numId Its `w:numId`.
   * @param ilvl Its level.
   * @returns Its label as typed (`一、`, `（二）`, `3.`), `''` for a hidden number, `undefined`
   *   when the list or level does not exist (no number shows).
   */
  count(numId: string, ilvl: number): string | undefined {
    const list = this.list(numId);
    const level = list?.levels[ilvl];
    if (!list || !level) return undefined;
    let counts = this.#counts.get(list.counterKey);
    if (!counts) this.#counts.set(list.counterKey, (counts = []));
    const entry = `${numId}/${ilvl}`;
    const override = this.#entered.has(entry) ? undefined : list.startOverrides.get(ilvl);
    this.#entered.add(entry);
    const previous = counts[ilvl];
    counts[ilvl] = override ?? (previous === undefined ? level.start : previous + 1);
    for (let deeper = ilvl + 1; deeper < levelCount; deeper++) {
      if (restartsWith(list.levels[deeper], deeper, ilvl)) counts[deeper] = undefined;
    }
    return level.hidden ? '' : listLabel(list.levels, ilvl, counts);
  }
}
