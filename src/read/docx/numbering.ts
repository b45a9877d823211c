import { MC, W } from './namespaces.js';
import type { Styles } from './styles.js';
import { childElement, childElements, childValue, onOff, type XmlElement } from './xml.js';

/** What Word puts after a number: a tab (the default), a space, or nothing (`w:suff`). */
export type LevelSuffix = 'tab' | 'space' | 'nothing';

/** One level of a list (`w:lvl`): how its number is counted and written. */
export interface LevelDefinition {
  /** `w:start`: the first number (ECMA-376: 0 when absent). */
  start: number;
  /** `w:numFmt`, e.g. `chineseCounting`, `decimal`, `decimalEnclosedCircle`, `bullet`. */
  format: string;
  /** `w:lvlText`, e.g. `%1、`, `（%1）`, `%1.%2`; `%N` is level N's number. Empty when absent. */
  text: string;
  /** `w:suff`. */
  suffix: LevelSuffix;
  /**
   * `w:lvlRestart`: the (1-based) level whose use restarts this one; 0 never restarts it.
   * Absent, any higher level restarts it.
   */
  restartAfter: number | undefined;
  /** `w:isLgl`: every number in `text` is written in decimal (legal numbering, `1.1` under `一`). */
  legal: boolean;
  /** The number is hidden (`w:vanish` in the level's run properties): counted, not shown. */
  hidden: boolean;
  /** `w:pStyle`: the paragraph style this level belongs to (Heading 2 on level 1, say). */
  styleId: string | undefined;
}

/** A list as paragraphs use it (`w:num`): its levels, with the instance's overrides applied. */
export interface ListInstance {
  /**
   * What the instance counts with: its abstract definition (after `w:numStyleLink`). Instances of
   * one definition share their counters, as in Word: a list continues across instances, and an
   * instance that overrides a start restarts it where it first numbers that level.
   */
  counterKey: string;
  /** Levels 0–8; a missing level numbers nothing. */
  levels: ReadonlyArray<LevelDefinition | undefined>;
  /** `w:lvlOverride/w:startOverride`, by level. */
  startOverrides: ReadonlyMap<number, number>;
}

const levelCount = 9;
// numStyleLink → numbering style → w:num → abstractNum: one hop in practice, a loop if more.
const maxLinks = 4;

/**
 * The lists of a Word document (`word/numbering.xml`): `w:num` instances over `w:abstractNum`
 * definitions, numbering styles followed through `w:numStyleLink`.
 */
export class NumberingDefinitions {
  readonly #nums = new Map<string, XmlElement>();
  readonly #abstracts = new Map<string, XmlElement>();
  readonly #instances = new Map<string, ListInstance | undefined>();
  readonly #styles: Styles;

  /**
   * @param root The root of `word/numbering.xml`, or nothing for a document without lists.
   * @param styles The document's styles, for numbering styles.
   */
  constructor(root: XmlElement | undefined, styles: Styles) {
    for (const num of childElements(root, W, 'num')) {
      const id = num.attributes.numId;
      if (id !== undefined) this.#nums.set(id, num);
    }
    for (const abstract of childElements(root, W, 'abstractNum')) {
      const id = abstract.attributes.abstractNumId;
      if (id !== undefined) this.#abstracts.set(id, abstract);
    }
    this.#styles = styles;
  }

  /**
   * A list instance.
   *
   * @param numId A paragraph's `w:numId` (`0` is no list).
   * @returns The instance, or `undefined` when the id names no usable list.
   */
  instance(numId: string): ListInstance | undefined {
    if (this.#instances.has(numId)) return this.#instances.get(numId);
    const instance = this.#resolve(numId);
    this.#instances.set(numId, instance);
    return instance;
  }

  #resolve(numId: string): ListInstance | undefined {
    const num = this.#nums.get(numId);
    const found = this.#abstractOf(num, 0);
    if (!num || !found) return undefined;
    const levels: Array<LevelDefinition | undefined> = Array.from({ length: levelCount }, () => undefined);
    for (const lvl of childElements(found.abstract, W, 'lvl')) setLevel(levels, lvl);
    const startOverrides = new Map<number, number>();
    for (const override of childElements(num, W, 'lvlOverride')) {
      const ilvl = Number(override.attributes.ilvl);
      if (!isLevel(ilvl)) continue;
      const replacement = childElement(override, W, 'lvl');
      if (replacement) setLevel(levels, replacement, ilvl);
      const start = Number(childValue(override, W, 'startOverride'));
      if (Number.isInteger(start)) startOverrides.set(ilvl, start);
    }
    return { counterKey: found.id, levels, startOverrides };
  }

  #abstractOf(num: XmlElement | undefined, depth: number): { id: string; abstract: XmlElement } | undefined {
    const id = childValue(num, W, 'abstractNumId');
    const abstract = id === undefined ? undefined : this.#abstracts.get(id);
    if (id === undefined || !abstract) return undefined;
    const link = childValue(abstract, W, 'numStyleLink');
    if (link === undefined) return { id, abstract };
    // The definition is a numbering style's: follow the style to its list.
    const linked = this.#styles.numberingStyle(link);
    if (linked === undefined || depth >= maxLinks) return undefined;
    return this.#abstractOf(this.#nums.get(linked), depth + 1);
  }
}

const isLevel = (ilvl: number): boolean => Number.isInteger(ilvl) && ilvl >= 0 && ilvl < levelCount;

function setLevel(levels: Array<LevelDefinition | undefined>, lvl: XmlElement, at = Number(lvl.attributes.ilvl)): void {
  if (isLevel(at)) levels[at] = readLevel(lvl);
}

const suffixes = new Set<string>(['tab', 'space', 'nothing']);

function readLevel(lvl: XmlElement): LevelDefinition {
  const start = Number(childValue(lvl, W, 'start') ?? 0);
  const suffix = childValue(lvl, W, 'suff') ?? 'tab';
  const restart = childValue(lvl, W, 'lvlRestart');
  return {
    start: Number.isInteger(start) ? start : 0,
    format: numberFormat(lvl),
    text: childValue(lvl, W, 'lvlText') ?? '',
    suffix: suffixes.has(suffix) ? (suffix as LevelSuffix) : 'tab',
    restartAfter: restart === undefined || !Number.isInteger(Number(restart)) ? undefined : Number(restart),
    legal: onOff(childElement(lvl, W, 'isLgl')) ?? false,
    hidden: onOff(childElement(childElement(lvl, W, 'rPr'), W, 'vanish')) ?? false,
    styleId: childValue(lvl, W, 'pStyle'),
  };
}

// Word 2010 writes a custom format (`001, 002, 003, ...`) as an `mc:Choice` with the nearest
// standard format as its `mc:Fallback`, which is what a reader without the extension shows.
function numberFormat(lvl: XmlElement): string {
  const direct = childValue(lvl, W, 'numFmt');
  if (direct !== undefined) return direct;
  for (const alternate of childElements(lvl, MC, 'AlternateContent')) {
    const fallback = childValue(childElement(alternate, MC, 'Fallback'), W, 'numFmt');
    if (fallback !== undefined) return fallback;
  }
  return 'decimal';
}
