import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../../shared/ipc/contract';
import type { Workspace } from '../../../../../renderer/app/useWorkspace';
import { addEntries, createBatch, getBatch, saveView, setCurrentBatch } from '../../../../../renderer/db/batches';
import { setDb, type ReviewDb } from '../../../../../renderer/db/db';
import { NO_FILTERS } from '../../../../../renderer/features/batch/batchRows';
import { useBatch } from '../../../../../renderer/features/batch/useBatch';
import { readView } from '../../../../../renderer/features/batch/keptView';
import { freshDb, sha } from '../../db/helpers';

afterEach(() => {
  cleanup();
  setDb(null);
});

function doc(id: string): DocumentSummary {
  return {
    id,
    name: `${id}.txt`,
    format: 'txt',
    size: 1,
    sha256: sha(id),
    status: 'ready',
    organ: null,
    year: 2020,
    template: '2019',
    counts: { error: 0, warning: 0, info: 0 },
    revision: 1,
  };
}

/**
 * A workspace whose reopen stays pending until the test answers it, as main does while it reads a
 * batch's files again (a folder of hundreds takes minutes).
 */
function useFakeWorkspace(reopens: Array<{ ids: string[]; answer(): void }>): Workspace {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    documents,
    activeId,
    setActiveId,
    busy,
    reopen: (ids: string[]) => {
      setBusy(true);
      return new Promise<DocumentSummary[] | null>((resolve) =>
        reopens.push({
          ids,
          answer: () => {
            const docs = ids.map(doc);
            setDocuments(docs);
            setBusy(false);
            resolve(docs);
          },
        }),
      );
    },
    remove: () => undefined,
    locate: () => undefined,
  } as unknown as Workspace;
}

async function storedFilters(db: ReviewDb, id: string) {
  return readView((await getBatch(db, id))?.view).filters;
}

async function twoBatches(db: ReviewDb) {
  const a = await createBatch(db, '区县');
  await addEntries(db, a.id, [{ docId: 'a1', name: 'a1.txt', sha256: sha('a1') }]);
  await saveView(db, a.id, { filters: { ...NO_FILTERS, withErrors: true } });
  const b = await createBatch(db, '部门');
  await addEntries(db, b.id, [{ docId: 'b1', name: 'b1.txt', sha256: sha('b1') }]);
  await setCurrentBatch(db, a.id);
  return { a: a.id, b: b.id };
}

describe('the kept view of a batch', () => {
  it('is written when a filter changes while the batch’s files are still being read again, not after the last one', async () => {
    const db = freshDb();
    setDb(db);
    const { a } = await twoBatches(db);
    const reopens: Array<{ ids: string[]; answer(): void }> = [];
    const { result } = renderHook(() => useBatch(useFakeWorkspace(reopens)));
    await waitFor(() => expect(reopens).toHaveLength(1));
    expect(reopens[0].ids).toEqual(['a1']);
    await waitFor(() => expect(result.current.filters.withErrors).toBe(true));

    act(() => result.current.setFilters({ ...result.current.filters, withErrors: false, unfinished: true }));
    // The reopen has not answered: the change is stored all the same (a window closed now keeps it).
    await waitFor(async () => expect(await storedFilters(db, a)).toMatchObject({ withErrors: false, unfinished: true }));
    await act(async () => reopens[0].answer());
    await waitFor(() => expect(result.current.kept.documents.map((d) => d.id)).toEqual(['a1']));
    expect(await storedFilters(db, a)).toMatchObject({ withErrors: false, unfinished: true });
  });

  it('of one batch is never written over another’s when switching: each comes back as it was left', async () => {
    const db = freshDb();
    setDb(db);
    const { a, b } = await twoBatches(db);
    const reopens: Array<{ ids: string[]; answer(): void }> = [];
    const { result } = renderHook(() => useBatch(useFakeWorkspace(reopens)));
    await waitFor(() => expect(reopens).toHaveLength(1));
    await act(async () => reopens[0].answer());
    await waitFor(() => expect(result.current.kept.ready).toBe(true));
    expect(result.current.filters.withErrors).toBe(true);

    act(() => result.current.kept.switchTo(b));
    await waitFor(() => expect(reopens).toHaveLength(2));
    await waitFor(() => expect(result.current.filters.withErrors).toBe(false));
    // A second switch while B's files are read is refused (it would interleave two reopens).
    act(() => result.current.kept.switchTo(a));
    await act(async () => reopens[1].answer());
    await waitFor(() => expect(result.current.kept.current?.id).toBe(b));
    expect(reopens).toHaveLength(2);
    expect(await storedFilters(db, b)).toMatchObject({ withErrors: false });
    expect(await storedFilters(db, a)).toMatchObject({ withErrors: true });

    act(() => result.current.kept.switchTo(a));
    await waitFor(() => expect(reopens).toHaveLength(3));
    await waitFor(() => expect(result.current.filters.withErrors).toBe(true));
    expect(await storedFilters(db, b)).toMatchObject({ withErrors: false });
  });
});
