import { describe, expect, it } from 'vitest';
import { adjustData, rerunChecks, runChecks } from '../../../../shared/checks';
import { findingKey } from '../../../../shared/model';
import { sampleData, withCell } from '../../../helpers/reportData';

const CORRECTION = { cell: 't3.unable.no_info.natural', value: 1, reason: '原件为1', author: '甲', at: '2026-01-01T00:00:00Z' };

describe('rerunning the checks on the auditor’s decisions', () => {
  it('a correction of the 3 of 本机关不掌握 (002) to 1 makes the 自然人 outcome-sum finding go away and the row sum appear', () => {
    const data = sampleData('002-huancui-science-2023');
    const extracted = runChecks(data);
    expect(extracted.some((f) => f.rule === 't3.outcome_sum' && f.cells.includes('t3.total.natural'))).toBe(true);
    const r = rerunChecks(data, extracted, { blankAsZero: false, corrections: [CORRECTION] });
    expect(r.findings.some((f) => f.rule === 't3.outcome_sum' && f.cells.includes('t3.total.natural'))).toBe(false);
    expect(r.vanished.map((f) => f.message)).toEqual(['（七）总计（自然人）为1，但各办理结果之和为3']);
    // The 总计 column still says 3, so the row no longer adds up: a finding the correction brought.
    const rowSum = r.findings.find((f) => f.rule === 't3.row_sum');
    expect(rowSum?.message).toContain('总计为3，但自然人与法人或其他组织各列之和为1');
    expect(r.appeared).toEqual([findingKey(rowSum!)]);
  });

  it('never changes the extracted data: the corrected cell keeps what the source shows', () => {
    const data = sampleData('002-huancui-science-2023');
    const before = JSON.stringify(data);
    const adjusted = adjustData(data, { blankAsZero: true, corrections: [CORRECTION] });
    expect(JSON.stringify(data)).toBe(before);
    expect(adjusted.tables.t3['unable.no_info'].natural).toMatchObject({ raw: '3', value: 1, note: '更正：原件为1' });
  });

  it('空白按 0 计 compares the sums over blank cells as the numbers say', () => {
    // 003: 一、本年新收 总计 5 = 1 + 1 + 3; blank one of the parts that is 0 and one that is not.
    let data = sampleData('003-weihai-etdz-2020');
    const zeroCell = Object.entries(data.tables.t3.new).find(([c, v]) => c !== 'total' && v.value === 0)![0];
    data = withCell(data, `t3.new.${zeroCell}`, '');
    const strict = runChecks(data);
    expect(strict.filter((f) => f.rule === 't3.row_sum')).toEqual([]);
    expect(strict.filter((f) => f.rule === 'value.kind').map((f) => f.cells)).toEqual([[`t3.new.${zeroCell}`]]);
    const asZero = rerunChecks(data, strict, { blankAsZero: true, corrections: [] });
    expect(asZero.findings.filter((f) => f.rule === 'value.kind')).toEqual([]);
    expect(asZero.findings.filter((f) => f.rule === 't3.row_sum')).toEqual([]);

    const nonZero = Object.entries(data.tables.t3.new).find(([c, v]) => c !== 'total' && (v.value ?? 0) > 0)![0];
    const lost = withCell(data, `t3.new.${nonZero}`, '');
    const r = rerunChecks(lost, runChecks(lost), { blankAsZero: true, corrections: [] });
    expect(r.findings.filter((f) => f.rule === 't3.row_sum').map((f) => f.cells[0])).toEqual(['t3.new.natural']);
    expect(r.appeared.some((k) => k.startsWith('t3.row_sum|'))).toBe(true);
  });
});
