import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellLabel } from '../../../../../shared/template/labels';
import { SelectionProvider } from '../../../../../renderer/app/selection';
import { getCellMenu, openCellMenu } from '../../../../../renderer/features/corrections/cellMenuStore';
import { endComposing, getComposing } from '../../../../../renderer/features/notes/noteComposer';
import { moveInGrid, valueRows } from '../../../../../renderer/features/tables/cellGrid';
import { TablesView } from '../../../../../renderer/features/tables/TablesView';
import { sample002Findings, sampleReport } from '../../helpers/sampleReport';

function renderTables(highlighted: string[] = [], onCellClick = vi.fn()) {
  render(
    <SelectionProvider>
      <TablesView
        data={sampleReport('002-huancui-science-2023')}
        findings={sample002Findings()}
        highlighted={new Set(highlighted)}
        onCellClick={onCellClick}
        scrollSeq={0}
      />
    </SelectionProvider>,
  );
  return onCellClick;
}

const cell = (ref: string) => document.querySelector(`[data-cell="${ref}"]`) as HTMLElement;
const focusedRef = () => (document.activeElement as HTMLElement | null)?.dataset.cell;

afterEach(() => {
  cleanup();
  endComposing();
  openCellMenu(null);
});

describe('moving between the cells of the tables grid', () => {
  it('keeps the column among a row’s value cells, whatever the merged labels before it', () => {
    renderTables();
    const root = document.querySelector('[data-testid="tables-view"]')!;
    // Table 3: the first outcome row has three label cells, （四）'s second row only one.
    expect(moveInGrid(root, cell('t3.unable.no_info.commercial'), 'ArrowDown')).toBe(cell('t3.unable.needs_creation.commercial'));
    expect(moveInGrid(root, cell('t3.unable.no_info.natural'), 'ArrowUp')?.dataset.cell).toMatch(/^t3\.[a-z_.]+\.natural$/);
    expect(moveInGrid(root, cell('t3.unable.no_info.natural'), 'ArrowRight')).toBe(cell('t3.unable.no_info.commercial'));
    expect(moveInGrid(root, cell('t3.unable.no_info.natural'), 'ArrowLeft')).toBeNull();
    expect(moveInGrid(root, cell('t3.unable.no_info.natural'), 'End')).toBe(cell('t3.unable.no_info.total'));
    expect(moveInGrid(root, cell('t3.unable.no_info.total'), 'Home')).toBe(cell('t3.unable.no_info.natural'));
  });

  it('runs from the last row of one table into the next, clamping the column; Ctrl+Home/End stay in the table', () => {
    renderTables();
    const root = document.querySelector('[data-testid="tables-view"]')!;
    const rows = valueRows(root);
    const lastT3 = rows.filter((r) => r[0].closest('table')?.dataset.table === 't3').pop()!;
    const down = moveInGrid(root, lastT3[6], 'ArrowDown')!;
    expect(down.closest('table')?.dataset.table).toBe('t4');
    expect(down).toBe(rows[rows.length - 1][6]);
    expect(moveInGrid(root, rows[rows.length - 1][14], 'ArrowDown')).toBeNull();
    expect(moveInGrid(root, cell('t3.unable.no_info.natural'), 'Home', true)).toBe(cell('t3.new.natural'));
    expect(moveInGrid(root, cell('t3.new.natural'), 'End', true)).toBe(lastT3[6]);
  });

  it('is one Tab stop: the first cell, or the first lit one; arrows move it and focusing selects the cell', async () => {
    const onCellClick = renderTables();
    expect(document.querySelectorAll('td[data-cell][tabindex="0"]')).toHaveLength(1);
    const first = document.querySelector<HTMLElement>('td[data-cell]')!;
    expect(first).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('role', 'gridcell');
    await userEvent.tab();
    expect(focusedRef()).toBe(first.dataset.cell);
    expect(onCellClick).toHaveBeenLastCalledWith(first.dataset.cell);
    await userEvent.keyboard('{ArrowRight}');
    const second = valueRows(document)[0][1];
    expect(focusedRef()).toBe(second.dataset.cell);
    expect(onCellClick).toHaveBeenLastCalledWith(second.dataset.cell);
    expect(document.querySelectorAll('td[data-cell][tabindex="0"]')).toHaveLength(1);
    expect(second).toHaveAttribute('tabindex', '0');
  });

  it('names each cell as the summary does, with its value', () => {
    renderTables();
    // The summary PDF's name for the cell (shared/template/labels.ts), then the value.
    expect(cell('t3.unable.no_info.natural').getAttribute('aria-label')).toBe(`${cellLabel('t3.unable.no_info.natural', '2021')}：3`);
    expect(cell('t3.unable.no_info.natural').getAttribute('aria-label')).toMatch(/^表三 .*本机关不掌握相关政府信息 · 自然人：3$/);
    expect(document.querySelectorAll('table[role="grid"]')).toHaveLength(3);
  });

  it('Enter asks for a note on the focused cell; the context-menu key and Shift+F10 open its menu', async () => {
    renderTables(['t3.unable.no_info.natural']);
    const target = cell('t3.unable.no_info.natural');
    expect(target).toHaveAttribute('tabindex', '0');
    target.focus();
    await userEvent.keyboard('{Enter}');
    expect(getComposing()).toEqual({ kind: 'cell', cell: 't3.unable.no_info.natural' });
    await userEvent.keyboard('{ContextMenu}');
    expect(getCellMenu()?.cell).toBe('t3.unable.no_info.natural');
    openCellMenu(null);
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    expect(getCellMenu()?.cell).toBe('t3.unable.no_info.natural');
  });
});
