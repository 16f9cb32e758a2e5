import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../../../shared/extract';
import { extractNarrative } from '../../../../../shared/extract/narrative';
import { MAX_SENTENCE, findStatements } from '../../../../../shared/extract/narrative/statements';
import type { LayoutParagraph } from '../../../../../shared/model';
import { adversarialLines } from '../../../../helpers/adversarialText';
import { layoutOf, paragraph } from '../../../../helpers/layout';

const para = (text: string): LayoutParagraph => paragraph(text) as LayoutParagraph;

// Each case runs every narrative pattern (sections, statements, signature, years, fees) and the
// whole extraction on one adversarial line. Before the patterns were made linear, the first lines
// alone took minutes; the time is measured in `npm run bench` (narrativeBench), not asserted here:
// the test runner's own timeout is the only bound.
describe('narrative patterns on adversarial lines', () => {
  for (const n of [300, 20_000]) {
    for (const line of adversarialLines(n)) {
      it(`reads ${line.name} without blowing up`, () => {
        const paragraphs = [para('本机关2020年政府信息公开工作年度报告'), para(line.text), para('2021年1月28日')];
        const facts = extractNarrative(paragraphs, 2020);
        expect(facts.signed?.date).toBe('2021-01-28');
        const data = extractReport(layoutOf(paragraphs));
        expect(data.signed?.date).toBe('2021-01-28');
      });
    }
  }

  it('still reads a count whose words are separated by long runs of white space', () => {
    const text = `本年度收到${' '.repeat(5000)}政府信息公开\u3000\u3000申请${'\u00a0'.repeat(300)}共 12${' '.repeat(40)}件。`;
    const [statement] = extractNarrative([para(text)], 2020).statements;
    expect(statement).toMatchObject({ topic: 'applications', value: 12 });
    // The statement quotes the sentence as written, and its anchor covers it.
    expect(statement.text).toBe(text);
  });

  it('reads no count from a sentence longer than MAX_SENTENCE once white space is collapsed', () => {
    const filler = '据'.repeat(MAX_SENTENCE);
    expect(findStatements([para(`收到申请 12 件${filler}`)], 2020)).toEqual([]);
    expect(findStatements([para(`收到申请 12 件${filler.slice(20)}`)], 2020)).toHaveLength(1);
  });
});
