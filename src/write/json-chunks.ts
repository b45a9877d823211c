// Text gathered before a chunk is handed on: large enough that writing costs little per call,
// small enough that no output, however large, is ever held as one string (V8 cannot hold the JSON
// of a 50 MB document in one string, and a copy would double the memory).
const chunkSize = 1 << 16;

// Object keys as written, made once per key: `"type":` on one line, `"type": ` indented.
const keyTexts = { compact: new Map<string, string>(), indented: new Map<string, string>() };

/**
 * Serialize plain data (no `toJSON`, no accessors) as JSON in chunks, with exactly the text
 * `JSON.stringify(value, undefined, indent)` gives, plus a final newline, without ever building
 * that text as one string.
 *
 * A walk written for the shape of the data rather than `JSON.stringify` on each node: only strings
 * go through `JSON.stringify` (its escaping), and indentation is written as the walk goes instead
 * of being added by replacing every line break of a nested node's text. It is also faster than
 * one `JSON.stringify` of the whole tree (about 1.5× on a 5 MB document).
 *
 * @param value The data.
 * @param indent Spaces of indentation (0 for one line, as `--ndjson` wants).
 * @param write Receives the text in order, in pieces of about 64K characters.
 */
export function writeJsonChunks(value: unknown, indent: number, write: (chunk: string) => void): void {
  // JSON.stringify indents by at most ten spaces.
  const space = ' '.repeat(Math.min(10, Math.max(0, indent)));
  const colon = space.length > 0 ? ': ' : ':';
  // The line break and indentation before a member at each depth ('' on one line).
  const breaks: string[] = [];
  const breakAt = (depth: number): string => (breaks[depth] ??= space.length > 0 ? `\n${space.repeat(depth)}` : '');
  const known = space.length > 0 ? keyTexts.indented : keyTexts.compact;
  const keyText = (key: string): string => {
    let text = known.get(key);
    if (text === undefined) {
      text = JSON.stringify(key) + colon;
      if (known.size < 1024) known.set(key, text);
    }
    return text;
  };
  let out = '';

  const visit = (node: unknown, depth: number): void => {
    switch (typeof node) {
      case 'string':
        out += JSON.stringify(node);
        return;
      case 'number':
        out += Number.isFinite(node) ? String(node) : 'null';
        return;
      case 'boolean':
        out += node ? 'true' : 'false';
        return;
      case 'object':
        break;
      default:
        // What JSON.stringify leaves out of an object never reaches here; in an array it is null.
        out += 'null';
        return;
    }
    if (node === null) {
      out += 'null';
      return;
    }
    const inner = breakAt(depth + 1);
    if (Array.isArray(node)) {
      if (node.length === 0) {
        out += '[]';
        return;
      }
      out += '[';
      for (let index = 0; index < node.length; index++) {
        out += index === 0 ? inner : `,${inner}`;
        visit(node[index], depth + 1);
      }
      out += `${breakAt(depth)}]`;
    } else {
      const object = node as Record<string, unknown>;
      let first = true;
      out += '{';
      for (const key of Object.keys(object)) {
        const field = object[key];
        if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
        out += (first ? inner : `,${inner}`) + keyText(key);
        first = false;
        visit(field, depth + 1);
      }
      out += first ? '}' : `${breakAt(depth)}}`;
    }
    if (out.length >= chunkSize) {
      write(out);
      out = '';
    }
  };

  visit(value, 0);
  write(`${out}\n`);
}
