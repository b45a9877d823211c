import type { Table, TableCell, TableRow } from 'mdast';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
import { figureRowFields, type FigureRow } from './figure-rows.js';

type Handlers = NonNullable<Options['handlers']>;
type Handle = NonNullable<Handlers['text']>;

// remark-stringify knows no tables without remark-gfm; these three handlers write a GFM pipe
// table. Cell text goes through the serializer's own escaping (`state.safe`, in phrasing), with
// `|` added to what it escapes, so that a figure's text or path never breaks the table.
const table: Handle = (node: Table, _parent, state, info) => {
  const [head, ...body] = node.children.map((row) => state.handle(row, node, state, info));
  const delimiter = `|${figureRowFields.map(() => ' --- ').join('|')}|`;
  return [head, delimiter, ...body].join('\n');
};
const tableRow: Handle = (node: TableRow, _parent, state, info) =>
  `| ${node.children.map((cell) => state.handle(cell, node, state, info)).join(' | ')} |`;
const tableCell: Handle = (node: TableCell, _parent, state) => {
  const exit = state.enter('phrasing');
  const value = state.safe(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''), { before: ' ', after: ' ' });
  exit();
  return value;
};

/**
 * Write figure rows as a Markdown (GFM) table, one row per figure, built as mdast and serialized
 * with remark-stringify.
 *
 * @param rows The rows, in order.
 * @returns The Markdown text.
 */
export function toMarkdownTable(rows: readonly FigureRow[]): string {
  const cells = (values: readonly string[]): TableRow => ({
    type: 'tableRow',
    children: values.map((value): TableCell => ({ type: 'tableCell', children: [{ type: 'text', value }] })),
  });
  const tree: Table = {
    type: 'table',
    children: [cells(figureRowFields), ...rows.map((row) => cells(figureRowFields.map((field) => String(row[field]))))],
  };
  return unified()
    .use(remarkStringify, { handlers: { table, tableRow, tableCell }, unsafe: [{ character: '|' }] })
    .stringify({ type: 'root', children: [tree] });
}
