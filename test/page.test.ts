import { describe, expect, it } from 'vitest';
import { readCompat, readSupplements } from '../src/layout/page/compat.js';
import { findFurniture, isHeaderShape, isPageNumberShape } from '../src/layout/page/furniture.js';
import { parse } from '../src/parse.js';

const bodies = ['坚持人民至上、生命至上，统筹发展和安全，牢固树立', '以防范化解重大安全风险为主线，全面压实各方责任', '着力从根本上消除事故隐患，确保全年安全形势稳定'];
const body = (n: number): string => `${bodies[(n - 1) % bodies.length] as string}${String.fromCharCode(0x5f00 + n * 7)}`;

describe('page furniture (SPEC section 9)', () => {
  it('knows page numbers and running headers by their shape', () => {
    for (const text of ['— 3 —', '－3－', '- 12 -', '第3页', '第 3 页 共 9 页', '3/9', 'Page 3 of 9']) expect(isPageNumberShape(text)).toBe(true);
    for (const text of ['3.释放企业产能', '一、总体要求', '2023年']) expect(isPageNumberShape(text)).toBe(false);
    expect(isHeaderShape('2024年1月15日 星期一   要 闻   第1版')).toBe(true);
    expect(isHeaderShape('2024年1月15日')).toBe(false);
  });

  it('takes bare page numbers that count up, and lines that repeat at page breaks', () => {
    const page = (n: number): string[] => Array.from({ length: 9 }, (_, index) => body(n + index));
    const text = ['标题', ...page(10), '1', '', '\f××市人民政府办公室文件', ...page(20), '2', '', '\f××市人民政府办公室文件', ...page(30), '3', ''].join('\n');
    const found = findFurniture(text);
    expect([...found.entries()].sort(([a], [b]) => a - b)).toEqual([[10, 'page-number'], [12, 'header'], [22, 'page-number'], [24, 'header'], [34, 'page-number']]);
  });

  it('leaves a lone number inside the text alone', () => {
    expect(findFurniture(['标题', body(1), '710', body(2)].join('\n')).size).toBe(0);
  });

  it('keeps furniture in document.furniture and out of the outline, joining a paragraph cut by a page break', () => {
    const text = '关于做好安全生产工作的通知\n一、总体要求\n坚持人民至上、生命至上，统筹发展和安全，牢固树立安全发\n— 1 —\n\f展理念，以防范化解重大安全风险为主线。\n二、重点任务\n';
    const tree = parse(text);
    expect(tree.furniture?.map((line) => [line.kind, line.value])).toEqual([['page-number', '— 1 —']]);
    const section = tree.children[0] as { title: string; children: Array<{ value: string }> };
    expect(section.title).toBe('总体要求');
    expect(section.children[0]?.value).toBe('坚持人民至上、生命至上，统筹发展和安全，牢固树立安全发展理念，以防范化解重大安全风险为主线。');
  });
});

describe('compatibility characters and justified spacing (SPEC section 9)', () => {
  it('reads Kangxi radicals as ideographs, offset for offset, and says how many', () => {
    expect(readCompat('第⼀，⼆、')).toEqual({ text: '第一，二、', count: 2, first: 1 });
    expect(readCompat('意⻅').count).toBe(0);
    expect(readSupplements('意⻅和⺠生')).toBe('意见和民生');
    const tree = parse('会议精神\n会议强调：\n⼀是加强领导。\n⼆是压实责任。\n');
    const list = tree.children.find((node) => node.type === 'list') as { children: Array<{ marker: string }> };
    expect(list.children.map((item) => item.marker)).toEqual(['一是', '二是']);
    expect(tree.diagnostics.some((d) => d.ruleId === 'JY030/compat-characters')).toBe(true);
  });

  it('leaves out the spaces a justified line was spread with', () => {
    const tree = parse('会议精神\n会议指出，\n中 共 中 央 总 书 记 、 国 家 主 席\n出席会议并讲话。\n');
    const values = JSON.stringify(tree);
    expect(values).toContain('中共中央总书记、国家主席');
  });
});

describe('columns side by side (SPEC section 9)', () => {
  it('reads two columns pasted side by side one after the other', () => {
    const left = ['一、总体要求', '坚持人民至上、生命至上，统筹发', '展和安全，牢固树立安全发展理念。', '二、重点任务', '压紧压实安全生产责任，强化企业', '主体责任，提升应急处置能力。'];
    const right = ['三、保障措施', '加强组织领导，各部门要按照职责', '分工抓好落实，确保取得实效。', '四、工作要求', '各单位要高度重视，认真组织实施', '按时报送工作进展情况和成效。'];
    const text = `关于做好安全生产工作的通知\n${left.map((line, index) => `${line.padEnd(20, '　')}    ${right[index]}`).join('\n')}\n`;
    const tree = parse(text);
    const titles = tree.children.filter((node) => node.type === 'section').map((node) => (node as { title: string }).title);
    expect(titles).toEqual(['总体要求', '重点任务', '保障措施', '工作要求']);
  });
});

describe('columns glued by default pdftotext (SPEC section 9)', () => {
  // Three columns of a newspaper page, row by row; pdftotext glues a line to the next column's
  // with one space where the line fills its column, and writes a shorter line on its own.
  const columns = [
    ['一、总体要求', '坚持人民至上、生命至上，统筹发展', '和安全，牢固树立安全发展理念，以', '防范化解重大安全风险为主线。', '二、重点任务', '压紧压实安全生产责任，强化企业主'],
    ['体责任，全面排查整治各类隐患，确', '保全年安全形势稳定向好，坚决遏制', '重特大事故发生。', '三、保障措施', '加强组织领导，各部门要按照职责分', '工抓好落实，并按时报送工作进展。'],
    ['四、工作要求', '各单位要高度重视，认真组织实施，', '严格落实工作责任，加强督促检查，', '确保各项工作落到实处。', '五、其他事项', '本方案自印发之日起施行。'],
  ];
  const glue = (rows: string[][]): string[] => rows.flatMap((row) => {
    const lines: string[] = [];
    let line = '';
    row.forEach((cell, index) => {
      line = line === '' ? cell : `${line} ${cell}`;
      if (cell.length < 16 || index === row.length - 1) {
        lines.push(line);
        line = '';
      }
    });
    return lines;
  });
  const rows = (columns[0] as string[]).map((_, row) => columns.map((column) => column[row] as string));

  it('takes the glued lines apart and reads the columns one after another', () => {
    const text = ['关于做好安全生产工作的通知', '', ...glue(rows), ''].join('\n');
    expect(text).toContain('和安全，牢固树立安全发展理念，以 重特大事故发生。');
    const tree = parse(text);
    const sections = tree.children.filter((node) => node.type === 'section') as Array<{ title: string; children: Array<{ value?: string }> }>;
    expect(sections.map((section) => section.title)).toEqual(['总体要求', '重点任务', '保障措施', '工作要求', '其他事项']);
    expect(sections[1]?.children[0]?.value).toBe('压紧压实安全生产责任，强化企业主体责任，全面排查整治各类隐患，确保全年安全形势稳定向好，坚决遏制重特大事故发生。');
  });

  it('leaves a text whose spaced lines are not as wide as columns alone', () => {
    const text = '关于做好安全生产工作的通知\n一、总体要求\n坚持人民至上 统筹发展和安全\n牢固树立安全发展理念 以防范化解重大安全风险为主线。\n';
    expect(JSON.stringify(parse(text))).toContain('坚持人民至上 统筹发展和安全');
  });
});

describe('the page of a running header', () => {
  it('takes a bare number next to the header for the header\'s page', () => {
    const found = findFurniture(['评 论', '', '2024年1月15日 星期一', '', '关于做好安全生产工作的通知', '', '1', '', body(1), body(2)].join('\n'));
    expect([...found.entries()].sort(([a], [b]) => a - b)).toEqual([[0, 'header'], [2, 'header'], [6, 'page-number']]);
  });
});
