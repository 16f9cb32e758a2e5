import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cfbNamespace from 'cfb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPath } from '../../main/documents/review';
import { toReportJson } from '../../main/documents/reportJson';
import { parseFile } from '../../main/parsers';
import { findSoffice } from '../../main/parsers/doc/libreOffice';
import type { LayoutBlock, LayoutTable } from '../../shared/model';
import { cellDifferences, missingFindings, unexpectedFindings } from '../helpers/compareExpected';
import { OWN_FIXTURES, expectedOf, samplePath } from '../helpers/fixtures';

const CFB = ((cfbNamespace as unknown as { default?: typeof cfbNamespace }).default ?? cfbNamespace) as typeof cfbNamespace;
const doc = (name: string) => join(OWN_FIXTURES, 'doc', name);
const parse = async (path: string, name = path) => (await parseFile(new Uint8Array(readFileSync(path)), name)).parsed;
const tables = (blocks: LayoutBlock[]) => blocks.filter((b): b is LayoutTable => b.kind === 'table');
const failure = async (bytes: Uint8Array, name: string) => {
  try {
    await parseFile(bytes, name);
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error(`${name} was read`);
};

// The crafted variants (test/fixtures/doc/make/craft.ts) of three samples: each must read to the
// very layout of the .doc it was made from, and to the sample's truth.
describe.each([
  { file: 'vertical-merge-sprm.doc', from: '001-lingang-innovation-2020' },
  { file: 'fast-saved-pieces.doc', from: '003-weihai-etdz-2020' },
  { file: 'gbk-piece.doc', from: '002-huancui-science-2023' },
])('$file', ({ file, from }) => {
  it(`reads to the same layout as ${from}.doc`, async () => {
    const [crafted, plain] = await Promise.all([parse(doc(file)), parse(doc(`${from}.doc`))]);
    expect(crafted.layout.blocks).toEqual(plain.layout.blocks);
    expect(crafted.html).toBe(plain.html);
  });

  it('reads every cell and exactly the findings of the truth', async () => {
    const outcome = await reviewPath(doc(file));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    const json = toReportJson(outcome.doc);
    const expected = expectedOf(from);
    expect(cellDifferences(json, expected)).toEqual([]);
    expect(missingFindings(json, expected)).toEqual([]);
    expect(unexpectedFindings(json, expected)).toEqual([]);
  });
});

describe('vertical-merge-sprm.doc', () => {
  it('has row spans, which come only from sprmTVertMerge', async () => {
    const spans = tables((await parse(doc('vertical-merge-sprm.doc'))).layout.blocks).flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.rowSpan)));
    expect(Math.max(...spans)).toBeGreaterThan(1);
  });
});

describe('gbk-piece.doc', () => {
  it('holds 8-bit GB2312 pieces (the reader does not just see UTF-16)', () => {
    const bytes = readFileSync(doc('gbk-piece.doc'));
    expect(bytes.includes(Buffer.from([0xd6, 0xf7, 0xb6, 0xaf]))).toBe(true); // 主动 in GB2312
  });
});

describe('features.doc (text box, hyperlink field, line break, tracked changes, merged and nested table)', () => {
  it('shows field results, not codes, the text box text, and inserted but not deleted revisions', async () => {
    const { layout } = await parse(doc('features.doc'));
    const paragraphs = layout.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs).toEqual([
      '某某局2023年政府信息公开工作年度报告',
      '正文第一段，详见政府网站链接。',
      '第二段\n换行之后',
      '表后段落（新增）',
      '文本框中的说明：本年度收到申请三件。',
    ]);
  });

  // The cell holding 7 also holds a deleted 9 (a tracked change): it must read 7, not 97.
  it('keeps the outer table exact with the nested table’s text in its cell', async () => {
    const [table] = tables((await parse(doc('features.doc'))).layout.blocks);
    expect(table.rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan, c.colSpan, c.col]))).toEqual([
      [
        ['纵向合并', 2, 1, 0],
        ['横向合并', 1, 2, 1],
        ['右上', 1, 1, 3],
      ],
      [
        ['内表之前\n内一\n内二', 1, 1, 1],
        ['中', 1, 1, 2],
        ['7', 1, 1, 3],
      ],
      [
        ['末行', 1, 1, 0],
        ['1', 1, 1, 1],
        ['2', 1, 1, 2],
        ['3', 1, 1, 3],
      ],
    ]);
  });
});

/** features.doc with the FIB's nFib set to 104 (Word 95): the reader refuses it by that number. */
function word95(): Uint8Array {
  const container = CFB.parse(readFileSync(doc('features.doc')));
  const entry = container.FileIndex.find((e) => e.name === 'WordDocument');
  if (!entry) throw new Error('no WordDocument');
  const word = Buffer.from(entry.content as Uint8Array);
  word.writeUInt16LE(104, 2);
  entry.content = word;
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

describe('files the reader refuses, each with a clear message (no LibreOffice fallback)', () => {
  const saved = process.env.REPORT_REVIEW_SOFFICE;
  beforeAll(() => {
    process.env.REPORT_REVIEW_SOFFICE = 'none';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.REPORT_REVIEW_SOFFICE;
    else process.env.REPORT_REVIEW_SOFFICE = saved;
  });

  it('an encrypted .doc (saved with a password by LibreOffice)', async () => {
    const { code, message } = await failure(new Uint8Array(readFileSync(doc('encrypted-password.doc'))), 'encrypted-password.doc');
    expect(code).toBe('encrypted');
    expect(message).toMatch(/密码/);
  });

  it('a Word 6.0/95 document (its FIB says nFib 104)', async () => {
    const { code, message } = await failure(word95(), 'old.doc');
    expect(code).toBe('unsupported');
    expect(message).toMatch(/Word 6\.0\/95/);
  });

  it('a Microsoft Works .wps, an Excel file named .doc, and a non-Word compound file named .wps', async () => {
    const make = (streams: string[]) => {
      const container = CFB.utils.cfb_new();
      for (const s of streams) CFB.utils.cfb_add(container, s, Buffer.alloc(600, 1));
      return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    };
    expect((await failure(make(['CONTENTS', 'MatOST']), 'letter.wps')).message).toMatch(/Microsoft Works/);
    expect((await failure(make(['Workbook']), 'table.doc')).message).toMatch(/没有 Word 文档内容/);
    expect((await failure(make(['Unknown']), 'old.wps')).message).toMatch(/旧版金山 WPS/);
    expect((await failure(new Uint8Array([0xff, 0x57, 0x50, 0x53, 0, 1, 2, 3, 0, 0]), 'dos.wps')).message).toMatch(/旧版金山 WPS/);
  });

  it('a .doc whose text is longer than any report (5.2 million 8-bit characters, a budget not a crash)', async () => {
    const container = CFB.parse(readFileSync(doc('features.doc')));
    const stream = (name: string) => container.FileIndex.find((e) => e.name === name)!;
    const word = Buffer.from(stream('WordDocument').content as Uint8Array);
    const tableEntry = stream(word.readUInt16LE(0x0a) & 0x0200 ? '1Table' : '0Table');
    const table = Buffer.from(tableEntry.content as Uint8Array);
    const chars = 5_200_000;
    const textAt = word.length;
    // One compressed piece over the appended text, as the whole main text.
    const pcdt = Buffer.alloc(1 + 4 + 8 + 8);
    pcdt[0] = 2;
    pcdt.writeUInt32LE(16, 1);
    pcdt.writeInt32LE(0, 5);
    pcdt.writeInt32LE(chars, 9);
    pcdt.writeUInt32LE((textAt * 2) | 0x40000000, 13 + 2);
    const csw = word.readUInt16LE(32);
    const rgLw = 34 + csw * 2 + 2;
    const rgFcLcb = rgLw + word.readUInt16LE(34 + csw * 2) * 4 + 2;
    word.writeInt32LE(chars, rgLw + 12);
    word.writeUInt32LE(table.length, rgFcLcb + 33 * 8);
    word.writeUInt32LE(pcdt.length, rgFcLcb + 33 * 8 + 4);
    stream('WordDocument').content = Buffer.concat([word, Buffer.alloc(chars, 0x41)]);
    tableEntry.content = Buffer.concat([table, pcdt]);
    const bytes = new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    const { code, message } = await failure(bytes, 'huge.doc');
    expect(code).toBe('too-large');
    expect(message).toMatch(/万字/);
  });

  it('an RTF file named .doc', async () => {
    const { message } = await failure(new TextEncoder().encode('{\\rtf1\\ansi 某某局}'), 'report.doc');
    expect(message).toMatch(/RTF/);
  });

  it('a truncated .doc', async () => {
    const bytes = new Uint8Array(readFileSync(doc('002-huancui-science-2023.doc'))).slice(0, 20000);
    const { code, message } = await failure(bytes, 'cut.doc');
    expect(code).toBe('corrupt');
    expect(message).toMatch(/损坏/);
  });
});

describe('a .wps that is really a .docx zip', () => {
  it('is read as a Word document by its content, without a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wps-zip-'));
    const path = join(dir, '002.wps');
    copyFileSync(samplePath('002-huancui-science-2023', 'docx'), path);
    const outcome = await reviewPath(path);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    expect(outcome.doc.format).toBe('docx');
    expect(outcome.doc.parsed.layout.warnings).toEqual([]);
    expect(cellDifferences(toReportJson(outcome.doc), expectedOf('002-huancui-science-2023'))).toEqual([]);
  });
});

// LibreOffice reads the file whatever its nFib says, so the refused "Word 95" file stands in for a
// real one here: refused by the reader, converted by the installed LibreOffice, read with a warning.
describe.skipIf(findSoffice() === null)('the LibreOffice fallback (LibreOffice installed)', () => {
  it('reads a Word 6.0/95 document through LibreOffice, with a warning saying so', async () => {
    const { format, parsed } = await parseFile(word95(), 'old.doc');
    expect(format).toBe('doc');
    expect(parsed.layout.format).toBe('doc');
    expect(parsed.layout.warnings).toEqual([expect.stringMatching(/Word 6\.0\/95.*LibreOffice/)]);
    const [table] = tables(parsed.layout.blocks);
    expect(table.rows[2].cells.map((c) => c.text)).toEqual(['末行', '1', '2', '3']);
  }, 120_000);
});
