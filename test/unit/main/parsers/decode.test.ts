import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../main/parsers/decode';

const TEXT = '政府信息公开工作年度报告（二〇二一年）';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toBe(TEXT);
  });
  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TEXT, 'gbk')))).toBe(TEXT);
  });
  it('follows a BOM for UTF-16', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TEXT, 'utf16le', { addBOM: true })))).toBe(TEXT);
  });
  it('takes a declared gb2312 as GB18030, so characters outside GB2312 survive', () => {
    const rare = '镕';
    expect(decodeText(new Uint8Array(iconv.encode(rare, 'gb18030')), 'gb2312')).toBe(rare);
  });
});
