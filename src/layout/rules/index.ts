import { addressee } from './addressee.js';
import { blankAfterColon } from './blank-after-colon.js';
import { blankAfterComma } from './blank-after-comma.js';
import { blankAfterIndentedHeadline } from './blank-after-indented-headline.js';
import { blankAfterSentenceEnd } from './blank-after-sentence-end.js';
import { blankAfterShortHeadline } from './blank-after-short-headline.js';
import { blankAfterSubtitle } from './blank-after-subtitle.js';
import { blankAfterTitle } from './blank-after-title.js';
import { blankAfterWideLine } from './blank-after-wide-line.js';
import { blankBeforeIndent } from './blank-before-indent.js';
import { blankBeforeMarkerUnderHeadline } from './blank-before-marker-under-headline.js';
import { blankBeforeMarker } from './blank-before-marker.js';
import { blankBeforeTail } from './blank-before-tail.js';
import { blankColumnCut } from './blank-column-cut.js';
import { blankInEqualLines } from './blank-in-equal-lines.js';
import { blankInTitleStack } from './blank-in-title-stack.js';
import { blankInsideNumber } from './blank-inside-number.js';
import { blankInsideParagraph } from './blank-inside-paragraph.js';
import { bodyText } from './body-text.js';
import { dateLine } from './date-line.js';
import { documentNumber } from './document-number.js';
import { firstLine } from './first-line.js';
import { fullLineRunsOn } from './full-line-runs-on.js';
import { headingEndsSentence } from './heading-ends-sentence.js';
import { headingStyle } from './heading-style.js';
import { headlineShape } from './headline-shape.js';
import { indentedLine } from './indented-line.js';
import { lastBlock } from './last-block.js';
import { markerStartsLine } from './marker-starts-line.js';
import { markerUnderHeadline } from './marker-under-headline.js';
import { nameOverDate } from './name-over-date.js';
import { newsLead } from './news-lead.js';
import { readerFacts } from './reader-facts.js';
import { sentenceEndBeforeHeadline } from './sentence-end-before-headline.js';
import { sentenceEndBeforeMarker } from './sentence-end-before-marker.js';
import { sentenceEndBeforeNarrower } from './sentence-end-before-narrower.js';
import { sentenceEndFullLine } from './sentence-end-full-line.js';
import { sentenceEndShortLine } from './sentence-end-short-line.js';
import { shortLine } from './short-line.js';
import { spansColumns } from './spans-columns.js';
import { subtitleLine } from './subtitle-line.js';
import { unwrappedText } from './unwrapped-text.js';
import { wideLine } from './wide-line.js';
import { noTitle } from './no-title.js';
import { pageFurniture } from './page-furniture.js';
import { blankLine } from './blank-line.js';
import { subtitleDashLine } from './subtitle-dash-line.js';
import { titleFirstBlock } from './title-first-block.js';
import { titleRepeat } from './title-repeat.js';
import { titleRunsOn } from './title-runs-on.js';
import type { HeadRule, JoinRule, KindRule, PageRule, TitleRule } from './types.js';

/**
 * The join rules, in the order the layout stage asks them (SPEC section 4): the first that
 * decides whether a line runs on into the block before it, or starts a block, wins. Rules that
 * look at every line come first, then those of a run of lines (`gap: 'run'`) and those across a
 * blank line (`gap: 'blank'`); each list ends with a rule that always decides.
 */
export const joinRules: readonly JoinRule[] = [
  readerFacts,
  unwrappedText,
  spansColumns,
  subtitleLine,
  newsLead,
  addressee,
  dateLine,
  documentNumber,
  shortLine,
  wideLine,
  markerStartsLine,
  indentedLine,
  markerUnderHeadline,
  sentenceEndShortLine,
  sentenceEndBeforeMarker,
  sentenceEndBeforeHeadline,
  sentenceEndBeforeNarrower,
  sentenceEndFullLine,
  fullLineRunsOn,
  blankAfterSentenceEnd,
  blankAfterSubtitle,
  blankBeforeIndent,
  blankAfterComma,
  blankInsideNumber,
  blankBeforeMarkerUnderHeadline,
  blankBeforeMarker,
  blankInsideParagraph,
  blankBeforeTail,
  blankAfterShortHeadline,
  blankAfterTitle,
  blankAfterWideLine,
  blankAfterIndentedHeadline,
  blankInEqualLines,
  blankAfterColon,
  blankInTitleStack,
  blankColumnCut,
];

/** The kind rules, in order: the first that decides makes a block a headline or a paragraph. */
export const kindRules: readonly KindRule[] = [headingStyle, headlineShape, bodyText];

/** The demotion rules, asked of a headline in order: the first that decides makes it a paragraph. */
export const demotionRules: readonly KindRule[] = [lastBlock, nameOverDate, headingEndsSentence];

/**
 * The head rules, in order (SPEC section 2): the first that finds the title and subtitle wins.
 * The first, a subtitle line, may stand anywhere: the rules after it wait until none can come.
 */
export const headRules: readonly HeadRule[] = [subtitleDashLine, titleRepeat, titleFirstBlock, noTitle];

/** The rules that tell whether a headline goes on with the title above it. */
export const titleRules: readonly TitleRule[] = [titleRunsOn];

/** The page stage's line decisions that `explain` names (the page stage makes them, in `page/`). */
export const pageRules: readonly PageRule[] = [pageFurniture, blankLine];

export { firstLine };

/** Every layout rule, by kind, in the order each stage asks them. */
export const layoutRules = {
  page: pageRules,
  join: [firstLine, ...joinRules],
  kind: [...kindRules, ...demotionRules],
  head: headRules,
  title: titleRules,
} as const;
