// Text gathered before a chunk is handed on: large enough that writing costs little per call,
// small enough that no output, however large, is ever held as one string.
const chunkSize = 1 << 16;

// A node whose source spans fewer characters than this is stringified in one call: its JSON is a
// few times that size, and native stringification is faster than walking the node here.
const smallSpan = 1 << 14;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

// How many source characters a node spans, from its position (unknown without one).
const span = (node: { [key: string]: Json | undefined }): number => {
  const position = node.position as { start?: { offset?: unknown }; end?: { offset?: unknown } } | undefined;
  const start = position?.start?.offset;
  const end = position?.end?.offset;
  return typeof start === 'number' && typeof end === 'number' ? end - start : Infinity;
};

/**
 * Serialize a tree as JSON in chunks, with exactly the text `JSON.stringify(tree, undefined,
 * indent)` gives, plus a final newline, without ever building that text as one string: V8 cannot
 * hold the JSON of a 50 MB document in one string, and the copy would double the memory.
 *
 * Large nodes with `children` are written field by field; everything else (a small section, a
 * paragraph, a position) goes through `JSON.stringify` in one call.
 *
 * @param tree The tree (any JSON-safe value).
 * @param indent Spaces of indentation (0 for one line, as `--ndjson` wants).
 * @param write Receives the text in order, in pieces of about 64K characters.
 */
export function writeJson(tree: unknown, indent: number, write: (chunk: string) => void): void {
  let parts: string[] = [];
  let size = 0;
  const space = ' '.repeat(indent);
  const colon = indent > 0 ? ': ' : ':';

  const emit = (text: string): void => {
    parts.push(text);
    size += text.length;
    if (size >= chunkSize) {
      write(parts.join(''));
      parts = [];
      size = 0;
    }
  };

  // A value whose text is small, indented as if it stood at `pad`.
  const leaf = (value: Json, pad: string): string => {
    const text = JSON.stringify(value, undefined, indent || undefined);
    return pad !== '' && typeof value === 'object' && value !== null ? text.replaceAll('\n', `\n${pad}`) : text;
  };

  const value = (node: Json, pad: string): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Array.isArray(node.children) || span(node) < smallSpan) {
      emit(leaf(node, pad));
      return;
    }
    const inner = pad + space;
    const open = indent > 0 ? `\n${inner}` : '';
    let first = true;
    emit('{');
    for (const key of Object.keys(node)) {
      const field = node[key];
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      emit(`${first ? '' : ','}${open}${JSON.stringify(key)}${colon}`);
      first = false;
      if (key === 'children' && Array.isArray(field)) children(field, inner);
      else emit(leaf(field, inner));
    }
    emit(first || indent === 0 ? '}' : `\n${pad}}`);
  };

  const children = (list: Json[], pad: string): void => {
    if (list.length === 0) {
      emit('[]');
      return;
    }
    const inner = pad + space;
    const open = indent > 0 ? `\n${inner}` : '';
    emit('[');
    for (let index = 0; index < list.length; index++) {
      emit(index === 0 ? open : `,${open}`);
      const child = list[index];
      // JSON.stringify writes what it cannot represent in an array as null.
      value(child === undefined || typeof child === 'function' || typeof child === 'symbol' ? null : child, inner);
    }
    emit(indent > 0 ? `\n${pad}]` : ']');
  };

  value(tree as Json, '');
  parts.push('\n');
  write(parts.join(''));
}

/**
 * The chunks of {@link writeJson}, collected (for a worker to hand back).
 *
 * @param tree The tree.
 * @param indent Spaces of indentation.
 * @returns The JSON text in pieces.
 */
export function jsonChunks(tree: unknown, indent: number): string[] {
  const chunks: string[] = [];
  writeJson(tree, indent, (chunk) => chunks.push(chunk));
  return chunks;
}
