/**
 * The OLE compound file (Compound File Binary, MS-CFB) that Word 97–2003 saves a `.doc` in, and
 * that Office wraps an encrypted `.docx` in (an `EncryptedPackage` stream beside its
 * `EncryptionInfo`). jyparse reads neither; it only tells them apart, to say what to do.
 */

// e.g. D0 CF 11 E0 A1 B1 1A E1, the first eight bytes of every compound file
const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Whether bytes begin like a compound file.
 *
 * @param bytes The file.
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

const entrySize = 128;
const nameBytes = 64;
// Object types of a directory entry: storage, stream, root storage.
const entryTypes = new Set([1, 2, 5]);

/**
 * The names of the streams and storages of a compound file, read from its directory entries.
 *
 * The directory is not found by following the sector chain: every 128-byte slot of every sector
 * is tried as a directory entry (a UTF-16 name with its terminator, a name length that matches it,
 * a known object type), which also reads what is left of a truncated file. A slot of stream data
 * that passes all three tests by chance could only add a name, never hide one.
 *
 * @param bytes The file.
 * @returns The names found.
 */
export function compoundEntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  // The sector size is 2^shift (512 bytes in version 3, 4096 in version 4); the header fills
  // the first sector.
  const shift = (bytes[0x1e] ?? 9) | ((bytes[0x1f] ?? 0) << 8);
  const sectorSize = shift === 12 ? 4096 : 512;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = sectorSize; at + entrySize <= bytes.length; at += entrySize) {
    const length = view.getUint16(at + nameBytes, true);
    if (length < 4 || length > nameBytes || length % 2 !== 0 || !entryTypes.has(bytes[at + nameBytes + 2] as number)) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue;
    let name = '';
    for (let offset = 0; offset < length - 2; offset += 2) {
      const code = view.getUint16(at + offset, true);
      if (code === 0) break;
      name += String.fromCharCode(code);
    }
    if (name.length === (length - 2) / 2) names.add(name);
  }
  return names;
}

/**
 * Why a compound file is not a `.docx` jyparse can read, in the words the user needs.
 *
 * @param bytes A compound file.
 */
export function compoundFileReason(bytes: Uint8Array): string {
  const names = compoundEntryNames(bytes);
  if (names.has('EncryptedPackage')) {
    return 'this Word document is encrypted (password-protected): open it in Word and save it without a password';
  }
  if (names.has('WordDocument')) return 'this is a .doc (Word 97–2003) file: save it as .docx';
  return 'this is an Office 97–2003 file (OLE compound document), not a Word .docx document';
}
