import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findingKey } from '../../../../../shared/model';
import { FINDING, renderPanel, resetAll, SHA } from './harness';

afterEach(resetAll);
const KEY = findingKey(FINDING);

describe('NotesPanel', () => {
  it('adds a note to the selected finding and writes it to IndexedDB at once', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    await user.click(await screen.findByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '已与原件核对');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已与原件核对')).toBeInTheDocument();
    const rows = await db.notes.toArray();
    expect(rows).toMatchObject([{ sha256: SHA, target: { kind: 'finding', findingKey: KEY }, text: '已与原件核对' }]);
    expect(screen.getByText(/问题：（七）总计（自然人）为1/, { selector: 'button' })).toBeInTheDocument();
  });

  it('records the review of the open file under its content hash', async () => {
    const { db } = renderPanel();
    await waitFor(async () => expect(await db.reviews.get(SHA)).toMatchObject({ names: ['002.docx'] }));
  });

  it('signs notes with the author set once in the preferences', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ cell: 't3.total.natural' });
    await user.type(screen.getByRole('textbox', { name: /批注人/ }), '审核员乙{Enter}');
    await waitFor(async () => expect((await db.prefs.get('author'))?.value).toBe('审核员乙'));
    await user.click(screen.getByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '单元格疑问{Control>}{Enter}{/Control}');
    expect(await screen.findByText('单元格疑问')).toBeInTheDocument();
    expect(screen.getByText('审核员乙', { selector: '.note-author' })).toBeInTheDocument();
    expect((await db.notes.toArray())[0]).toMatchObject({ author: '审核员乙', target: { kind: 'cell', cell: 't3.total.natural' } });
  });

  it('asks for the 批注人 once after the first unsigned note, signs that note with it and every later one', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    await user.click(await screen.findByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '第一条{Control>}{Enter}{/Control}');
    // Saved at once, unsigned; then the name is asked for.
    expect(await screen.findByText('第一条')).toBeInTheDocument();
    const prompt = await screen.findByRole('dialog', { name: '请填写批注人姓名' });
    await user.type(within(prompt).getByRole('textbox', { name: '批注人' }), '审核员丙{Enter}');
    await waitFor(async () => expect((await db.notes.toArray()).map((n) => n.author)).toEqual(['审核员丙']));
    expect((await db.prefs.get('author'))?.value).toBe('审核员丙');
    expect(screen.queryByRole('dialog', { name: '请填写批注人姓名' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '第二条{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await db.notes.toArray()).map((n) => n.author)).toEqual(['审核员丙', '审核员丙']));
    expect(screen.queryByRole('dialog', { name: '请填写批注人姓名' })).toBeNull();
  });

  it('keeps notes unsigned after 暂不署名 and does not ask again', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    await user.click(await screen.findByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '甲{Control>}{Enter}{/Control}');
    await user.click(await screen.findByRole('button', { name: '暂不署名' }));
    await user.click(screen.getByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '乙{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await db.notes.count()).toBe(2));
    expect(screen.queryByRole('dialog', { name: '请填写批注人姓名' })).toBeNull();
    expect(screen.getAllByText('未署名', { selector: '.note-author' })).toHaveLength(2);
  });

  it('starts a note on a selected passage with the N key', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ passage: { quote: '收到信息公开申请1件' } });
    await screen.findByRole('button', { name: '添加批注' });
    await user.keyboard('n');
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '与表三不符');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('与表三不符');
    expect((await db.notes.toArray())[0].target).toEqual({
      kind: 'passage',
      quote: '收到信息公开申请1件',
      anchor: { kind: 'text', start: 10, end: 16 },
    });
  });

  it('edits a note and takes the edit back with 撤销', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    await user.click(await screen.findByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '初稿');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await user.click(await screen.findByRole('button', { name: /^编辑/ }));
    const box = screen.getByRole('textbox', { name: '批注内容' });
    await user.clear(box);
    await user.type(box, '定稿');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('定稿')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('已编辑批注');
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('初稿')).toBeInTheDocument();
    expect((await db.notes.toArray())[0].text).toBe('初稿');
  });

  it('deletes a note and brings it back with Ctrl+Z', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    await user.click(await screen.findByRole('button', { name: '添加批注' }));
    await user.type(screen.getByRole('textbox', { name: '批注内容' }), '要删除的');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await user.click(await screen.findByRole('button', { name: /^删除/ }));
    await waitFor(() => expect(screen.queryByText('要删除的')).not.toBeInTheDocument());
    expect(await db.notes.count()).toBe(0);
    expect(screen.getByRole('button', { name: '撤销' })).toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('要删除的')).toBeInTheDocument();
    expect(await db.notes.count()).toBe(1);
  });

  it('sets the status of the selected finding with an optional note', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    const select = await screen.findByRole('combobox', { name: '核查状态' });
    expect(select).toHaveValue('pending');
    expect(screen.getByRole('option', { name: '待核实' })).toBeInTheDocument();
    await user.selectOptions(select, '已确认问题');
    await waitFor(async () => expect((await db.decisions.get([SHA, KEY]))?.status).toBe('confirmed'));
    await waitFor(() => expect(select).toHaveValue('confirmed'));
    await user.type(screen.getByRole('textbox', { name: /状态备注/ }), '电话核实{Enter}');
    await waitFor(async () => expect((await db.decisions.get([SHA, KEY]))?.note).toBe('电话核实'));
  });

  it('takes a status change back with Ctrl+Z while the select still has focus', async () => {
    const user = userEvent.setup();
    const { db } = renderPanel({ finding: KEY });
    const select = await screen.findByRole('combobox', { name: '核查状态' });
    await user.selectOptions(select, '已整改');
    await waitFor(async () => expect((await db.decisions.get([SHA, KEY]))?.status).toBe('fixed'));
    select.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await db.decisions.get([SHA, KEY])).toBeUndefined());
    await waitFor(() => expect(select).toHaveValue('pending'));
  });
});
