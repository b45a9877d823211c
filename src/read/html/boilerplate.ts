/**
 * What of a page is not the document: the rules that leave an element out, with everything in
 * it — scripts and styles, hidden elements, the site's banner, navigation and footer, sidebars,
 * share bars and comments — in an ordered registry, each with its examples (STYLE.md: heuristics
 * are named rules too). The words the class and id rules look for are listed with where they
 * come from.
 */

import type { Element } from 'hast';
import { attribute, inlineStyle, type Parent } from './elements.js';

/** A rule that says an element (and all it holds) is not part of the document. */
export interface BoilerplateRule {
  id: string;
  description: string;
  /** Elements it leaves out, as HTML. */
  examples: readonly string[];
  /**
   * @param element The element.
   * @param ancestors Its ancestors, nearest last.
   * @returns Whether the element is boilerplate.
   */
  test(element: Element, ancestors: readonly Parent[]): boolean;
}

// Elements that hold no document text: code, styles, embedded documents, forms and their
// controls, graphics.
const nonTextTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
  'audio', 'video', 'map', 'form', 'button', 'select', 'textarea', 'input', 'option', 'datalist', 'dialog', 'head', 'title', 'nav',
  'aside', 'footer', 'menu',
]);

// A <header> is the site's banner only when it is no article's, section's or main's own
// (HTML-AAM: `header` maps to `banner` outside sectioning content).
const sectioning = new Set(['article', 'aside', 'main', 'nav', 'section']);

// ARIA landmark and widget roles of what surrounds a document.
const furnitureRoles = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog', 'tablist']);

/**
 * Words in a class or id that name page furniture, matched anywhere in the name (`topnav`,
 * `bdsharebuttonbox`), as readability's `unlikelyCandidates` does. English as site templates
 * write them, and the pinyin Chinese sites use: daohang 导航, dqwz 当前位置 (you are here),
 * mianbaoxie 面包屑 (breadcrumb), fenxiang 分享, pinglun 评论, xgxw / xgwz 相关新闻 / 相关文章,
 * banquan 版权, erweima 二维码 (the QR code to open the page on a phone).
 */
const furnitureWords = [
  'nav', 'menu', 'breadcrumb', 'crumb', 'footer', 'share', 'comment', 'sidebar', 'copyright', 'toolbar', 'related', 'recommend',
  'advert', 'banner', 'popup', 'qrcode', 'login', 'pagination', 'pager', 'daohang', 'dqwz', 'mianbaoxie', 'fenxiang', 'pinglun',
  'xgxw', 'xgwz', 'banquan', 'erweima', 'bread',
];
const furnitureName = new RegExp(furnitureWords.join('|'), 'u');

// A name that also says content (`comment-content` aside, `main-nav` is furniture) is not left
// out by its name: readability's `okMaybeItsACandidate`, with the names Chinese CMSs give the
// document's container (TRS_Editor, UCAP-CONTENT, rm_txt_con, content_area, detail, zoom).
const contentName = /content|article|detail|editor|zoom|main(?!-?nav|-?menu)|txt|text/u;

// The utility classes of CSS frameworks and site templates that hide an element.
const hidingClasses = new Set(['hidden', 'hide', 'sr-only', 'visually-hidden', 'visuallyhidden', 'invisible', 'd-none']);

const styleHides = (element: Element): boolean => {
  const style = inlineStyle(element);
  if (style.get('display') === 'none' || style.get('visibility') === 'hidden') return true;
  return (attribute(element, 'className') ?? '').toLowerCase().split(/\s+/u).some((name) => hidingClasses.has(name));
};

/** The rules, in the order they are asked. */
export const boilerplateRules: readonly BoilerplateRule[] = [
  {
    id: 'html-non-text',
    description: 'scripts, styles, embedded documents, forms, graphics, and the navigation, asides, footers and menus HTML marks as such',
    examples: ['<script>var _hmt = [];</script>', '<nav><a href="/">首页</a></nav>', '<footer>版权所有：临江市人民政府办公室</footer>', '<form><input name="q"></form>'],
    test: (element) => nonTextTags.has(element.tagName),
  },
  {
    id: 'html-banner',
    description: 'the site’s header, a <header> that belongs to no article, section or main',
    examples: ['<body><header><h1 class="logo">临江市人民政府</h1></header>…', 'but not <article><header><h1>关于…的通知</h1></header>…'],
    test: (element, ancestors) => element.tagName === 'header' && !ancestors.some((ancestor) => ancestor.type === 'element' && sectioning.has(ancestor.tagName)),
  },
  {
    id: 'html-hidden',
    description: 'what the page does not show: the hidden attribute, aria-hidden, display: none, visibility: hidden, a hiding class',
    examples: ['<div hidden>…</div>', '<div style="display:none">…</div>', '<span aria-hidden="true">…</span>', '<div class="hide">…</div>'],
    test: (element) => element.properties['hidden'] === true || attribute(element, 'ariaHidden') === 'true' || styleHides(element),
  },
  {
    id: 'html-furniture-role',
    description: 'an element whose ARIA role is a landmark or widget of the page around the document',
    examples: ['<div role="navigation">…</div>', '<div role="contentinfo">…</div>'],
    test: (element) => (attribute(element, 'role') ?? '').toLowerCase().split(/\s+/u).some((role) => furnitureRoles.has(role)),
  },
  {
    id: 'html-furniture-name',
    description: 'an element whose class or id names navigation, a breadcrumb, a share bar, comments, a sidebar, the footer or copyright, unless it also names content',
    examples: ['<div class="bdsharebuttonbox">分享到：…</div>', '<div id="topNav">…</div>', '<div class="dqwz">当前位置：首页 > 政务公开</div>', '<div class="comment-list">…</div>', 'but not <div class="comment-content">'],
    test(element) {
      if (element.tagName === 'body' || element.tagName === 'html' || element.tagName === 'main' || element.tagName === 'article') return false;
      const names = `${attribute(element, 'className') ?? ''} ${attribute(element, 'id') ?? ''}`.toLowerCase();
      return furnitureName.test(names) && !contentName.test(names);
    },
  },
];

/**
 * The rule that leaves an element out, if one does.
 *
 * @param element The element.
 * @param ancestors Its ancestors, nearest last.
 * @returns The rule's id, or `undefined` when the element may be document text.
 */
export function boilerplateRuleFor(element: Element, ancestors: readonly Parent[]): string | undefined {
  return boilerplateRules.find((rule) => rule.test(element, ancestors))?.id;
}

/**
 * Take the boilerplate out of a page, in place.
 *
 * @param parent The page (or part of it).
 * @param ancestors The ancestors of `parent`, nearest last.
 */
export function removeBoilerplate(parent: Parent, ancestors: Parent[] = []): void {
  ancestors.push(parent);
  parent.children = parent.children.filter((child) => child.type === 'text' || (child.type === 'element' && boilerplateRuleFor(child, ancestors) === undefined));
  for (const child of parent.children) if (child.type === 'element') removeBoilerplate(child, ancestors);
  ancestors.pop();
}
