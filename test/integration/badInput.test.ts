import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewPath, reviewPaths } from '../../main/documents/review';
import { OWN_FIXTURES, samplePath } from '../helpers/fixtures';

const bad = (name: string) => join(OWN_FIXTURES, 'bad', name);

async function failure(name: string) {
  const outcome = await reviewPath(bad(name));
  if (outcome.ok) throw new Error(`${name} was read as a report`);
  return outcome.failed.error;
}

describe('files that cannot be reviewed get a clear Chinese message', () => {
  it('says an empty file is empty', async () => {
    expect(await failure('empty.docx')).toEqual({ code: 'empty', message: expect.stringContaining('空') });
  });

  it('says a .docx that is not a zip is no format it knows', async () => {
    const error = await failure('not-a-zip.docx');
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/无法识别的文件格式/);
  });

  it('says a zip without a Word document is not a .docx', async () => {
    const error = await failure('zip-not-docx.docx');
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/压缩包.*不是 Word 文档/);
  });

  it('says a truncated .docx is damaged', async () => {
    const error = await failure('truncated.docx');
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/损坏|不完整|不是 Word/);
  });

  it('says a text that is no report is not a report', async () => {
    const error = await failure('shopping-list.txt');
    expect(error.code).toBe('not-a-report');
    expect(error.message).toMatch(/不是政府信息公开工作年度报告/);
  });

  it('names a missing file', async () => {
    const error = await failure('no-such-file.docx');
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/找不到文件/);
  });
});

describe('files that are not what their name says', () => {
  it('reads a Word file named .pdf as Word, and says so', async () => {
    const outcome = await reviewPath(bad('word-named-as.pdf'));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    expect(outcome.doc.format).toBe('docx');
    expect(outcome.doc.data.organ).toBe('威海市环翠区科学技术局');
    expect(outcome.doc.parsed.layout.warnings.join('')).toMatch(/扩展名.*PDF.*实为Word 文档/);
  });
});

describe('a report with no tables', () => {
  it('is read, and every table row is reported missing rather than crashing', async () => {
    const outcome = await reviewPath(bad('no-tables.txt'));
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    expect(outcome.doc.data.year).toBe(2022);
    expect(outcome.doc.data.rowsFound).toEqual([]);
    expect(outcome.doc.findings.some((f) => f.rule === 'structure.missing')).toBe(true);
  });
});

describe('a batch', () => {
  it('goes on past files that fail, in order, and reports progress for each', async () => {
    const progress: number[] = [];
    const outcomes = await reviewPaths([bad('empty.docx'), samplePath('002-huancui-science-2023', 'docx'), bad('zip-not-docx.docx')], (p) => progress.push(p.done));
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false]);
    expect(progress).toEqual([0, 1, 2, 3]);
  });
});
