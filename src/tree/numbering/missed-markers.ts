import { markerCandidates } from '../../markers/candidates.js';
import { numberingFamily } from '../../markers/registry.js';
import { chineseNumeralChars, parseChineseNumeral } from '../../numerals/chinese.js';
import type { MarkerStyle } from '../types.js';

/** A marker that the parser left in a paragraph's text, with its place in that text. */
export interface MissedMarker {
  style: MarkerStyle;
  ordinal: number;
  marker: string;
  /** Offset in the paragraph's value. */
  start: number;
  /** `第二` with no punctuation after it: the parser does not read it as a marker at all. */
  bare: boolean;
}

// e.g. `。第二要抓好师德师风建设`: 第 and a numeral at a sentence start, with no punctuation after it.
const bareDi = new RegExp(`(?:^|[。；！？：;!?:][”’）」』》]*[ \\u3000]*)(第([${chineseNumeralChars}]{1,4}))`, 'gu');
// What makes `第一…` a word rather than a marker: 第一次, 第三方, 第二十一条, 第一时间, 第一要务.
const ordinalWord = /^(?:[次个批届年天位名轮季期章条款项部号阶段步类种级代世遍回场份日月周线大把家例笔件集页行列排组队课节时书手方产梯档等流生责印资动标原版波审站关层圈棒环幅稿卷册篇句点故语声性张样种针剂眼口只台辆艘架栋座所间处块根片枚颗0-9０-９]|要[务事素件])/u;

/**
 * The markers of a family that stand in a paragraph of a list's item but that the parser kept as
 * text: an inline number that does not continue the list (`…。三是…` after 一是, a repeated 二是),
 * and, for `第一` lists, `第二` written without its comma.
 *
 * @param value The paragraph's text.
 * @param family The list's family (`di` stands for 第一 and 首先 alike).
 * @returns The markers, in text order.
 */
export function missedMarkers(value: string, family: MarkerStyle): MissedMarker[] {
  const found: MissedMarker[] = [];
  for (const candidate of markerCandidates(value)) {
    if (candidate.ordinal === undefined || candidate.headlineOnly || numberingFamily(candidate.style) !== family) continue;
    found.push({ style: candidate.style, ordinal: candidate.ordinal, marker: candidate.marker, start: candidate.start, bare: false });
  }
  if (family !== 'di') return found;
  for (const match of value.matchAll(bareDi)) {
    const marker = match[1] as string;
    const start = (match.index ?? 0) + match[0].length - marker.length;
    const rest = value.slice(start + marker.length, start + marker.length + 2);
    // `第二，` is a marker the parser read; `第二` at the end of the text is a word.
    if (rest === '' || /^[，、：,:]/u.test(rest) || ordinalWord.test(rest)) continue;
    const ordinal = parseChineseNumeral(match[2] as string);
    if (ordinal !== undefined && ordinal >= 1) found.push({ style: 'di', ordinal, marker, start, bare: true });
  }
  return found.sort((a, b) => a.start - b.start);
}
