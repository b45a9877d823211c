import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, readText } from '../src/read/read.js';
import { sniffFormat } from '../src/read/sniff.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it.each([
    ['a PDF by its signature, whatever its name', bytes('%PDF-1.7\n%\u00e2\u00e3'), 'notes.txt', 'pdf'],
    ['a PDF signature after junk bytes', bytes('\r\n\r\n%PDF-1.4\n'), undefined, 'pdf'],
    ['a zip (a .docx) by its signature', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), undefined, 'docx'],
    ['an OLE file (a .doc) by its signature', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'a.doc', 'docx'],
    ['a page by its doctype', bytes('<!DOCTYPE html>\n<html><body><p>一、总体要求</p>'), undefined, 'html'],
    ['a page after a BOM and a comment', bytes('\ufeff<!-- saved -->\n<html lang="zh">'), undefined, 'html'],
    ['a page by its name', bytes('<p>一、总体要求</p>'), 'notice.HTM', 'html'],
    ['an XHTML page after its XML declaration', bytes('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x">'), undefined, 'html'],
    ['a page that starts with its title or a script', bytes('<TITLE>关于做好工作的通知</TITLE>\n<p>'), undefined, 'html'],
    ['a page that starts with a script', bytes('<script type="text/javascript">var a;</script>'), undefined, 'html'],
    ['a .pdf that is not one goes to the PDF reader, which says so', bytes('一、总体要求'), 'a.pdf', 'pdf'],
    ['text that speaks of tags is text', bytes('一、关于<html>标签的说明\n'), undefined, 'text'],
    ['text by default', bytes('关于做好工作的通知\n'), 'a.txt', 'text'],
  ] as const)('reads %s', (_name, input, name, expected) => {
    expect(sniffFormat(input, name)).toBe(expected);
  });
});

describe('read', () => {
  it('reads a text file as decoded text with no facts', async () => {
    expect(await read(bytes('一、总体要求\n'), { name: 'a.txt' })).toEqual({ text: '一、总体要求\n', format: 'text', encoding: 'utf8', facts: [], notes: [] });
    expect(readText(bytes('\ufeff一、'))).toMatchObject({ text: '一、', encoding: 'utf8' });
  });

  it('takes --from over the bytes', async () => {
    expect((await read(bytes('%PDF-1.7 is a format'), { from: 'text' })).format).toBe('text');
  });

  it('reads a Word file with the Word reader, loaded when needed', async () => {
    const extracted = await read(readFileSync(new URL('../fixtures/docx/typed-notice.docx', import.meta.url)));
    expect(extracted.format).toBe('docx');
    expect(extracted.text.length).toBeGreaterThan(100);
  });
});
