import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/ipc/contract';
import type { DocumentHandlers } from '../../../../main/ipc/handlers';
import { documentRoutes, registerRoutes } from '../../../../main/ipc/register';
import { isAbsolutePath, isIdList, isTrustedUrl } from '../../../../main/ipc/validate';

vi.mock('electron', () => ({}));

function fakeHandlers(): DocumentHandlers {
  const ok = vi.fn(async () => ({ ok: true as const, value: 'done' as never }));
  return { openDialog: ok, openDropped: ok, openRecent: ok, recent: ok, review: ok, source: ok, registerDropped: ok };
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

  it('accepts the dev server only when one is configured', async () => {
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:9999/', 'http://localhost:5173')).toBe(false);
  });

  it('validates ids and dropped paths', () => {
    expect(isIdList([ID, ID])).toEqual([ID, ID]);
    expect(isIdList(Array(201).fill(ID))).toBeUndefined();
    expect(isAbsolutePath('/home/a/报告.docx')).toBe('/home/a/报告.docx');
    expect(isAbsolutePath('C:\\Users\\a\\报告.pdf')).toBe('C:\\Users\\a\\报告.pdf');
    expect(isAbsolutePath('relative.docx')).toBeUndefined();
    expect(isAbsolutePath('/a\0b')).toBeUndefined();
  });
});
