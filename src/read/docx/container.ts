import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ReadError } from '../types.js';
import { compoundFileReason, isCompoundFile } from './compound-file.js';
import { readRelationships, relationshipsPartOf, type Relationship } from './relationships.js';

/** How much a Word file may inflate to, so that a zip bomb cannot exhaust memory. */
export interface PackageLimits {
  /** The most bytes one part may inflate to. */
  maxPartBytes: number;
  /** The most bytes all the parts jyparse reads may inflate to together. */
  maxTotalBytes: number;
}

/**
 * The default limits: far above the largest real documents (a 1,000-page report's
 * `document.xml` is some tens of megabytes), far below what would exhaust a machine.
 */
export const defaultPackageLimits: PackageLimits = { maxPartBytes: 128 * 2 ** 20, maxTotalBytes: 192 * 2 ** 20 };

/** The parts of a Word package that hold the body text and what numbers and styles it. */
export interface WordParts {
  /** The main document part (`word/document.xml`, or where `_rels/.rels` points). */
  document: Uint8Array;
  documentName: string;
  styles?: { name: string; bytes: Uint8Array };
  numbering?: { name: string; bytes: Uint8Array };
}

// e.g. `PK\x03\x04`, a local file header (`PK\x05\x06` is an empty archive's end record)
const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * Open a Word package and take out its main document, styles and numbering, inflating nothing
 * else and nothing whose declared size is over the limits (sizes are checked before inflating).
 *
 * @param bytes The file.
 * @param limits How much the parts may inflate to.
 * @returns The parts.
 * @throws {ReadError} For a `.doc`, an encrypted document, a file that is not a zip, a corrupt or
 *   truncated zip, a zip that is not a Word document, a part over the limits.
 */
export function openWordPackage(bytes: Uint8Array, limits: PackageLimits = defaultPackageLimits): WordParts {
  if (isCompoundFile(bytes)) throw new ReadError(compoundFileReason(bytes), 'docx');
  if (!isZip(bytes)) throw new ReadError('not a Word document: a .docx is a zip archive, and this file is not one', 'docx');
  // The table of contents first (part names are case-insensitive), then only the parts needed,
  // each pass reading the central directory again rather than inflating anything not asked for.
  const directory = new Map<string, string>();
  unzip(bytes, (file) => {
    directory.set(file.name.toLowerCase(), file.name);
    return false;
  });
  const named = (name: string | undefined): string | undefined => (name === undefined ? undefined : directory.get(name.toLowerCase()));
  let total = 0;
  const take = (names: ReadonlyArray<string | undefined>): Record<string, Uint8Array> => {
    const wanted = new Set(names.filter((name): name is string => name !== undefined));
    return wanted.size === 0 ? {} : unzip(bytes, (file) => {
      if (!wanted.has(file.name)) return false;
      total = checkSize(file, limits, total);
      return true;
    });
  };
  const relationships = (part: string): Relationship[] => {
    const name = named(relationshipsPartOf(part));
    const found = name === undefined ? undefined : take([name])[name];
    return name !== undefined && found ? readRelationships(found, name) : [];
  };
  const documentName = named(relationships('').find((rel) => rel.kind === 'officeDocument')?.target) ?? named('word/document.xml');
  if (documentName === undefined) throw new ReadError(notWordReason(directory), 'docx');
  const folder = documentName.slice(0, documentName.lastIndexOf('/') + 1);
  const documentRels = relationships(documentName);
  const find = (kind: string): string | undefined => named(documentRels.find((rel) => rel.kind === kind)?.target) ?? named(`${folder}${kind}.xml`);
  const stylesName = find('styles');
  const numberingName = find('numbering');
  const parts = take([documentName, stylesName, numberingName]);
  const part = (name: string | undefined): { name: string; bytes: Uint8Array } | undefined => {
    const found = name === undefined ? undefined : parts[name];
    return name !== undefined && found ? { name, bytes: found } : undefined;
  };
  const document = parts[documentName];
  /* v8 ignore next */
  if (!document) throw new ReadError(`not a Word document: ${documentName} cannot be read`, 'docx');
  const styles = part(stylesName);
  const numbering = part(numberingName);
  return { document, documentName, ...(styles && { styles }), ...(numbering && { numbering }) };
}

// Check a part's declared size against the limits before it is inflated.
function checkSize(file: UnzipFileInfo, limits: PackageLimits, total: number): number {
  if (file.originalSize > limits.maxPartBytes) {
    throw new ReadError(`${file.name} would inflate to ${size(file.originalSize)}, more than jyparse reads in one part (${size(limits.maxPartBytes)}): a damaged file or a zip bomb`, 'docx');
  }
  if (total + file.originalSize > limits.maxTotalBytes) {
    throw new ReadError(`the document's parts would inflate to ${size(total + file.originalSize)} or more, more than jyparse reads (${size(limits.maxTotalBytes)}): a damaged file or a zip bomb`, 'docx');
  }
  return total + file.originalSize;
}

function unzip(bytes: Uint8Array, filter: (file: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError(`corrupt or truncated zip archive (${reason})`, 'docx');
  }
}

// e.g. `4096 MB`, `9 KB`
const size = (bytes: number): string => (bytes >= 2 ** 20 ? `${Math.ceil(bytes / 2 ** 20)} MB` : `${Math.ceil(bytes / 1024)} KB`);

// What a zip without a Word document is, when its parts tell.
function notWordReason(directory: ReadonlyMap<string, string>): string {
  const has = (name: string): boolean => directory.has(name);
  if (has('xl/workbook.xml')) return 'not a Word document: this is an Excel workbook (.xlsx)';
  if (has('ppt/presentation.xml')) return 'not a Word document: this is a PowerPoint presentation (.pptx)';
  if (has('mimetype') && has('content.xml')) return 'not a Word document: this is an OpenDocument file (.odt): save it as .docx';
  return 'not a Word document: the zip archive has no word/document.xml';
}
