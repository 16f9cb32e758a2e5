import { describe, expect, it } from 'vitest';
import { formatFromName, sniffFormat } from '../../../../main/parsers/sniff';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it('knows a PDF by its header, whatever comes before it', () => {
    expect(sniffFormat(bytes('\n%PDF-1.7\n1 0 obj'))).toBe('pdf');
  });
  it('tells a Word zip from another zip', () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4, ...bytes('word/document.xml')]))).toBe('docx');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4, ...bytes('readme.txt')]))).toBe('zip');
  });
  it('knows old Word and WPS files by the OLE signature', () => {
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
  });
  it('knows an RTF file (often named .doc) by its header', () => {
    expect(sniffFormat(bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl}}'))).toBe('rtf');
  });
  it('knows a web page with or without a doctype', () => {
    expect(sniffFormat(bytes('\ufeff  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffFormat(bytes('<html><body>报告</body></html>'))).toBe('html');
  });
  it('takes bytes with NULs for binary, and white space alone for empty', () => {
    expect(sniffFormat(new Uint8Array([1, 2, 0, 4]))).toBe('binary');
    expect(sniffFormat(bytes(' \n\u3000 '))).toBe('empty');
    expect(sniffFormat(new Uint8Array())).toBe('empty');
  });
  it('reads a report text as text', () => {
    expect(sniffFormat(bytes('某某局2020年政府信息公开工作年度报告'))).toBe('txt');
  });
});

describe('formatFromName', () => {
  it('maps extensions, case-blind', () => {
    expect(formatFromName('A.DOCX')).toBe('docx');
    expect(formatFromName('a.htm')).toBe('html');
    expect(formatFromName('a.doc')).toBe('doc');
    expect(formatFromName('a.WPS')).toBe('doc');
    expect(formatFromName('a.rtf')).toBeNull();
  });
});
