import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import type { BatchEntryRow } from '../../../../renderer/db/db';
import { DEFAULT_VIEW, entryState, inBatchOrder, readView, storedView } from '../../../../renderer/features/batch/keptView';

const sha = (c: string) => c.repeat(64);

function doc(id: string, over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    name: `${id}.docx`,
    format: 'docx',
    size: 1,
    sha256: sha('a'),
    status: 'ready',
    organ: null,
    year: 2024,
    template: '2021',
    counts: { error: 0, warning: 0, info: 0 },
    revision: 1,
    ...over,
  };
}

function entry(docId: string, order: number, over: Partial<BatchEntryRow> = {}): BatchEntryRow {
  return { batchId: 'b', docId, order, name: `${docId}.docx`, sha256: sha('a'), addedAt: '', ...over };
}

describe('a kept batch’s view', () => {
  it('reads back what was stored, and falls back part by part on what is malformed', () => {
    const view = {
      filters: { withErrors: true, unfinished: false, failed: false, year: 2024, organ: '济宁市科学技术局', search: '济宁' },
      sort: { key: 'year', descending: true },
      openId: 'd1',
    };
    expect(readView(storedView(view as never))).toEqual({ ...view, filters: { ...view.filters, search: '' } });
    expect(readView(null)).toEqual(DEFAULT_VIEW);
    expect(readView('{"filters":1}')).toEqual(DEFAULT_VIEW);
    expect(readView({ filters: { withErrors: 'yes', year: 20.5, organ: 3 }, sort: { key: 'drop table', descending: true }, openId: 42 })).toEqual(DEFAULT_VIEW);
    expect(readView({ sort: { key: 'verdict' } })).toMatchObject({ sort: { key: 'verdict', descending: false } });
  });
});

describe('the files of a kept batch', () => {
  it('come in the batch’s order whatever order main sent them in; files not yet kept follow as they came', () => {
    const docs = [doc('c'), doc('new2'), doc('a'), doc('new1'), doc('b')];
    const entries = [entry('a', 0), entry('b', 1), entry('c', 2)];
    expect(inBatchOrder(docs, entries).map((d) => d.id)).toEqual(['a', 'b', 'c', 'new2', 'new1']);
  });

  it('are named by their entry when main has no record of them', () => {
    const lost = doc('x', { name: '', status: 'failed', sha256: '', error: { code: 'missing', message: '本机没有此文件的记录' } });
    expect(inBatchOrder([lost], [entry('x', 0, { name: '区县年报.pdf' })])[0].name).toBe('区县年报.pdf');
  });

  it('are missing when main cannot find them, changed when their content differs from the one they were added with', () => {
    expect(entryState(doc('a', { status: 'failed', error: { code: 'missing', message: '' } }), entry('a', 0))).toBe('missing');
    expect(entryState(doc('a', { sha256: sha('b') }), entry('a', 0))).toBe('changed');
    expect(entryState(doc('a'), entry('a', 0))).toBeNull();
    // A file added before it could be read has no hash to compare with.
    expect(entryState(doc('a', { sha256: sha('b') }), entry('a', 0, { sha256: '' }))).toBeNull();
    expect(entryState(doc('a', { status: 'failed', error: { code: 'corrupt', message: '' } }), entry('a', 0))).toBeNull();
  });
});
