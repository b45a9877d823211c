/**
 * Assert that a value is a valid jyparse tree, as `docs/tree.md` specifies it (in the manner of
 * mdast-util-assert): node types and fields, the content model, positions, diagnostics, figures.
 */

import { markerFamilies } from '../markers/registry.js';
import type { Document, Position } from './types.js';

type Loose = Record<string, unknown>;

const markerStyles: ReadonlySet<string> = new Set(markerFamilies.map((family) => family.style));
const severities: ReadonlySet<string> = new Set(['error', 'warning', 'info']);
const figureKinds: ReadonlySet<string> = new Set(['count', 'money', 'percent', 'date']);

// Which children each type of node may have; `paragraph` is a leaf.
const contentModel: Readonly<Record<string, readonly string[]>> = {
  document: ['section', 'list', 'paragraph'],
  section: ['section', 'list', 'paragraph'],
  list: ['item'],
  item: ['paragraph', 'list'],
};

// Every field a node of each type may carry; anything else is not in the spec.
const fields: Readonly<Record<string, readonly string[]>> = {
  document: ['type', 'title', 'subtitle', 'data', 'meta', 'furniture', 'diagnostics', 'children'],
  section: ['type', 'title', 'marker', 'ordinal', 'style', 'inferred', 'children', 'position'],
  list: ['type', 'style', 'children', 'position'],
  item: ['type', 'marker', 'ordinal', 'style', 'title', 'inferred', 'children', 'position'],
  paragraph: ['type', 'value', 'figures', 'position'],
};

/**
 * Assert that `tree` is a valid jyparse tree (see `docs/tree.md`); throw on the first violation.
 *
 * Checks node types and their fields, the content model (which children each type may have),
 * positions on every node but the document (1-based line and column, 0-based offset, start not
 * after end, children inside their parent except the document's own, which may be hoisted),
 * that a list's items share its style, that ordinals are positive integers, that a number without
 * a marker is `inferred`, and the document's diagnostics and the paragraphs' figures.
 *
 * @param tree The value to check, e.g. the result of `parse` or of `JSON.parse` on JSON output.
 * @throws {Error} With a message naming the node (by its path from the root) and what is wrong.
 */
export function assertTree(tree: unknown): asserts tree is Document {
  if (!isObject(tree) || tree.type !== 'document') {
    throw new Error(`Invalid jyparse tree: expected a \`document\` node at the root, got ${describe(tree)}`);
  }
  assertNode(tree, 'root', undefined);
}

function assertNode(node: Loose, path: string, parent: Loose | undefined): void {
  const type = node.type as string;
  const fail = (reason: string): never => {
    throw new Error(`Invalid jyparse tree at \`${path}\` (${type}): ${reason}`);
  };
  // The root is a document and every child's type was checked against its parent's content model.
  const allowed = fields[type] as readonly string[];
  if (contentModel[type] === undefined && 'children' in node) fail('expected no `children` (a paragraph is a leaf)');
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) fail(`unexpected field \`${key}\``);
  }

  if (type === 'document') assertDocument(node, path, fail);
  else {
    if (node.position === undefined) fail('expected a `position` (every node but the document has one)');
    assertPosition(node.position, fail, 'position');
  }

  switch (type) {
    case 'section':
      requireString(node, 'title', fail);
      assertNumbering(node, fail, false);
      break;
    case 'list':
      requireStyle(node, fail);
      if (!Array.isArray(node.children) || node.children.length === 0) fail('expected at least one `item` child');
      break;
    case 'item':
      requireString(node, 'title', fail);
      assertNumbering(node, fail, true);
      if (parent?.type === 'list' && node.style !== parent.style) {
        fail(`expected the style of its list, \`${String(parent.style)}\`, got \`${String(node.style)}\``);
      }
      break;
    case 'paragraph':
      requireString(node, 'value', fail);
      if (node.figures !== undefined) assertFigures(node, fail);
      break;
  }

  const model = contentModel[type];
  if (model === undefined) return;
  if (!Array.isArray(node.children)) return fail('expected `children` to be an array');
  node.children.forEach((child: unknown, index) => {
    const at = `${path}.children[${index}]`;
    if (!isObject(child) || typeof child.type !== 'string') {
      throw new Error(`Invalid jyparse tree at \`${at}\`: expected a node, got ${describe(child)}`);
    }
    if (!model.includes(child.type)) {
      fail(`\`${child.type}\` is not allowed as a child (expected ${model.map((name) => `\`${name}\``).join(', ')})`);
    }
    assertNode(child, at, node);
    if (type !== 'document') assertInside(child.position as Position, node.position as Position, (reason) => {
      throw new Error(`Invalid jyparse tree at \`${at}\` (${child.type}): ${reason} its parent ${type}`);
    });
  });
}

function assertDocument(node: Loose, path: string, fail: (reason: string) => never): void {
  if (node.title !== undefined) requireString(node, 'title', fail);
  if (node.subtitle !== undefined) requireString(node, 'subtitle', fail);
  const data = node.data;
  if (!isObject(data)) return fail('expected `data` to be an object');
  if (typeof data.encoding !== 'string') fail(`expected \`data.encoding\` to be a string, got ${describe(data.encoding)}`);
  if (typeof data.schemaVersion !== 'string') fail(`expected \`data.schemaVersion\` to be a string, got ${describe(data.schemaVersion)}`);
  if (data.format !== undefined && !formats.has(data.format as string)) fail(`expected \`data.format\` to be \`text\`, \`pdf\`, \`docx\` or \`html\`, got ${describe(data.format)}`);
  if (node.meta !== undefined) assertMeta(node.meta, fail);
  if (node.furniture !== undefined) assertFurniture(node.furniture, path, fail);
  if (!Array.isArray(node.diagnostics)) return fail('expected `diagnostics` to be an array');
  node.diagnostics.forEach((diagnostic: unknown, index) => {
    const at = `${path}.diagnostics[${index}]`;
    const failAt = (reason: string): never => {
      throw new Error(`Invalid jyparse tree at \`${at}\` (diagnostic): ${reason}`);
    };
    if (!isObject(diagnostic)) return failAt(`expected an object, got ${describe(diagnostic)}`);
    for (const key of Object.keys(diagnostic)) {
      if (!['ruleId', 'severity', 'reason', 'position', 'actual', 'expected'].includes(key)) failAt(`unexpected field \`${key}\``);
    }
    if (typeof diagnostic.ruleId !== 'string' || !/^JY\d{3}\/[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(diagnostic.ruleId)) {
      failAt(`expected \`ruleId\` like \`JY001/numbering-gap\`, got ${describe(diagnostic.ruleId)}`);
    }
    if (typeof diagnostic.severity !== 'string' || !severities.has(diagnostic.severity)) {
      failAt(`expected \`severity\` to be \`error\`, \`warning\` or \`info\`, got ${describe(diagnostic.severity)}`);
    }
    requireString(diagnostic, 'reason', failAt);
    if (diagnostic.actual !== undefined) requireString(diagnostic, 'actual', failAt);
    if (diagnostic.expected !== undefined) requireString(diagnostic, 'expected', failAt);
    if (diagnostic.position === undefined) failAt('expected a `position`');
    assertPosition(diagnostic.position, failAt, 'position');
  });
}

// `marker`, `ordinal`, `style`, `inferred` of a section or an item.
function assertNumbering(node: Loose, fail: (reason: string) => never, isItem: boolean): void {
  const numbered = isItem || node.ordinal !== undefined || node.marker !== undefined || node.style !== undefined || node.inferred !== undefined;
  if (!numbered) return;
  if (!Number.isInteger(node.ordinal) || (node.ordinal as number) < 1) {
    fail(`expected \`ordinal\` to be a positive integer, got ${describe(node.ordinal)}`);
  }
  requireStyle(node, fail);
  if (node.marker !== undefined) {
    requireString(node, 'marker', fail);
    if (node.marker === '') fail('expected `marker` to be non-empty');
  }
  if (node.inferred !== undefined && node.inferred !== true) fail(`expected \`inferred\` to be \`true\` or absent, got ${describe(node.inferred)}`);
  if (node.inferred === true && node.marker !== undefined) fail('expected no `marker` on an `inferred` node (an inferred number is one the source lacks)');
  if (node.inferred === undefined && node.marker === undefined) fail('expected a `marker`, or `inferred: true` when the source lacks the number');
}

function assertFigures(node: Loose, fail: (reason: string) => never): void {
  if (!Array.isArray(node.figures)) return fail('expected `figures` to be an array');
  node.figures.forEach((figure: unknown, index) => {
    const failAt = (reason: string): never => fail(`figures[${index}]: ${reason}`);
    if (!isObject(figure)) return failAt(`expected an object, got ${describe(figure)}`);
    for (const key of Object.keys(figure)) {
      if (!['text', 'value', 'unit', 'kind', 'position'].includes(key)) failAt(`unexpected field \`${key}\``);
    }
    requireString(figure, 'text', failAt);
    requireString(figure, 'unit', failAt);
    if (!(typeof figure.value === 'string' || (typeof figure.value === 'number' && Number.isFinite(figure.value)))) {
      failAt(`expected \`value\` to be a finite number or a string, got ${describe(figure.value)}`);
    }
    if (typeof figure.kind !== 'string' || !figureKinds.has(figure.kind)) {
      failAt(`expected \`kind\` to be one of \`count\`, \`money\`, \`percent\`, \`date\`, got ${describe(figure.kind)}`);
    }
    if (figure.position === undefined) failAt('expected a `position`');
    assertPosition(figure.position, failAt, 'position');
    assertInside(figure.position as Position, node.position as Position, (reason) => failAt(`${reason} its paragraph`));
  });
}

function assertPosition(value: unknown, fail: (reason: string) => never, name: string): void {
  if (!isObject(value)) return fail(`expected \`${name}\` to be an object, got ${describe(value)}`);
  for (const end of ['start', 'end'] as const) {
    const point = value[end];
    if (!isObject(point)) return fail(`expected \`${name}.${end}\` to be a point, got ${describe(point)}`);
    for (const key of ['line', 'column'] as const) {
      if (!Number.isInteger(point[key]) || (point[key] as number) < 1) {
        fail(`expected \`${name}.${end}.${key}\` to be an integer of at least 1, got ${describe(point[key])}`);
      }
    }
    if (!Number.isInteger(point.offset) || (point.offset as number) < 0) {
      fail(`expected \`${name}.${end}.offset\` to be an integer of at least 0, got ${describe(point.offset)}`);
    }
  }
  if (value.page !== undefined && (!Number.isInteger(value.page) || (value.page as number) < 1)) {
    fail(`expected \`${name}.page\` to be an integer of at least 1, got ${describe(value.page)}`);
  }
  for (const key of Object.keys(value)) if (!['start', 'end', 'page'].includes(key)) fail(`expected no \`${name}.${key}\` (a position has start, end and page)`);
  const { start, end } = value as unknown as Position;
  if (start.offset > end.offset) fail(`expected \`${name}.start\` not after \`${name}.end\` (offset ${start.offset} > ${end.offset})`);
  if (start.line > end.line || (start.line === end.line && start.column > end.column)) {
    fail(`expected \`${name}.start\` not after \`${name}.end\` (${start.line}:${start.column} > ${end.line}:${end.column})`);
  }
  if (start.offset === end.offset && (start.line !== end.line || start.column !== end.column)) {
    fail(`expected \`${name}.start\` and \`${name}.end\` at one offset to be one point`);
  }
}

function assertInside(inner: Position, outer: Position, fail: (reason: string) => never): void {
  if (inner.start.offset < outer.start.offset) fail(`starts (offset ${inner.start.offset}) before`);
  if (inner.end.offset > outer.end.offset) fail(`ends (offset ${inner.end.offset}) after`);
}

function requireString(node: Loose, key: string, fail: (reason: string) => never): void {
  if (typeof node[key] !== 'string') fail(`expected \`${key}\` to be a string, got ${describe(node[key])}`);
}

function requireStyle(node: Loose, fail: (reason: string) => never): void {
  if (typeof node.style !== 'string' || !markerStyles.has(node.style)) {
    fail(`expected \`style\` to be a marker style (${[...markerStyles].map((style) => `\`${style}\``).join(', ')}), got ${describe(node.style)}`);
  }
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined; // circular, or a BigInt
  }
  if (json === undefined) return `${/^[aeiou]/u.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
  return `\`${json.length > 40 ? `${json.slice(0, 37)}...` : json}\``;
}

const formats = new Set(['text', 'pdf', 'docx', 'html']);
const metaFields = new Set(['docNumber', 'addressee', 'issuer', 'date', 'cc']);
const furnitureKinds = new Set(['page-number', 'header', 'footer']);

function assertMeta(meta: unknown, fail: (reason: string) => never): void {
  if (!isObject(meta)) return fail(`expected \`meta\` to be an object, got ${describe(meta)}`);
  for (const [key, value] of Object.entries(meta)) {
    if (!metaFields.has(key)) fail(`unexpected field \`meta.${key}\``);
    if (typeof value !== 'string') fail(`expected \`meta.${key}\` to be a string, got ${describe(value)}`);
  }
}

function assertFurniture(furniture: unknown, path: string, fail: (reason: string) => never): void {
  if (!Array.isArray(furniture)) return fail(`expected \`furniture\` to be an array, got ${describe(furniture)}`);
  furniture.forEach((line: unknown, index) => {
    const failAt = (reason: string): never => {
      throw new Error(`Invalid jyparse tree at \`${path}.furniture[${index}]\` (furniture): ${reason}`);
    };
    if (!isObject(line)) return failAt(`expected an object, got ${describe(line)}`);
    for (const key of Object.keys(line)) if (!['type', 'kind', 'value', 'position'].includes(key)) failAt(`unexpected field \`${key}\``);
    if (line.type !== 'furniture') failAt(`expected \`type\` to be \`furniture\`, got ${describe(line.type)}`);
    if (typeof line.kind !== 'string' || !furnitureKinds.has(line.kind)) failAt(`expected \`kind\` to be \`page-number\`, \`header\` or \`footer\`, got ${describe(line.kind)}`);
    requireString(line, 'value', failAt);
    if (line.position !== undefined) assertPosition(line.position, failAt, 'position');
  });
}
