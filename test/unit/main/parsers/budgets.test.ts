import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkZipBudget, countOperators, zipDirectory } from '../../../../main/parsers/budgets';
import { checkPdfBudget } from '../../../../main/parsers/pdfBudget';
import { parseFile } from '../../../../main/parsers';
import { ParseError } from '../../../../main/parsers/parseError';
import { deeplyNestedHtml, operatorBombPdf, zipBombDocx } from '../../../helpers/hostileFolder';
import { sampleNames, samplePath } from '../../../helpers/fixtures';

/** The ParseError a call throws (or null). */
function refusal(run: () => unknown): ParseError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
}

describe('zip budget (before mammoth)', () => {
  it('reads the central directory of a real .docx', () => {
    const entries = zipDirectory(new Uint8Array(readFileSync(samplePath('000-weihai-science-2020', 'docx'))));
    const doc = entries?.find((e) => e.name === 'word/document.xml');
    expect(doc?.uncompressed).toBeGreaterThan(doc?.compressed ?? Infinity);
    expect(doc?.uncompressed).toBeLessThan(BUDGETS.zipXmlEntryBytes);
  });

  it('refuses a 450 MB document.xml from its declared size, naming the part, the size and the limit', () => {
    const error = refusal(() => checkZipBudget(new Uint8Array(zipBombDocx(450))));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/word\/document\.xml 解压后为 45\d MB.*超过单个正文部件 64 MB 的上限/);
  });

  it('passes every sample .docx', () => {
    for (const base of sampleNames()) {
      const path = samplePath(base, 'docx');
      try {
        checkZipBudget(new Uint8Array(readFileSync(path)));
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') continue;
        throw error;
      }
    }
  });

  it('answers a zip bomb through the parser in a moment, before mammoth inflates it', async () => {
    await expect(parseFile(new Uint8Array(zipBombDocx(450)), 'bomb.docx')).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('PDF budget (before pdf.js)', () => {
  it('counts operators, not names, numbers or strings', () => {
    expect(countOperators(Buffer.from('BT /F1 12 Tf 72 700 Td (Tj Tj) Tj ET\nq 1 0 0 1 0 0 cm Q'))).toBe(8);
  });

  it('refuses a content stream that inflates past the byte budget, naming the limit', () => {
    const error = refusal(() => checkPdfBudget(new Uint8Array(operatorBombPdf(100))));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/内容流解压后超过 32 MB 的上限/);
  });

  it('refuses a content stream with more operators than the budget', () => {
    // 1.2 million `Q` operators: 2.4 MB, under the byte budget.
    const error = refusal(() => checkPdfBudget(new Uint8Array(operatorBombPdf(2.4, 'Q\n'))));
    expect(error?.message).toMatch(/第 1 页含约 1,[\d,]+ 个绘制指令（其内容流与反复引用的表单合计），超过每页 1,000,000 个的上限/);
  });

  it('passes every sample PDF and the project PDFs', () => {
    for (const base of sampleNames()) checkPdfBudget(new Uint8Array(readFileSync(samplePath(base, 'pdf'))));
  });
});

describe('text and nesting budgets', () => {
  it('refuses HTML nested 20,000 deep with the depth and the limit, without overflowing the stack', async () => {
    const error = await parseFile(new Uint8Array(Buffer.from(deeplyNestedHtml(20_000))), 'deep.html').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/嵌套深达 20003 层，超过 256 层的上限/) });
  });

  it('refuses a text file beyond the size budget before decoding it', async () => {
    const bytes = new Uint8Array(BUDGETS.textChars * 4 + 1).fill(0x31);
    const error = await parseFile(bytes, 'big.txt').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/文本文件大小为 \d+ MB，超过 \d+ MB 的上限/) });
  });
});
