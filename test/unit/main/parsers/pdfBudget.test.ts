// The PDF budgets per page (issue 9): the page count the page tree declares, and each page's
// operators as pdf.js would run them (its content streams, the forms it paints as often as it
// paints them), checked on the bytes before pdf.js works. Fixtures are made here, a few KB each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../main/parsers';
import { loadPdfjs } from '../../../../main/parsers/pdf/readPdf';
import { checkPdfBudget, measurePdf } from '../../../../main/parsers/pdfBudget';
import { formBombPdf, manyPagesPdf, repeatedContentsPdf, tinyPagesPdf } from '../../../helpers/hostileFolder';
import { sampleNames, samplePath } from '../../../helpers/fixtures';

const refused = (bytes: Buffer) =>
  parseFile(new Uint8Array(bytes), 'x.pdf').then(
    () => null,
    (e: unknown) => e as { code: string; message: string },
  );

describe('page count declared by the page tree', () => {
  it('a tree claiming a million pages (one real) is refused with the count and the limit, not called a scan', async () => {
    expect(await refused(manyPagesPdf(1_000_000))).toMatchObject({
      code: 'too-large',
      message: 'PDF 的页面目录声明共 1,000,000 页，超过 500 页的上限，不像一份年度报告，未读取。',
    });
  });

  it('5,000 real tiny pages are refused before pdf.js reads any', () => {
    expect(() => checkPdfBudget(new Uint8Array(tinyPagesPdf(5000)))).toThrow(/声明共 5,000 页，超过 500 页的上限/);
  });

  it('a file under the page limit passes and is read', async () => {
    expect(measurePdf(new Uint8Array(tinyPagesPdf(3))).declaredPages).toBe(3);
    await expect(parseFile(new Uint8Array(tinyPagesPdf(3)), 'x.pdf')).rejects.toMatchObject({ code: 'scanned' }); // three letters: no report, but read
  });
});

describe('operators per page', () => {
  it('one page painting a 50,000-operator form 20,000 times (2 KB on disk) is refused, naming the page, the amount and the limit', async () => {
    const error = await refused(formBombPdf(20_000, 50_000));
    expect(error).toMatchObject({ code: 'too-large' });
    expect(error?.message).toMatch(/^PDF 第 1 页含约 1,000,[\d,]+ 个绘制指令（其内容流与反复引用的表单合计），超过每页 1,000,000 个的上限/);
  });

  it('every stream under the limit, but the page over it: one stream listed 2,000 times in /Contents', () => {
    const bytes = new Uint8Array(repeatedContentsPdf(2000, 1000));
    expect(measurePdf(bytes).pageOperators).toEqual([2000 * 1002]);
    expect(() => checkPdfBudget(bytes)).toThrow(/第 1 页含约 2,004,000 个绘制指令/);
  });

  it('a form painted a few times stays within the budget', () => {
    const bytes = new Uint8Array(formBombPdf(10, 20_000));
    expect(measurePdf(bytes).pageOperators).toEqual([10 * 20_001 + 40]);
    expect(() => checkPdfBudget(bytes)).not.toThrow();
  });

  it('counts each page of the samples as pdf.js runs it (within 15%), and passes them all', async () => {
    const pdfjs = await loadPdfjs();
    for (const base of sampleNames()) {
      const bytes = new Uint8Array(readFileSync(samplePath(base, 'pdf')));
      checkPdfBudget(bytes);
      const measured = measurePdf(bytes).pageOperators;
      const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
      expect(measured, base).toHaveLength(doc.numPages);
      for (let n = 1; n <= doc.numPages; n++) {
        const real = (await (await doc.getPage(n)).getOperatorList()).fnArray.length;
        expect(Math.abs(measured[n - 1] - real), `${base} p.${n}: ${measured[n - 1]} vs ${real}`).toBeLessThanOrEqual(Math.max(10, real * 0.15));
      }
      await doc.destroy();
    }
  }, 120_000);
});
