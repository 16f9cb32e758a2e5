import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewPaths } from '../../main/documents/review';
import type { ReviewedDocument } from '../../main/documents/reviewFile';
import { writeExports } from '../../main/export/cliExport';
import { findingKey } from '../../shared/model';
import type { ReviewAnnotations } from '../../shared/model';
import { samplePath } from '../helpers/fixtures';

/**
 * The summary PDF of sample 002 with an auditor's status and notes, printed by the local Chromium
 * exactly as `npm run review -- --pdf` does, then read back with poppler.
 */
describe('review summary PDF of sample 002 with a status and notes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'));
  const pdfPath = join(dir, '002.pdf');
  let doc: ReviewedDocument;
  let text: string;
  let raw: string;

  beforeAll(async () => {
    const [outcome] = await reviewPaths([samplePath('002-huancui-science-2023', 'docx')]);
    if (!outcome.ok) throw new Error(outcome.failed.error.message);
    doc = outcome.doc;
    const natural = doc.findings.find((f) => f.rule === 't3.outcome_sum' && f.cells.includes('t3.total.natural'));
    if (!natural) throw new Error('the pipeline did not report the outcome-sum error of 002');
    const backup: ReviewAnnotations[] = [
      {
        sha256: doc.sha256,
        reviewer: '王审阅',
        decisions: [{ findingKey: findingKey(natural), status: 'confirmed', note: '已电话核实，（四）1.应填1件。', updatedAt: '2024-03-05T09:00:00Z' }],
        notes: [
          {
            target: { kind: 'finding', findingKey: findingKey(natural) },
            text: '请报告机关更正表三并重新发布。',
            author: '王审阅',
            createdAt: '2024-03-05T09:01:00Z',
            updatedAt: '2024-03-05T09:01:00Z',
          },
          {
            target: { kind: 'passage', anchor: { kind: 'text', start: 0, end: 12 }, quote: '全年共收到政府信息公开申请1件' },
            text: '正文与表三（四）的3件不符。',
            author: '王审阅',
            createdAt: '2024-03-05T09:02:00Z',
            updatedAt: '2024-03-05T09:02:00Z',
          },
        ],
      },
    ];
    const notesPath = join(dir, 'notes.json');
    writeFileSync(notesPath, JSON.stringify(backup));
    await writeExports([outcome], { pdf: pdfPath, notes: notesPath }, { now: new Date(2024, 2, 5) });
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    // -raw keeps the content-stream order: a table row comes out as one line, whereas -layout
    // splits a row whose marked cell sits a little higher.
    raw = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', pdfPath, '-'], { encoding: 'utf8' });
  }, 120_000);

  it('prints the cover: organ, year, template, file name, SHA-256, reviewer and date', () => {
    expect(text).toContain('威海市环翠区科学技术局');
    expect(text).toContain('2023年度');
    expect(text).toContain('2021年版');
    expect(text).toContain('002-huancui-science-2023.docx');
    expect(text.replace(/\s/g, '')).toContain(doc.sha256);
    expect(text).toContain('王审阅');
    expect(text).toContain('2024-03-05');
  });

  it('prints the finding, its status 已确认问题, the opinion, the note and the passage quote', () => {
    expect(text).toContain('（七）总计（自然人）为1，但各办理结果之和为3');
    expect(text).toContain('审阅状态：已确认问题');
    expect(text).toContain('审阅状态：待核实');
    expect(text).toContain('已电话核实，（四）1.应填1件。');
    expect(text).toContain('请报告机关更正表三并重新发布。');
    expect(text).toContain('全年共收到政府信息公开申请1件');
    expect(text).toContain('正文与表三（四）的3件不符。');
  });

  it('prints table 3 in rows with the flagged 3 of 本机关不掌握 and the total 1 marked with their finding numbers', () => {
    // The table row (the label followed by numbers), not a finding that names the same label.
    const values = (label: string) => {
      const line = raw.split('\n').find((l) => new RegExp(`${label.replace(/[().]/g, '\\$&')}\\s+\\d`).test(l)) ?? '';
      return line
        .slice(line.indexOf(label) + label.length)
        .trim()
        .split(/\s+/);
    };
    expect(values('1.本机关不掌握相关政府信息')).toEqual(['3①', '0', '0', '0', '0', '0', '3②']);
    expect(values('一、本年新收政府信息公开申请数量')).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(values('（七）总计')).toEqual(['1①', '0', '0', '0', '0', '0', '1②']);
    expect(values('行政规范性文件')).toEqual(['2', '0', '3']);
  });

  it('writes the Chinese as real text in embedded CJK fonts, not boxes', () => {
    expect(text).not.toMatch(/[\ufffd\u25a1]/);
    const han = text.match(/\p{Script=Han}/gu) ?? [];
    expect(han.length).toBeGreaterThan(500);
    // Skia embeds the CFF-outlined Noto CJK as Type 3 fonts; what makes the text real is that
    // every font is embedded and carries a ToUnicode map (the emb and uni columns).
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/\syes\s+(yes|no)\s+yes\s/);
  });

  it('numbers the A4 pages 第 n 页 / 共 m 页', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const footers = text.replace(/\s+/g, '').match(/第\d+页\/共\d+页/g) ?? [];
    expect(footers).toEqual(Array.from({ length: pages }, (_, i) => `第${i + 1}页/共${pages}页`));
  });

  it('says where in the source each finding is: the section of a Word file', () => {
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('表三（四）1.本机关不掌握相关政府信息·自然人（原文位置：三、收到和处理政府信息公开申请情况）');
  });

  it('heads every page with the organ and the year', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    for (let p = 1; p <= pages; p++) {
      const page = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(p), '-l', String(p), pdfPath, '-'], { encoding: 'utf8' });
      expect(page.replace(/\s+/g, ''), `page ${p}`).toContain('威海市环翠区科学技术局2023年度年度报告审阅');
    }
  });

  it('wraps column headers between words, never inside one (商业/企业, not 商业企/业)', () => {
    // -layout prints each header line of a cell apart: a cut inside a word leaves a lone half.
    const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(layout).not.toMatch(/商业企(?!业)|科研机(?!构)|社会公(?!益)|法律服(?!务)|结果维(?!持)|结果纠(?!正)|尚未审(?!结)/);
    expect(layout).toMatch(/商业/);
  });

  it('renders the first page as an image', () => {
    execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-png', pdfPath, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(5_000);
  });
});

describe('review summary PDF of the PDF of sample 002', () => {
  it('names the source pages of each finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'));
    const pdfPath = join(dir, '002-pdf.pdf');
    const outcomes = await reviewPaths([samplePath('002-huancui-science-2023', 'pdf')]);
    await writeExports(outcomes, { pdf: pdfPath }, { now: new Date(2024, 2, 5) });
    const flat = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    // 本机关不掌握 stands on page 4 of the report, （七）总计 on page 5.
    expect(flat).toContain('表三（四）1.本机关不掌握相关政府信息·自然人（原文第4、5页）');
    expect(flat).toContain('其他、总计（原文第5页）');
  }, 120_000);
});
