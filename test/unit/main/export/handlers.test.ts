import { describe, expect, it } from 'vitest';
import type { ReviewedDocument } from '../../../../main/documents/reviewFile';
import type { StoredDocument } from '../../../../main/documents/store';
import { createExportHandlers } from '../../../../main/export/handlers';
import type { SaveDialogRequest } from '../../../../main/export/handlers';
import { findingKey } from '../../../../shared/model';
import { expectedDoc } from './expectedDoc';

function setup(savePath: string | null) {
  const doc = { ...expectedDoc('002-huancui-science-2023'), path: '/secret/002.docx', size: 1 } as unknown as ReviewedDocument;
  const stored: StoredDocument = { id: 'doc-1', outcome: { ok: true, doc }, revision: 1 };
  const written = new Map<string, string | Uint8Array>();
  const dialogs: SaveDialogRequest[] = [];
  const printed: string[] = [];
  const handlers = createExportHandlers({
    store: { get: (id) => (id === 'doc-1' ? stored : null) },
    showSaveDialog: async (request) => {
      dialogs.push(request);
      return savePath;
    },
    printToPdf: async (html) => {
      printed.push(html);
      return new Uint8Array([37, 80, 68, 70]);
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    now: () => new Date(2024, 2, 5),
  });
  return { doc, handlers, written, dialogs, printed };
}

describe('review:* export handlers', () => {
  it('prints the summary with the renderer’s statuses, offers 机关+年度 as the name, and returns the file name only', async () => {
    const { doc, handlers, written, dialogs, printed } = setup('/home/a/out.pdf');
    const annotations = [{ sha256: doc.sha256, reviewer: '王', notes: [], decisions: [{ findingKey: findingKey(doc.findings[0]), status: 'confirmed', updatedAt: '' }] }];
    const result = await handlers.exportPdf(['doc-1'], annotations);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'out.pdf' } });
    expect(dialogs[0].defaultName).toBe('威海市环翠区科学技术局2023年度-审阅报告.pdf');
    expect(printed[0]).toContain('审阅状态：已确认问题');
    expect(printed[0]).toContain('2024-03-05');
    expect(written.get('/home/a/out.pdf')).toBeInstanceOf(Uint8Array);
  });

  it('prints the 审阅单位 and 审阅人 the auditor set on the batch cover, and the 审阅人 on a report without one', async () => {
    const doc = { ...expectedDoc('002-huancui-science-2023'), path: '/secret/002.docx', size: 1 } as unknown as ReviewedDocument;
    const other = { ...expectedDoc('000-weihai-science-2020'), path: '/secret/000.docx', size: 1 } as unknown as ReviewedDocument;
    const store = new Map<string, StoredDocument>([
      ['doc-1', { id: 'doc-1', outcome: { ok: true, doc }, revision: 1 }],
      ['doc-2', { id: 'doc-2', outcome: { ok: true, doc: other }, revision: 2 }],
    ]);
    const printed: string[] = [];
    const handlers = createExportHandlers({
      store: { get: (id) => store.get(id) ?? null },
      showSaveDialog: async () => '/tmp/batch.pdf',
      printToPdf: async (html) => (printed.push(html), new Uint8Array([37])),
      writeFile: async () => undefined,
    });
    await handlers.exportPdf(['doc-1', 'doc-2'], [], { unit: ' 威海市人民政府办公室 ', reviewer: '李四' });
    const cover = printed[0].slice(0, printed[0].indexOf('<article'));
    expect(cover).toMatch(/审阅单位<\/th>\s*<td>威海市人民政府办公室</);
    expect(cover).toMatch(/审阅人<\/th>\s*<td>李四</);
    expect(cover).not.toContain('（未填写）');
    // Without the values the cover says so.
    await handlers.exportPdf(['doc-1', 'doc-2'], [], { unit: '', reviewer: '' });
    expect(printed[1].slice(0, printed[1].indexOf('<article'))).toMatch(/审阅单位<\/th>\s*<td>（未填写）</);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { handlers, written, printed } = setup(null);
    expect(await handlers.exportPdf(['doc-1'], [])).toEqual({ ok: true, value: { saved: false, fileName: null } });
    expect(written.size).toBe(0);
    expect(printed).toHaveLength(0);
  });

  it('answers not-found for an unknown id', async () => {
    const { handlers } = setup('/x.csv');
    const result = await handlers.exportData(['nope'], 'csv', []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });

  it('exports the JSON of report-format.md and the CSV of every cell', async () => {
    const { handlers, written } = setup('/tmp/out.json');
    await handlers.exportData(['doc-1'], 'json', []);
    const json = JSON.parse(written.get('/tmp/out.json') as string) as Array<{ organ: string; tables: { t3: Record<string, Record<string, number>> } }>;
    expect(json[0].organ).toBe('威海市环翠区科学技术局');
    expect(json[0].tables.t3['unable.no_info'].natural).toBe(3);
    const csv = setup('/tmp/out.csv');
    await csv.handlers.exportData(['doc-1'], 'csv', 'not even an array');
    expect(csv.written.get('/tmp/out.csv') as string).toContain('t3.unable.no_info.natural');
  });
});
