import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc/contract';
import type { ExportHandlers } from '../../../../main/export/handlers';
import type { DocumentHandlers } from '../../../../main/ipc/handlers';
import { documentRoutes, registerRoutes, reviewRoutes } from '../../../../main/ipc/register';
import { isAbsolutePath, isAnnotationList, isExportFormat, isIdList, isTrustedUrl, MAX_BATCH } from '../../../../main/ipc/validate';

vi.mock('electron', () => ({}));

function fakeHandlers(): DocumentHandlers {
  const ok = vi.fn(async () => ({ ok: true as const, value: 'done' as never }));
  return {
    openDialog: ok,
    openDropped: ok,
    openRecent: ok,
    recent: ok,
    review: ok,
    source: ok,
    openFolder: ok,
    cancelOpen: ok,
    retry: ok,
    close: ok,
    reopen: ok,
    locate: ok,
    registerDropped: ok,
  };
}

function setup(devServerUrl?: string) {
  const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = { handle: (channel: string, fn: never) => registered.set(channel, fn), removeHandler: (c: string) => registered.delete(c) };
  const handlers = fakeHandlers();
  const dispose = registerRoutes(ipcMain as never, documentRoutes(handlers), { devServerUrl });
  const sent: unknown[] = [];
  const invoke = (channel: string, url: string, ...args: unknown[]) =>
    registered.get(channel)!({ senderFrame: { url }, sender: { isDestroyed: () => false, send: (...a: unknown[]) => sent.push(a) } }, ...args);
  return { registered, handlers, invoke, dispose };
}

const ID = '0b7d0c5e-8d8e-4c1e-9a52-1d1c1e0c9f00';

describe('IPC registration', () => {
  it('registers one handler per contract channel, plus the preload drop channel', () => {
    const { registered, dispose } = setup();
    expect([...registered.keys()].sort()).toEqual([...Object.values(CHANNELS.documents), CHANNELS.preload.registerDropped].sort());
    dispose();
    expect(registered.size).toBe(0);
  });

  it('answers a call from our own page', async () => {
    const { invoke, handlers } = setup();
    expect(await invoke(CHANNELS.documents.review, 'app://bundle/index.html', ID)).toEqual({ ok: true, value: 'done' });
    expect(handlers.review).toHaveBeenCalledWith(expect.anything(), ID);
  });

  it('refuses a sender that is not our renderer, without calling the handler', async () => {
    const { invoke, handlers } = setup();
    const answer = await invoke(CHANNELS.documents.review, 'https://evil.example/', ID);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await invoke(CHANNELS.documents.review, 'file:///tmp/x.html', ID)).toMatchObject({ ok: false });
    expect(handlers.review).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments: wrong types, extra arguments, paths where ids belong', async () => {
    const { invoke, handlers } = setup();
    const url = 'app://bundle/index.html';
    for (const args of [[], [42], [ID, 'extra'], ['../../etc/passwd'], [{ id: ID }]]) {
      expect(await invoke(CHANNELS.documents.source, url, ...args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await invoke(CHANNELS.documents.openDropped, url, [])).toMatchObject({ ok: false });
    expect(handlers.source).not.toHaveBeenCalled();
  });

  it('reopen takes ids only (possibly none), never a path; locate takes one id', async () => {
    const { invoke, handlers } = setup();
    const url = 'app://bundle/index.html';
    for (const args of [[['/home/a/报告.docx']], [['../../etc/passwd']], [ID], [[ID], 'extra'], [Array(MAX_BATCH + 1).fill(ID)]]) {
      expect(await invoke(CHANNELS.documents.reopen, url, ...args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(handlers.reopen).not.toHaveBeenCalled();
    expect(await invoke(CHANNELS.documents.reopen, url, [])).toEqual({ ok: true, value: 'done' });
    expect(await invoke(CHANNELS.documents.reopen, url, [ID, ID])).toEqual({ ok: true, value: 'done' });
    expect(handlers.reopen).toHaveBeenLastCalledWith(expect.anything(), [ID, ID]);
    expect(await invoke(CHANNELS.documents.locate, url, '/tmp/a.docx')).toMatchObject({ ok: false });
    expect(await invoke(CHANNELS.documents.locate, url, ID)).toEqual({ ok: true, value: 'done' });
  });

  it('accepts the dev server only when one is configured', async () => {
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:9999/', 'http://localhost:5173')).toBe(false);
  });

  it('validates ids and dropped paths', () => {
    expect(isIdList([ID, ID])).toEqual([ID, ID]);
    expect(isIdList(Array(MAX_BATCH + 1).fill(ID))).toBeUndefined();
    expect(isAbsolutePath('/home/a/报告.docx')).toBe('/home/a/报告.docx');
    expect(isAbsolutePath('C:\\Users\\a\\报告.pdf')).toBe('C:\\Users\\a\\报告.pdf');
    expect(isAbsolutePath('relative.docx')).toBeUndefined();
    expect(isAbsolutePath('/a\0b')).toBeUndefined();
  });
});

describe('review:* routes', () => {
  const url = 'app://bundle/index.html';
  const SHA = 'a'.repeat(64);
  const annotations = [
    {
      sha256: SHA,
      reviewer: '王审阅',
      notes: [
        {
          target: { kind: 'finding', findingKey: 't3.outcome_sum|t3.total.natural' },
          text: '请核实',
          author: '王审阅',
          createdAt: '2024-03-05T09:00:00Z',
          updatedAt: '2024-03-05T09:00:00Z',
        },
      ],
      decisions: [{ findingKey: 't3.outcome_sum|t3.total.natural', status: 'confirmed', updatedAt: '2024-03-05T09:00:00Z' }],
    },
  ];

  function setupReview() {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, fn: never) => registered.set(channel, fn), removeHandler: (c: string) => registered.delete(c) };
    const saved = { ok: true as const, value: { saved: true, fileName: 'out.pdf' } };
    const handlers: ExportHandlers = { exportPdf: vi.fn(async () => saved), exportData: vi.fn(async () => saved) };
    registerRoutes(ipcMain as never, [...documentRoutes(fakeHandlers()), ...reviewRoutes(handlers)]);
    const invoke = (channel: string, from: string, ...args: unknown[]) =>
      registered.get(channel)!({ senderFrame: { url: from }, sender: { isDestroyed: () => false, send: () => undefined } }, ...args);
    return { registered, handlers, invoke };
  }

  it('registers both export channels of the contract beside the documents channels', () => {
    const { registered } = setupReview();
    expect([...registered.keys()]).toEqual(expect.arrayContaining(Object.values(CHANNELS.review)));
    expect(Object.values(CHANNELS.review).sort()).toEqual(['review:exportData', 'review:exportPdf']);
  });

  it('passes ids, format and the renderer’s notes to the export handlers', async () => {
    const { invoke, handlers } = setupReview();
    const cover = { unit: '某市人民政府办公室', reviewer: '张三' };
    expect(await invoke(CHANNELS.review.exportPdf, url, [ID], annotations, cover)).toEqual({ ok: true, value: { saved: true, fileName: 'out.pdf' } });
    expect(handlers.exportPdf).toHaveBeenCalledWith([ID], annotations, cover);
    await invoke(CHANNELS.review.exportData, url, [ID], 'xlsx', []);
    expect(handlers.exportData).toHaveBeenCalledWith([ID], 'xlsx', []);
  });

  it('refuses an export asked by a foreign page', async () => {
    const { invoke, handlers } = setupReview();
    expect(await invoke(CHANNELS.review.exportPdf, 'https://evil.example/', [ID], [], { unit: '', reviewer: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await invoke(CHANNELS.review.exportData, 'file:///tmp/x.html', [ID], 'csv', [])).toMatchObject({ ok: false });
    expect(handlers.exportPdf).not.toHaveBeenCalled();
    expect(handlers.exportData).not.toHaveBeenCalled();
  });

  it('refuses malformed ids, formats and annotations without calling the handlers', async () => {
    const { invoke, handlers } = setupReview();
    const bad = (patch: Record<string, unknown>) => [{ ...annotations[0], ...patch }];
    const note = annotations[0].notes[0];
    const pdfArgs: unknown[][] = [
      [],
      [[ID]],
      [[], []],
      [['/etc/passwd'], []],
      [ID, []],
      [[ID], {}, { unit: '', reviewer: '' }],
      [[ID], []],
      [[ID], [], {}],
      [[ID], [], { unit: 7, reviewer: '' }],
      [[ID], [], { unit: 'x'.repeat(101), reviewer: '' }],
      [[ID], [], { unit: '一\n二', reviewer: '' }],
      [[ID], [], null],
      [[ID], [], { unit: '', reviewer: '' }, 'extra'],
      [[ID], bad({ sha256: 'not-a-hash' }), { unit: '', reviewer: '' }],
      [[ID], bad({ sha256: 'A'.repeat(64) }), { unit: '', reviewer: '' }],
      [[ID], bad({ reviewer: 7 }), { unit: '', reviewer: '' }],
      [[ID], bad({ notes: 'x' }), { unit: '', reviewer: '' }],
      [[ID], bad({ notes: [{ ...note, text: 'x'.repeat(20_001) }] }), { unit: '', reviewer: '' }],
      [[ID], bad({ notes: [{ ...note, target: { kind: 'script' } }] }), { unit: '', reviewer: '' }],
      [[ID], bad({ decisions: [{ findingKey: 'k', status: 'approved', updatedAt: '' }] }), { unit: '', reviewer: '' }],
      [[ID], Array(MAX_BATCH + 1).fill(annotations[0]), { unit: '', reviewer: '' }],
    ];
    for (const args of pdfArgs) {
      expect(await invoke(CHANNELS.review.exportPdf, url, ...args), JSON.stringify(args).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    for (const format of ['pdf', 'CSV', '', null, ['csv']]) {
      expect(await invoke(CHANNELS.review.exportData, url, [ID], format, [])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await invoke(CHANNELS.review.exportData, url, [ID], 'csv')).toMatchObject({ ok: false });
    expect(handlers.exportPdf).not.toHaveBeenCalled();
    expect(handlers.exportData).not.toHaveBeenCalled();
  });

  it('validates formats and annotation lists on their own', () => {
    expect(['csv', 'xlsx', 'json'].map(isExportFormat)).toEqual(['csv', 'xlsx', 'json']);
    expect(isExportFormat('pdf')).toBeUndefined();
    expect(isAnnotationList([])).toEqual([]);
    expect(isAnnotationList(annotations)).toBe(annotations);
    const passage = { ...annotations[0].notes[0], target: { kind: 'passage', quote: '全年共收到', anchor: { kind: 'dom', id: 'p6', start: 0, end: 5 } } };
    expect(isAnnotationList([{ ...annotations[0], notes: [passage] }])).toBeDefined();
    expect(isAnnotationList([{ ...annotations[0], decisions: [{ ...annotations[0].decisions[0], note: 42 }] }])).toBeUndefined();
  });
});
