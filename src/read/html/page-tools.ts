/**
 * The site's page tools that stand inside a document's container on Chinese government and news
 * sites — the font-size switch, print and close, share and QR-code prompts, the editor's name, the
 * "you are here" trail — which are not the document's text. A line made of nothing else is left
 * out; a line that has other text keeps it all.
 */

/**
 * The tools, each a pattern for one of them as sites write it.
 * e.g. `【字体：大 中 小】`, `字号：默认 大 超大`, `【字号 大 中 小】`, `字号：T|T`, `【打印本页】【关闭窗口】`,
 * `【我要打印】【我要纠错】`, `分享到：微信 微博 QQ空间`, `扫一扫在手机打开当前页`, `（责任编辑：王晓明、李华）`,
 * `[责任编辑:李华]`, `编辑：张小明 责任编辑：刘亮`, `当前位置：首页 > 政务公开 > 通知公告`,
 * `上一篇：关于…的通知 下一篇：…`, `返回顶部`.
 */
const pageTools: readonly RegExp[] = [
  /[【\[]?\s*(?:字体|字号)\s*[：:]?\s*(?:[大中小默认超]\s*|T\s*[|｜]?\s*)+[】\]]?/gu,
  /[【\[]?\s*(?:我要)?(?:打印(?:本页|此页|文章|正文)?|关闭(?:窗口|本页)?|返回顶部|纠错|收藏(?:本页)?|保存(?:本页)?)\s*[】\]]?/gu,
  /(?:分享到|转发到|分享)\s*[：:]?(?:\s*(?:微信朋友圈|微信|朋友圈|新浪微博|腾讯微博|人民微博|微博|QQ空间|QQ好友|QQ|豆瓣|更多)\s*[|｜、,，]?)*/gu,
  /扫一扫(?:在手机(?:上)?打开当前页|分享到\S{0,6})/gu,
  /[【\[(（]?\s*(?:责任编辑|责编|编辑)\s*[：:]\s*[\p{Script=Han}·]{1,8}(?:\s*[、，,]\s*[\p{Script=Han}·]{1,8})*\s*[】\])）]?/gu,
  /^(?:当前位置|您现在的位置|你的位置|您所在的位置)\s*[：:].*$/gu,
  /^(?:上一篇|上一条|下一篇|下一条)\s*[：:].*$/gu,
];

/**
 * Whether a line is page tools and nothing else.
 *
 * @param line A line of the page's text, white space collapsed.
 * @returns Whether to leave it out.
 */
export function isPageToolsLine(line: string): boolean {
  let rest = line;
  for (const tool of pageTools) rest = rest.replace(tool, ' ');
  return rest.trim() !== line.trim() && /^[\s|｜/·•>＞»]*$/u.test(rest);
}
