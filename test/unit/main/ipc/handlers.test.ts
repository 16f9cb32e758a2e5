import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSource, IpcResult, OpenProgress, ShowableSource } from '../../../../shared/ipc/contract';
import { reviewPaths } from '../../../../main/documents/review';
import { DropTokens } from '../../../../main/documents/dropTokens';
import { RecentFiles } from '../../../../main/documents/recentFiles';
import { DocumentStore } from '../../../../main/documents/store';
import { createDocumentHandlers } from '../../../../main/ipc/handlers';
import { OWN_FIXTURES, samplePath } from '../../../helpers/fixtures';
import { manyPagesPdf } from '../../../helpers/hostileFolder';

const DOCX = samplePath('002-huancui-science-2023', 'docx');
const PDF = samplePath('002-huancui-science-2023', 'pdf');

function setup(dialog: string[][] = []) {
  const folder = mkdtempSync(join(tmpdir(), 'handlers-'));
  const drops = new DropTokens();
  const progress: OpenProgress[] = [];
  const handlers = createDocumentHandlers({
    showOpenDialog: async () => dialog.shift() ?? [],
    reviewPaths,
    store: new DocumentStore(),
    recent: new RecentFiles(folder),
    drops,
  });
  return { handlers, drops, folder, progress, ctx: { progress: (p: OpenProgress) => progress.push(p) } };
}

describe('document handlers', () => {
  it('opens the chosen files, answering ids and summaries without any path', async () => {
    const { handlers, ctx, progress } = setup([[DOCX, PDF]]);
    const result = await handlers.openDialog(ctx);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((s) => s.name)).toEqual(['002-huancui-science-2023.docx', '002-huancui-science-2023.pdf']);
    expect(result.value[0]).toMatchObject({ status: 'ready', year: 2023, counts: { error: 2 } });
    expect(JSON.stringify(result.value)).not.toContain('/fixtures/');
    expect(progress.some((p) => p.current === '002-huancui-science-2023.pdf')).toBe(true);
  });

  it('answers the review and the source of a document by id: sanitizable HTML for .docx, bytes for .pdf', async () => {
    const { handlers, ctx } = setup([[DOCX, PDF]]);
    const opened = await handlers.openDialog(ctx);
    if (!opened.ok) throw new Error('open failed');
    const [docx, pdf] = opened.value;
    const review = await handlers.review(ctx, docx.id);
    expect(review.ok && review.value.findings.some((f) => f.rule === 't3.outcome_sum')).toBe(true);
    const html = await handlers.source(ctx, docx.id);
    expect(html.ok && html.value.kind === 'html' && html.value.html.includes('data-anchor=')).toBe(true);
    const bytes = await handlers.source(ctx, pdf.id);
    expect(bytes.ok && bytes.value.kind === 'pdf' && Buffer.from(bytes.value.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect((await handlers.review(ctx, 'no-such-id')).ok).toBe(false);
  });

  it('answers with the review what reading came across, for the auditor: a Word file named .pdf was read as Word', async () => {
    const { handlers, ctx } = setup([[join(OWN_FIXTURES, 'bad', 'word-named-as.pdf'), DOCX]]);
    const opened = await handlers.openDialog(ctx);
    if (!opened.ok) throw new Error('open failed');
    const [named, plain] = await Promise.all(opened.value.map((d) => handlers.review(ctx, d.id)));
    expect(named.ok && named.value.notes).toEqual(['文件扩展名表明是PDF，但内容实为Word 文档（.docx），已按Word 文档（.docx）读取。']);
    expect(plain.ok && plain.value.notes).toEqual([]);
  });

  it('refuses to show a PDF replaced on disk after it was reviewed, instead of another document under the old highlights', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'replaced-')), 'report.pdf');
    writeFileSync(path, readFileSync(PDF));
    const { handlers: h, ctx } = setup([[path]]);
    const opened = await h.openDialog(ctx);
    if (!opened.ok) throw new Error('open failed');
    expect((await h.source(ctx, opened.value[0].id)).ok).toBe(true);
    writeFileSync(path, readFileSync(samplePath('000-weihai-science-2020', 'pdf')));
    expect(await h.source(ctx, opened.value[0].id)).toEqual({ ok: false, error: { code: 'unreadable', message: expect.stringContaining('已被修改或替换') } });
  });

  it('says cancelled when the dialog is dismissed', async () => {
    const { handlers, ctx } = setup([[]]);
    expect(await handlers.openDialog(ctx)).toEqual({ ok: false, error: { code: 'cancelled', message: '已取消' } });
  });

  it('reports a file that is not a report as failed, with a Chinese reason, and keeps it out of the recent list', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'bad-')), 'broken.pdf');
    writeFileSync(bad, 'not a pdf at all');
    const { handlers, ctx } = setup([[bad]]);
    const result = await handlers.openDialog(ctx);
    if (!result.ok) throw new Error('batch failed');
    expect(result.value[0].status).toBe('failed');
    expect(result.value[0].error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await handlers.review(ctx, result.value[0].id)).ok).toBe(false);
    expect((await handlers.recent(ctx)).ok && (await handlers.recent(ctx))).toMatchObject({ value: [] });
  });

  it('opens dropped files only through one-use tokens', async () => {
    const { handlers, ctx } = setup();
    const token = await handlers.registerDropped(ctx, DOCX);
    if (!token.ok) throw new Error('no token');
    expect((await handlers.openDropped(ctx, [token.value])).ok).toBe(true);
    expect(await handlers.openDropped(ctx, [token.value])).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('remembers opened files in a persisted recent list and reopens them by token', async () => {
    const { handlers, ctx, folder } = setup([[DOCX]]);
    const first = await handlers.openDialog(ctx);
    const recent = await handlers.recent(ctx);
    if (!recent.ok) throw new Error('no recent');
    expect(recent.value.map((r) => r.name)).toEqual(['002-huancui-science-2023.docx']);
    expect(JSON.stringify(recent.value)).not.toContain('fixtures');
    expect(new RecentFiles(folder).list()).toEqual(recent.value);
    const again = await handlers.openRecent(ctx, recent.value[0].token);
    expect(again.ok && again.value[0].name).toBe('002-huancui-science-2023.docx');
    // Read again: the same id, another revision (the renderer loads its review afresh).
    if (!first.ok || !again.ok) throw new Error('not opened');
    expect(again.value[0].id).toBe(first.value[0].id);
    expect(again.value[0].revision).not.toBe(first.value[0].revision);
  });

  it('announces a PDF as soon as it passes its limits, and serves its bytes under the id its summary gets before the review is stored', async () => {
    const { handlers, ctx } = setup([[DOCX, PDF]]);
    const announced: Array<{ source: ShowableSource; bytes: IpcResult<DocumentSource>; reviewed: boolean }> = [];
    const opened = await handlers.openDialog({
      ...ctx,
      showable: (source) => {
        // Asked for at once, as the renderer does: the review is not there yet, the bytes are.
        const review = handlers.review(ctx, source.id);
        void Promise.all([handlers.source(ctx, source.id), review]).then(([bytes, r]) => announced.push({ source, bytes, reviewed: r.ok }));
      },
    });
    if (!opened.ok) throw new Error(opened.error.message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const pdf = opened.value[1];
    // Only the PDF: a .docx's pane shows what its parse makes.
    expect(announced.map((a) => a.source)).toEqual([{ id: pdf.id, name: '002-huancui-science-2023.pdf', sha256: pdf.sha256, index: 1 }]);
    const [{ bytes, reviewed }] = announced;
    expect(reviewed).toBe(false);
    if (!bytes.ok || bytes.value.kind !== 'pdf') throw new Error('no early bytes');
    expect(createHash('sha256').update(bytes.value.bytes).digest('hex')).toBe(pdf.sha256);
  });

  it('announces no PDF that a limit refuses: its bytes never reach the pane, only its error', async () => {
    const bomb = join(mkdtempSync(join(tmpdir(), 'bomb-')), 'many-pages.pdf');
    writeFileSync(bomb, manyPagesPdf(1_000_000));
    const { handlers, ctx } = setup([[bomb]]);
    const announced: ShowableSource[] = [];
    const opened = await handlers.openDialog({ ...ctx, showable: (s) => announced.push(s) });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value[0]).toMatchObject({ status: 'failed', error: { message: expect.stringContaining('超过 500 页的上限') } });
    expect(announced).toEqual([]);
    expect((await handlers.source(ctx, opened.value[0].id)).ok).toBe(false);
  });

  it('stops serving a PDF announced while it was read once the file under it changes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'early-replaced-')), 'report.pdf');
    writeFileSync(path, readFileSync(PDF));
    const { handlers, ctx } = setup([[path]]);
    const early: Array<Promise<IpcResult<DocumentSource>>> = [];
    await handlers.openDialog({
      ...ctx,
      showable: (source) => {
        writeFileSync(path, readFileSync(samplePath('000-weihai-science-2020', 'pdf')));
        early.push(handlers.source(ctx, source.id));
      },
    });
    expect(early).toHaveLength(1);
    expect(await early[0]).toEqual({ ok: false, error: { code: 'unreadable', message: expect.stringContaining('已被修改或替换') } });
  });
});
