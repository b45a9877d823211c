/**
 * The numbers a browser shows before the items of an ordered list (`<ol>`), which are not in the
 * page's text: `start`, `reversed`, an item's `value`, the `type` attribute and the CSS
 * `list-style-type` of the list, written with the counter style's suffix (`1.`, `a.`, `一、`).
 */

import type { Element } from 'hast';
import { formatListNumber } from '../docx/number-format.js';
import { attribute, inlineStyle, isElement } from './elements.js';

/** A counter style: Word's name for the same number format, and the suffix CSS writes after it. */
interface CounterStyle {
  format: string;
  suffix: string;
}

// e.g. <ol type="a">, <ol style="list-style-type: cjk-ideographic">
const byType: Record<string, CounterStyle> = {
  '1': { format: 'decimal', suffix: '.' },
  a: { format: 'lowerLetter', suffix: '.' },
  A: { format: 'upperLetter', suffix: '.' },
  i: { format: 'lowerRoman', suffix: '.' },
  I: { format: 'upperRoman', suffix: '.' },
};
// CSS Counter Styles: the Chinese informal styles write 一、十一、一百、, cjk-decimal 一〇、.
const byListStyle: Record<string, CounterStyle | null> = {
  decimal: { format: 'decimal', suffix: '.' },
  'decimal-leading-zero': { format: 'decimalZero', suffix: '.' },
  'lower-alpha': { format: 'lowerLetter', suffix: '.' },
  'lower-latin': { format: 'lowerLetter', suffix: '.' },
  'upper-alpha': { format: 'upperLetter', suffix: '.' },
  'upper-latin': { format: 'upperLetter', suffix: '.' },
  'lower-roman': { format: 'lowerRoman', suffix: '.' },
  'upper-roman': { format: 'upperRoman', suffix: '.' },
  'cjk-decimal': { format: 'ideographDigital', suffix: '、' },
  'cjk-ideographic': { format: 'chineseCountingThousand', suffix: '、' },
  'simp-chinese-informal': { format: 'chineseCountingThousand', suffix: '、' },
  'trad-chinese-informal': { format: 'chineseCountingThousand', suffix: '、' },
  none: null,
  disc: null,
  circle: null,
  square: null,
};

function counterStyle(list: Element): CounterStyle | null {
  const listStyle = inlineStyle(list).get('list-style-type') ?? inlineStyle(list).get('list-style')?.split(/\s+/u).find((word) => word in byListStyle);
  if (listStyle !== undefined && listStyle in byListStyle) return byListStyle[listStyle] ?? null;
  return byType[attribute(list, 'type') ?? '1'] ?? (byType['1'] as CounterStyle);
}

/** Counts the items of one ordered list as a browser does. */
export class ListNumbers {
  private readonly style: CounterStyle | null;
  private readonly step: number;
  private next: number;

  /**
   * @param list The `<ol>` element.
   */
  constructor(list: Element) {
    this.style = counterStyle(list);
    this.step = list.properties['reversed'] === true ? -1 : 1;
    const items = list.children.filter((child) => isElement(child, 'li')).length;
    const start = integer(attribute(list, 'start'));
    this.next = start ?? (this.step === 1 ? 1 : items);
  }

  /**
   * The number the browser shows before an item, counting it.
   *
   * @param item The `<li>` element.
   * @returns e.g. `3.`, or `''` when the list shows no numbers.
   */
  label(item: Element): string {
    const value = integer(attribute(item, 'value')) ?? this.next;
    this.next = value + this.step;
    return this.style === null ? '' : formatListNumber(value, this.style.format) + this.style.suffix;
  }
}

function integer(text: string | undefined): number | undefined {
  const value = text === undefined ? Number.NaN : Number.parseInt(text, 10);
  return Number.isFinite(value) ? value : undefined;
}
