import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import { NO_FILTERS, batchCounts, filterChoices, visibleRows, type BatchRow } from '../../../../renderer/features/batch/batchRows';

function doc(id: string, over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    name: `${id}.docx`,
    format: 'docx',
    size: 1,
    sha256: id.repeat(64).slice(0, 64),
    status: 'ready',
    organ: null,
    year: null,
    template: '2021',
    counts: { error: 0, warning: 0, info: 0 },
    revision: 1,
    ...over,
  };
}

function row(d: DocumentSummary, order: number, over: Partial<BatchRow> = {}): BatchRow {
  const findings = d.counts.error + d.counts.warning + d.counts.info;
  return { doc: d, order, verdict: null, opinion: '', decided: 0, findings, ...over };
}

const rows: BatchRow[] = [
  row(doc('a', { organ: '乙局', year: 2023, counts: { error: 2, warning: 1, info: 0 } }), 0, { verdict: 'revise', decided: 3 }),
  row(doc('b', { organ: '甲局', year: 2022 }), 1, { verdict: 'pass' }),
  row(doc('c', { status: 'failed', error: { code: 'corrupt', message: '文件已损坏' } }), 2),
  row(doc('d', { organ: '甲局', year: 2023, counts: { error: 1, warning: 0, info: 2 } }), 3, { decided: 1 }),
  row(doc('e', { name: '丙县.txt' }), 4),
];
const ids = (r: BatchRow[]) => r.map((x) => x.doc.id);

describe('the report list’s rows', () => {
  it('keeps the batch order by default and sorts by a column either way, empty values last', () => {
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'order', descending: false }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'year', descending: false }))).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'year', descending: true }))).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'error', descending: true })).slice(0, 2)).toEqual(['a', 'd']);
    expect(ids(visibleRows(rows, NO_FILTERS, { key: 'verdict', descending: false })).slice(0, 2)).toEqual(['a', 'b']);
  });

  it('filters by errors, unfinished, failed, year, organ and search text', () => {
    const sort = { key: 'order' as const, descending: false };
    expect(ids(visibleRows(rows, { ...NO_FILTERS, withErrors: true }, sort))).toEqual(['a', 'd']);
    // Unfinished: undecided findings or no conclusion (b has a verdict and nothing to decide).
    expect(ids(visibleRows(rows, { ...NO_FILTERS, unfinished: true }, sort))).toEqual(['d', 'e']);
    expect(ids(visibleRows(rows, { ...NO_FILTERS, failed: true }, sort))).toEqual(['c']);
    expect(ids(visibleRows(rows, { ...NO_FILTERS, year: 2023, organ: '甲局' }, sort))).toEqual(['d']);
    expect(ids(visibleRows(rows, { ...NO_FILTERS, search: '丙县' }, sort))).toEqual(['e']);
    expect(filterChoices(rows)).toEqual({ years: [2023, 2022], organs: ['甲局', '乙局'] });
    expect(batchCounts(rows)).toEqual({ total: 5, failed: 1, missing: 0, finished: 2, withErrors: 2 });
    // A file of a kept batch that moved is counted as such, not as a file that failed to read.
    const moved = row(doc('f', { status: 'failed', error: { code: 'missing', message: '找不到文件' } }), 5);
    expect(batchCounts([...rows, moved])).toEqual({ total: 6, failed: 1, missing: 1, finished: 2, withErrors: 2 });
  });

  it('sorts 500 rows by organ (Chinese collation, numbers by value) under a year filter', () => {
    const many = Array.from({ length: 500 }, (_, i) => row(doc(`r${i}`, { organ: `第${i % 37}局`, year: 2020 + (i % 5) }), i));
    const sorted = visibleRows(many, { ...NO_FILTERS, year: 2022 }, { key: 'organ', descending: false });
    expect(sorted).toHaveLength(100);
    expect(sorted.every((r, i) => i === 0 || sorted[i - 1].doc.organ!.localeCompare(r.doc.organ!, 'zh-CN', { numeric: true }) <= 0)).toBe(true);
  });
});
