import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExtracted } from '../src/parse.js';
import { boilerplateRules } from '../src/read/html/boilerplate.js';
import { charsetInContentType, declaredCharset } from '../src/read/html/charset.js';
import { breakRules } from '../src/read/html/line-break.js';
import { isPageToolsLine } from '../src/read/html/page-tools.js';
import { readHtml } from '../src/read/html/read-html.js';
import { read } from '../src/read/read.js';
import { ReadError, type LineFacts } from '../src/read/types.js';
import { expectInvariants } from './support/invariants.js';
import { parseGold, scoreTree } from './support/outline.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const page = (body: string, head = '<meta charset="utf-8">'): Uint8Array => utf8(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const textOf = (body: string, head?: string): string => readHtml(page(body, head)).text;
const linesOf = (body: string, head?: string): string[] => textOf(body, head).split('\n').slice(0, -1);
const factsOf = (body: string, head?: string): Array<Omit<LineFacts, 'line'>> => readHtml(page(body, head)).facts.map(({ line: _line, ...facts }) => facts);

// GB2312 bytes of a few characters, as a GBK page holds them: 通知 一、
const gbk = { 通知: [0xcd, 0xa8, 0xd6, 0xaa], 一: [0xd2, 0xbb], 顿号: [0xa1, 0xa2] };
const gbkPage = (head: string): Uint8Array =>
  new Uint8Array([...utf8(`<html><head>${head}</head><body><p>`), ...gbk.一, ...gbk.顿号, ...gbk.通知, ...utf8('</p></body></html>')]);

function reasonFor(bytes: Uint8Array): string {
  try {
    readHtml(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).format).toBe('html');
    return (error as ReadError).message;
  }
  throw new Error('read without an error');
}

describe('the charset of a page', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb2312'],
    ['<meta charset=GBK>', 'GBK'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb2312'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=\'utf-8\'">', 'utf-8'],
    ['<meta name="description" content="charset=gbk">', undefined],
    ['<meta http-equiv="refresh" content="5; charset=gbk">', undefined],
    ['', undefined],
  ])('%s declares %s', (head, label) => {
    expect(declaredCharset(utf8(`<html><head>${head}</head><body></body></html>`))).toBe(label);
  });

  it('finds the charset in a Content-Type value as the HTML standard does', () => {
    expect(['text/html; charset=GB2312', 'text/html;charset="utf-8"', "charset = 'gbk'", 'text/html'].map(charsetInContentType)).toEqual(['GB2312', 'utf-8', 'gbk', undefined]);
  });

  it('decodes GB2312, GBK and GB18030 pages by their declaration, and says gb18030', () => {
    for (const head of ['<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', '<meta charset="GB18030">']) {
      expect(readHtml(gbkPage(head))).toMatchObject({ text: '一、通知\n', encoding: 'gb18030', notes: [] });
    }
  });

  it('reads an undeclared page as UTF-8, else GB18030, as a text file', () => {
    expect(readHtml(gbkPage(''))).toMatchObject({ text: '一、通知\n', encoding: 'gb18030', notes: [] });
    expect(readHtml(utf8('<p>一、通知</p>'))).toMatchObject({ text: '一、通知\n', encoding: 'utf8' });
  });

  it('takes a byte order mark over the declaration', () => {
    expect(readHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...page('<p>一、通知</p>', '<meta charset="gbk">')]))).toMatchObject({ text: '一、通知\n', encoding: 'utf8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from('<p>一、通知</p>', (char) => char.charCodeAt(0)).buffer)]);
    expect(readHtml(utf16)).toMatchObject({ text: '一、通知\n', encoding: 'utf16le' });
  });

  it('reads a page that says UTF-8 and is GBK by its bytes, and says so', () => {
    expect(readHtml(gbkPage('<meta charset="utf-8">'))).toMatchObject({
      text: '一、通知\n', encoding: 'gb18030', notes: [{ ruleId: 'JY029/html-wrong-charset', reason: 'the page says it is `utf-8` but is not; read as GB18030' }],
    });
  });

  it('reads bytes its declared encoding lacks as a browser does, and counts them', () => {
    const bytes = new Uint8Array([...page('<p>一、', '<meta charset="gbk">'), 0xff, ...utf8('</p>')]);
    expect(readHtml(bytes)).toMatchObject({ encoding: 'gb18030', notes: [{ ruleId: 'JY029/html-wrong-charset', reason: '1 byte sequence is not valid gbk, the encoding the page declares; read as �' }] });
  });

  it('reads a page in an encoding it does not know as UTF-8, and says so', () => {
    expect(readHtml(page('<p>一、通知</p>', '<meta charset="x-klingon">'))).toMatchObject({
      text: '一、通知\n', encoding: 'utf8', notes: [{ ruleId: 'JY028/html-unknown-charset', reason: 'the page declares an encoding jyparse does not know (`x-klingon`); read as UTF-8 or GB18030' }],
    });
    expect(readHtml(page('<p>一、通知</p>', '<meta charset="utf-16">')).encoding).toBe('utf8');
  });
});

describe('what is not the document', () => {
  it.each([
    ['<script>document.write("<p>脚本</p>")</script><style>p{}</style><noscript>请开启脚本</noscript><template><p>模板</p></template>'],
    ['<nav><a href="/">首页</a></nav><aside>热点</aside><footer>版权所有</footer><form><input value="搜索"><button>搜索</button></form><iframe src="x"></iframe>'],
    ['<header><h1>临江市人民政府</h1></header>'],
    ['<div hidden>隐藏</div><div style="display: none">隐藏</div><p style="VISIBILITY:hidden">隐藏</p><span aria-hidden="true">隐藏</span><div class="box hide">隐藏</div><p class="sr-only">隐藏</p>'],
    ['<div role="navigation">导航</div><div role="contentinfo">页脚</div><div role="complementary">侧栏</div>'],
    ['<div class="bdsharebuttonbox">分享到：微博</div><div id="topNav">导航</div><div class="breadcrumb">首页</div><div class="comment-list">评论</div><div id="footer">页脚</div><div class="sidebar">侧栏</div><div class="copyright">版权</div><div class="menu">菜单</div><div class="dqwz">当前位置</div>'],
  ])('leaves out %s', (boilerplate) => {
    expect(linesOf(`${boilerplate}<div class="content"><p>一、总体要求。</p></div>`)).toEqual(['一、总体要求。']);
  });

  it('keeps an article’s own header, and what names content as well as furniture', () => {
    expect(linesOf('<article><header><h1>关于做好工作的通知</h1></header><div class="comment-content"><p>正文第一段。</p><p>正文第二段。</p></div></article>')).toEqual(['关于做好工作的通知', '正文第一段。', '正文第二段。']);
  });

  it('has rules with ids, descriptions and examples', () => {
    expect(boilerplateRules.map((rule) => rule.id)).toEqual(['html-non-text', 'html-banner', 'html-hidden', 'html-furniture-role', 'html-furniture-name']);
    for (const rule of boilerplateRules) expect(rule.examples.length).toBeGreaterThan(0);
  });

  it.each([
    ['【字体：大 中 小】', true],
    ['字号：T|T', true],
    ['【打印本页】【关闭窗口】', true],
    ['【打印】 【关闭】', true],
    ['分享到：', true],
    ['扫一扫在手机打开当前页', true],
    ['(责任编辑：王晓明、李华)', true],
    ['【责任编辑:刘阳】', true],
    ['编辑：张小明 责任编辑：刘亮', true],
    ['当前位置：首页 > 政务公开', true],
    ['返回顶部', true],
    ['字号：默认 大 超大', true],
    ['【字号 大 中 小】', true],
    ['【我要打印】【我要纠错】', true],
    ['分享到：微信 微博 QQ空间', true],
    ['上一篇：关于做好工作的通知 下一篇：无', true],
    ['分享到：微信 各单位要认真落实。', false],
    ['请各单位打印本通知并关闭门窗。', false],
    ['编辑部：负责审核稿件。', false],
    ['', false],
  ])('%j is page tools: %s', (line, tools) => {
    expect(isPageToolsLine(line)).toBe(tools);
  });
});

describe('the main container', () => {
  it('is the block whose paragraphs hold the most Chinese text outside links', () => {
    const related = '<div class="list"><p><a>相关新闻标题一二三四五六七八九十</a></p><p><a>相关新闻标题一二三四五六七八九十</a></p><p><a>相关新闻标题一二三四五六七八九十</a></p></div>';
    const info = '<div class="info"><p>发布时间：2023年3月15日</p></div>';
    expect(linesOf(`${info}<div class="text"><p>第一段正文内容。</p><p>第二段正文内容。</p></div>${related}`)).toEqual(['第一段正文内容。', '第二段正文内容。']);
  });

  it('counts <div>s used as paragraphs, and a table’s cells for the block around the table', () => {
    expect(linesOf('<div class="info">发布日期：2023-03-15</div><div id="zoom"><div>第一段正文。</div><div>第二段正文。</div></div>')).toEqual(['第一段正文。', '第二段正文。']);
    expect(linesOf('<div><p>会议议定事项如下：</p><table><tr><td>一、关于改造</td><td><p>会议同意改造方案。</p></td></tr><tr><td>二、关于治理</td><td><p>会议同意治理方案。</p></td></tr></table></div><div class="x">附：无</div>'))
      .toEqual(['会议议定事项如下：', '一、关于改造', '会议同意改造方案。', '二、关于治理', '会议同意治理方案。']);
  });

  it('gives way to the container around it when that holds more than twice its text', () => {
    expect(linesOf('<div id="content"><p>导语一段，较长的导语内容在这里。</p><p>导语二段，较长的导语内容在这里。</p><div class="TRS_Editor"><p>正文一段。</p><p>正文二段。</p></div></div><div>其他</div>'))
      .toEqual(['导语一段，较长的导语内容在这里。', '导语二段，较长的导语内容在这里。', '正文一段。', '正文二段。']);
  });

  it('is a block of lines parted by <br> itself, not the block around it', () => {
    const first = '今天召开全区基层治理工作推进会，主要任务是总结工作、分析形势、部署任务。';
    const second = '首先，要充分认识加强基层治理的重要意义，把思想和行动统一到决策部署上来。';
    expect(linesOf(`<div id="main"><div class="biaoti">在全区基层治理工作推进会上的讲话</div><div class="info">发布日期：2023年6月20日</div><div id="zoom">　　${first}<br>　　${second}</div></div>`)).toEqual([first, second]);
    expect(linesOf(`<table><tr><td class="left"><a>导航一</a><br><a>导航二</a></td><td>　　${first}<br>　　${second}</td></tr><tr><td colspan="2">版权所有：临江市人民政府</td></tr></table>`)).toEqual([first, second]);
  });

  it('is looked for inside <main> when the page has one', () => {
    expect(linesOf('<div class="promo"><p>长长的推广文字，长长的推广文字，长长的推广文字。</p></div><main><p>正文。</p></main>')).toEqual(['正文。']);
  });

  it('counts letters on a page without Chinese', () => {
    expect(linesOf('<div class="x"><p><a>Home</a></p></div><div><p>The text of the page.</p></div>')).toEqual(['The text of the page.']);
  });
});

describe('the title', () => {
  it('is the <h1> in the container, heading 0, other headings n−1', () => {
    const body = '<div class="content"><h1>关于做好工作的通知</h1><h2>一、总体要求</h2><p>坚持稳中求进。</p><h3>（一）压实责任</h3><p>落实到人。</p><h1>另一个一级标题</h1><p>正文。</p></div>';
    expect(factsOf(body).map((facts) => facts.heading)).toEqual([0, 1, undefined, 2, undefined, 1, undefined]);
  });

  it('is the <h1> before the container, with the headings beside it (引题, 副题), and not the site’s logo', () => {
    const body = '<div class="logo"><h1>临江新闻网</h1></div><div class="head"><h3>引题文字</h3><h1>坚持生态优先 建设美丽临江</h1><h4>——全市生态环境保护大会精神要览</h4><div class="info">来源：临江日报</div></div><div class="text"><p>会议召开。</p><p>会议指出。</p></div>';
    expect(linesOf(body)).toEqual(['引题文字', '坚持生态优先 建设美丽临江', '——全市生态环境保护大会精神要览', '会议召开。', '会议指出。']);
    expect(factsOf(body).map((facts) => facts.heading)).toEqual([2, 0, 3, undefined, undefined]);
  });

  it('is not a site’s name linked to its home page, unless the page’s <title> says so', () => {
    const head = '<meta charset="utf-8"><title>关于做好工作的通知_临江市人民政府</title>';
    const text = '<div class="text"><p>正文一。</p><p>正文二。</p></div>';
    expect(linesOf(`<div class="top"><h1><a href="/">临江市人民政府</a></h1></div>${text}`, head)).toEqual(['关于做好工作的通知', '正文一。', '正文二。']);
    expect(linesOf(`<div class="top"><h1><a href="/">临江市人民政府</a></h1></div><h1><a href="a.html">关于做好工作的通知</a></h1>${text}`, head)).toEqual(['关于做好工作的通知', '正文一。', '正文二。']);
    expect(factsOf(`<h1><a href="a.html">关于做好工作的通知</a></h1>${text}`, head)[0]?.heading).toBe(0);
  });

  it('is read once when the text repeats it at its head, on one line or several', () => {
    expect(linesOf('<h1>关于做好工作的通知</h1><div class="text"><p align="center"><b>关于做好工作的通知</b></p><p>正文一。</p><p>正文二。</p></div>')).toEqual(['关于做好工作的通知', '正文一。', '正文二。']);
    expect(linesOf('<h1>东川省人民政府关于持续优化营商环境的意见</h1><div class="text"><p>东川省人民政府关于</p><p>持续优化营商环境的意见</p><p>正文一。</p><p>正文二。</p></div>')).toEqual(['东川省人民政府关于持续优化营商环境的意见', '正文一。', '正文二。']);
  });

  it('is the page’s <title> without the site’s name when there is no <h1>, written first unless the text begins with it', () => {
    const head = (title: string): string => `<meta charset="utf-8"><title>${title}</title>`;
    const body = '<div class="text"><p>正文一。</p><p>正文二。</p></div>';
    for (const title of ['关于做好工作的通知_临江市人民政府', '关于做好工作的通知 - 中国政府网', '关于做好工作的通知|人民网', '关于做好工作的通知-新华网', '关于做好工作的通知']) {
      expect(linesOf(body, head(title))).toEqual(['关于做好工作的通知', '正文一。', '正文二。']);
    }
    expect(factsOf(body, head('关于做好工作的通知_临江市人民政府'))[0]).toEqual({ startsParagraph: true, heading: 0, bold: false, centered: false });
    expect(linesOf('<div class="text"><p><b>关于做好工作的通知</b></p><p>正文一。</p></div>', head('关于做好工作的通知_临江'))).toEqual(['关于做好工作的通知', '正文一。']);
    expect(factsOf('<div class="text"><p><b>关于做好工作的通知</b></p><p>正文一。</p></div>', head('关于做好工作的通知_临江'))[0]?.heading).toBe(0);
    expect(linesOf('<div class="text"><p>坚持生态优先——在大会上的讲话</p></div>', head('坚持生态优先——在大会上的讲话'))).toEqual(['坚持生态优先——在大会上的讲话']);
    expect(factsOf('<div class="text"><p>关于做好工作的通知</p><p>正文一。</p></div>', head('临江市人民政府_关于做好工作的通知')).map((facts) => facts.heading)).toEqual([0, undefined]);
  });
});

describe('the lines of a page', () => {
  it('makes a line of each block, joins inline text and collapses white space as a browser does', () => {
    expect(linesOf('<div class="c"><p>一、<b>总体</b><span>要求</span></p><div>  坚持   稳中\n  求进，Keep\n calm。</div><ul><li>条目</li></ul><blockquote>引文</blockquote><section>节</section><h5>标题</h5></div>'))
      .toEqual(['一、总体要求', '坚持 稳中求进，Keep calm。', '条目', '引文', '节', '标题']);
  });

  it('trims the indentation at the start of a line: &nbsp;, 　, spaces', () => {
    expect(linesOf('<p>&nbsp;&nbsp;&nbsp;&nbsp;一段。</p><p>　　二段。&nbsp;</p><p>\n    三段。</p><p>四&nbsp;段。</p>')).toEqual(['一段。', '二段。', '三段。', '四\u00a0段。']);
  });

  it('writes a table’s cells one line each, and a <pre> line for line', () => {
    expect(linesOf('<table><tr><th>序号</th><td>任务</td></tr><tr><td>1</td><td><p>制定计划。</p><p>抓好落实。</p></td></tr></table>')).toEqual(['序号', '任务', '1', '制定计划。', '抓好落实。']);
    expect(linesOf('<div class="c"><p>任务分工如下：</p><table><tr><td>任务</td><td>单位</td></tr><tr><td><p>制定计划。</p><p>抓好落实。</p></td><td>市住建局</td></tr></table></div>'))
      .toEqual(['任务分工如下：', '任务', '单位', '制定计划。', '抓好落实。', '市住建局']);
    expect(linesOf('<pre>一、总体要求\n  坚持稳中求进。</pre>')).toEqual(['一、总体要求', '坚持稳中求进。']);
  });

  it('says which lines start a paragraph: each block does, a line after <br> as the break rules say', () => {
    const body = [
      '<p>临江市人民政府关于做好<br>2023年度安全生产工作的通知</p>',
      '<p>段一。<br><br>段二</p>',
      '<p>段三。<br>　　段四</p>',
      '<p><strong>一、总体要求</strong><br>坚持人民至上</p>',
      '<p align="right">临江市人民政府办公室<br>2023年3月15日</p>',
      '<p>一是加强领导。<br>二是压实责任。</p>',
    ].join('');
    expect(factsOf(body).map((facts) => facts.startsParagraph)).toEqual([true, false, true, true, true, true, true, true, true, undefined, true, undefined]);
  });

  it('has a rule for each kind of <br>, with examples', () => {
    expect(breakRules.map((rule) => rule.id)).toEqual(['br-blank-line', 'br-indent', 'br-bold-headline', 'br-flush-right', 'br-after-sentence', 'br-mid-sentence']);
  });

  it('says a line is bold when all its text is, centred from text-align, align and <center>', () => {
    const facts = factsOf('<p><b>全粗</b> <strong>体</strong></p><p><b>一半</b>不粗</p><p style="font-weight: bold">样式</p><p><b style="font-weight: normal">关掉</b></p><p style="text-align:center">居中</p><div align="center"><p>继承</p><p style="text-align: left">靠左</p></div><center>旧式</center>');
    expect(facts.map((fact) => fact.bold)).toEqual([true, false, true, false, false, false, false, false]);
    expect(facts.map((fact) => fact.centered)).toEqual([false, false, false, false, true, true, false, true]);
  });

  it('writes the number a browser shows before an <ol>’s items, unless an item has its own marker', () => {
    expect(linesOf('<ol><li>推进重组。</li><li>处置资产。</li><li>3.自带编号。</li></ol>')).toEqual(['1.推进重组。', '2.处置资产。', '3.自带编号。']);
    expect(linesOf('<ol start="4"><li>甲</li><li value="9">乙</li><li>丙</li></ol>')).toEqual(['4.甲', '9.乙', '10.丙']);
    expect(linesOf('<ol type="a"><li>甲</li><li>乙</li></ol><ol type="I"><li>甲</li><li>乙</li></ol>')).toEqual(['a.甲', 'b.乙', 'I.甲', 'II.乙']);
    expect(linesOf('<ol reversed><li>甲</li><li>乙</li><li>丙</li></ol>')).toEqual(['3.甲', '2.乙', '1.丙']);
    expect(linesOf('<ol style="list-style-type: cjk-ideographic"><li>总体要求</li><li>重点任务</li></ol><ol style="list-style: none"><li>无号</li></ol>')).toEqual(['一、总体要求', '二、重点任务', '无号']);
    expect(linesOf('<ol><li>一、总体要求</li><li>二、重点任务<ol><li>子项一。</li><li><p>子项二。</p></li></ol></li><li></li><li>三项</li></ol><ul><li>圆点</li></ul>'))
      .toEqual(['一、总体要求', '二、重点任务', '1.子项一。', '2.子项二。', '4.三项', '圆点']);
  });

  it('leaves out lines that are only page tools', () => {
    expect(linesOf('<div class="text"><p>【字体：<a>大</a> <a>中</a> <a>小</a>】</p><p>正文。</p><p>【打印本页】【关闭窗口】</p></div>')).toEqual(['正文。']);
  });
});

describe('HTML fixtures (fixtures/html)', () => {
  const directory = new URL('../fixtures/html/', import.meta.url);
  const names = readdirSync(directory).filter((file) => file.endsWith('.html')).sort();
  const furniture = JSON.parse(readFileSync(new URL('furniture.json', directory), 'utf8')) as Record<string, string[]>;

  it('has at least twelve pages, each with its site furniture listed', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(furniture).sort()).toEqual(names);
  });

  for (const name of names) {
    describe(name, () => {
      const read = readHtml(new Uint8Array(readFileSync(new URL(name, directory))));

      it('gives its expected text', () => {
        expect(read.text).toBe(readFileSync(new URL(`${name}.txt`, directory), 'utf8'));
        expect(read.facts.map((fact) => fact.line)).toEqual(read.text.split('\n').slice(0, -1).map((_, index) => index));
        expect(read.format).toBe('html');
      });

      it('gives the gold outline of its source text, and none of its site furniture', () => {
        const gold = parseGold(readFileSync(new URL(`${name}.outline`, directory), 'utf8'));
        const tree = parseExtracted(read);
        const score = scoreTree(gold, tree, read.text);
        const found = gold.entries.length - score.missed.length;
        const f1 = (2 * found) / (gold.entries.length + found + score.spurious.length);
        expect({ f1: f1 >= 0.99, titleOk: score.titleOk, wrongTitles: score.wrongTitles, headings: [...score.missedHeadings, ...score.spuriousHeadings] })
          .toEqual({ f1: true, titleOk: true, wrongTitles: [], headings: [] });
        expect(score.pass).toBe(true);
        expectInvariants(tree, read.text);
        const json = JSON.stringify(tree);
        expect((furniture[name] ?? []).filter((phrase) => json.includes(phrase))).toEqual([]);
      });
    });
  }

  it('reads the GB2312 page by its <meta http-equiv>', () => {
    expect(readHtml(new Uint8Array(readFileSync(new URL('gb2312-table-layout.html', directory)))).encoding).toBe('gb18030');
  });
});

describe('files that are not readable pages', () => {
  it.each([
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'not an HTML page: binary file (NUL byte at byte 8)'],
    ['a GBK page with NUL bytes', new Uint8Array([...utf8('<meta charset="gbk"><p>'), 0xff, 0, 0]), 'not an HTML page: binary file (NUL byte at byte 24)'],
    ['plain text', utf8('一、总体要求\n坚持稳中求进。\n'), 'not an HTML page: it has no tags'],
    ['an empty file', new Uint8Array(), 'not an HTML page: it has no tags'],
    ['a page of navigation and scripts', page('<nav><a>首页</a></nav><script>var a = 1;</script><div class="footer">版权所有</div>'), 'no main text: the page holds no text outside its navigation, scripts, header and footer'],
    ['a page with a title and nothing else', page('<h1>关于做好工作的通知</h1><div><p>关于做好工作的通知</p></div>'), 'no main text: the page holds its title and nothing else'],
  ])('%s: %s', (_name, bytes, reason) => {
    expect(reasonFor(bytes)).toBe(reason);
  });

  it('reads a page nested deeper than any site, or refuses it with a ReadError', () => {
    const deep = page(`${'<div>'.repeat(20_000)}<p>正文。</p>${'</div>'.repeat(20_000)}`);
    try {
      expect(readHtml(deep).text).toBe('正文。\n');
    } catch (error) {
      expect(error).toBeInstanceOf(ReadError);
    }
  });

  it('never throws anything but a ReadError, whatever the bytes', () => {
    const good = readFileSync(new URL('../fixtures/html/gov-portal-notice.html', import.meta.url));
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }), (cut, flips) => {
        const damaged = new Uint8Array(good.subarray(0, Math.max(cut, 1)));
        for (const [at, mask] of flips) if (at < damaged.length) damaged[at] = (damaged[at] as number) ^ mask;
        try {
          readHtml(damaged);
        } catch (error) {
          if (!(error instanceof ReadError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'p', 'br', 'ol', 'li', 'h1', 'div', ' ', '一', '、', '。', '\u3000', '&nbsp;', '"', '=', 'td', 'table', 'title') }), (markup) => {
        try {
          readHtml(utf8(markup));
        } catch (error) {
          if (!(error instanceof ReadError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('read', () => {
  it('reads a page with the HTML reader, loaded when needed', async () => {
    const bytes = readFileSync(new URL('../fixtures/html/gov-portal-notice.html', import.meta.url));
    expect(await read(bytes)).toEqual(readHtml(bytes));
    expect((await read(utf8('<p>一、总体要求</p>'), { name: 'notice.htm' })).format).toBe('html');
    expect((await read(utf8('<p>一、总体要求</p>'), { from: 'html' })).text).toBe('一、总体要求\n');
  });
});
