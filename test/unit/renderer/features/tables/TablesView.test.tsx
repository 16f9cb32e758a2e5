import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectionProvider } from '../../../../../renderer/app/selection';
import { TablesView } from '../../../../../renderer/features/tables/TablesView';
import { sample002Findings, sampleReport } from '../../helpers/sampleReport';

function renderTables(highlighted: string[] = [], onCellClick = vi.fn(), notes?: string[]) {
  render(
    <SelectionProvider>
      <TablesView
        data={sampleReport('002-huancui-science-2023')}
        findings={sample002Findings()}
        highlighted={new Set(highlighted)}
        onCellClick={onCellClick}
        scrollSeq={0}
        notes={notes}
      />
    </SelectionProvider>,
  );
  return onCellClick;
}

const cell = (ref: string) => document.querySelector(`[data-cell="${ref}"]`) as HTMLElement;

afterEach(cleanup);

describe('TablesView', () => {
  it('lists what reading the file came across under the template line, and nothing for a file read plainly', () => {
    renderTables([], vi.fn(), ['第 4–7 页是扫描图像，已用文字识别（OCR）读取。', '第 4 页扫描时是横放或倒放的，已转正后识别。']);
    const notes = screen.getByRole('list', { name: '读取说明' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['第 4–7 页是扫描图像，已用文字识别（OCR）读取。', '第 4 页扫描时是横放或倒放的，已转正后识别。']);
    cleanup();
    renderTables();
    expect(screen.queryByRole('list', { name: '读取说明' })).toBeNull();
  });

  it('draws table 2 in the 2021 layout with the template labels', () => {
    renderTables();
    const t2 = document.querySelector('[data-table="t2"]') as HTMLElement;
    expect(within(t2).getAllByText('本年制发件数')).toHaveLength(1);
    expect(within(t2).getByText('行政规范性文件')).toBeInTheDocument();
    expect(within(t2).queryByText('第二十条第（九）项')).toBeNull();
    expect(cell('t2.normative.in_force')).toHaveTextContent('3');
  });

  it('keeps the single （六）其他处理 row of the hybrid sample 002 and merges the header cells as printed', () => {
    renderTables();
    const t3 = document.querySelector('[data-table="t3"]') as HTMLElement;
    expect(within(t3).getByText('（六）其他处理')).toBeInTheDocument();
    expect(t3.querySelector('[data-row="other.overdue_fee"]')).toBeNull();
    expect(within(t3).getByText('申请人情况')).toHaveAttribute('colspan', '7');
    expect(within(t3).getByText('法人或其他组织')).toHaveAttribute('colspan', '5');
    expect(within(t3).getByText('（四）无法提供')).toHaveAttribute('rowspan', '3');
    expect(within(t3).getByText('三、本年度办理结果')).toHaveAttribute('rowspan', '20');
    // The 23 value rows of the 2019 format (report-format.md).
    expect(t3.querySelectorAll('tbody tr')).toHaveLength(23);
  });

  it('shows the number read in each cell and marks the cells a finding involves', () => {
    renderTables();
    expect(cell('t3.unable.no_info.natural')).toHaveTextContent('3');
    expect(cell('t3.total.natural')).toHaveTextContent('1');
    expect(cell('t3.unable.no_info.natural')).toHaveClass('flag-error');
    expect(cell('t3.other.natural')).toHaveClass('flag-warning');
    expect(cell('t3.new.commercial')).not.toHaveClass('flag-error');
  });

  it('highlights the selected cells and reports a click on a cell by its reference', async () => {
    const onCellClick = renderTables(['t3.unable.no_info.natural', 't3.total.natural']);
    expect(cell('t3.unable.no_info.natural')).toHaveClass('cell-highlight');
    expect(cell('t3.total.natural')).toHaveAttribute('aria-selected', 'true');
    expect(document.querySelectorAll('.cell-highlight')).toHaveLength(2);
    await userEvent.click(cell('t4.review.total'));
    expect(onCellClick).toHaveBeenCalledWith('t4.review.total');
  });

  it('draws table 4 as 15 values under 行政复议 and 行政诉讼', () => {
    renderTables();
    const t4 = document.querySelector('[data-table="t4"]') as HTMLElement;
    expect(t4.querySelectorAll('tbody td[data-cell]')).toHaveLength(15);
    expect(within(t4).getByText('行政诉讼')).toHaveAttribute('colspan', '10');
    expect(screen.getByText('模板：2021年版')).toBeInTheDocument();
  });
});
