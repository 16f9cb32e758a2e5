import { describe, expect, it } from 'vitest';
import { checkT4Sums } from '../../../../shared/checks/t4Sums';
import { sampleData, withCell } from '../../../helpers/reportData';

describe('t4.sum', () => {
  it('flags 行政复议 10+1+0+0 with 总计 0 and 复议后起诉 5 with 总计 0 (005)', () => {
    const findings = checkT4Sums(sampleData('005-hongze-gov-2023'));
    expect(findings.map((f) => f.message)).toEqual([
      '行政复议：结果维持10+结果纠正1+其他结果0+尚未审结0=11，但总计为0',
      '复议后起诉：结果维持5+结果纠正0+其他结果0+尚未审结0=5，但总计为0',
    ]);
    expect(findings[0].cells).toEqual(['t4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending', 't4.review.total']);
  });

  it('accepts 行政复议 0+0+0+1 = 1 (003)', () => {
    expect(checkT4Sums(sampleData('003-weihai-etdz-2020'))).toEqual([]);
  });

  it('stays silent on a group with a dash in it', () => {
    const data = withCell(sampleData('005-hongze-gov-2023'), 't4.review.total', '—');
    expect(checkT4Sums(data).map((f) => f.cells[0])).toEqual(['t4.litigation_after_review.upheld']);
  });
});
