import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../../../shared/checks';
import type { DocumentSummary, RendererApi } from '../../../../../shared/ipc/contract';
import { setDb } from '../../../../../renderer/db/db';
import { setCorrection } from '../../../../../renderer/db/corrections';
import { useCorrectedDocuments } from '../../../../../renderer/features/corrections/useCorrectedDocuments';
import { freshDb, sha } from '../../db/helpers';
import { sampleReport } from '../../helpers/sampleReport';

afterEach(() => {
  cleanup();
  setDb(null);
});

describe('useCorrectedDocuments', () => {
  it('counts a corrected report by the findings of its corrected data, and leaves the others as main counted them', async () => {
    const db = freshDb();
    setDb(db);
    const data = sampleReport('002-huancui-science-2023');
    const findings = runChecks(data);
    const counts = { error: findings.filter((f) => f.severity === 'error').length, warning: 1, info: 0 };
    const doc = (id: string, sha256: string): DocumentSummary => ({
      id,
      name: `${id}.docx`,
      format: 'docx',
      size: 1,
      sha256,
      status: 'ready',
      organ: null,
      year: 2023,
      template: '2021',
      counts,
      revision: 1,
    });
    const documents = [doc('a', sha('a')), doc('b', sha('b'))];
    const api = {
      documents: { review: async (id: string) => ({ ok: true, value: { summary: documents.find((d) => d.id === id)!, data, findings } }) },
    } as unknown as RendererApi;
    for (const cell of ['t3.unable.no_info.natural', 't3.unable.no_info.total']) await setCorrection(db, sha('a'), { cell, value: 1, reason: '原件为1', author: '甲' });

    expect(counts.error).toBeGreaterThan(0);
    const { result } = renderHook(() => useCorrectedDocuments(api, documents));
    await waitFor(() => expect(result.current[0].counts.error).toBe(0));
    expect(result.current[1].counts).toBe(counts);
  });
});
