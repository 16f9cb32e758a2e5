import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingKey } from '../../../../../shared/model';
import { SelectionProvider } from '../../../../../renderer/app/selection';
import { orderFindings } from '../../../../../renderer/app/highlights';
import { FindingsList } from '../../../../../renderer/features/findings/FindingsList';
import { sample002Findings } from '../../helpers/sampleReport';
import { RULE_LABELS } from '../../../../../shared/template/labels';

function renderList(selectedKey: string | null = null, onSelect = vi.fn()) {
  render(
    <SelectionProvider>
      <FindingsList findings={orderFindings(sample002Findings())} selectedKey={selectedKey} onSelect={onSelect} />
    </SelectionProvider>,
  );
  return onSelect;
}

afterEach(cleanup);

describe('FindingsList', () => {
  it('counts findings per severity in Chinese', () => {
    renderList();
    expect(screen.getByTestId('count-error')).toHaveTextContent('错误 2');
    expect(screen.getByTestId('count-warning')).toHaveTextContent('警告 1');
    expect(screen.getByTestId('count-info')).toHaveTextContent('提示 1');
  });

  it("shows each rule's explanation in plain Chinese with the numbers", () => {
    renderList();
    expect(screen.getByText('（七）总计（自然人）为1，但各办理结果之和为3')).toBeInTheDocument();
    expect(screen.getAllByText('表三办理结果合计')).toHaveLength(2);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('data-rule', 't3.outcome_sum');
  });

  it('names the cells of a finding as the summary PDF does, with the same rule label', () => {
    renderList();
    const first = screen.getAllByRole('option')[0];
    expect(first.querySelector('.finding-cells')).toHaveTextContent('表三 （七）总计 · 自然人；表三 （四）1.本机关不掌握相关政府信息 · 自然人');
    expect(first.querySelector('.finding-rule')).toHaveTextContent(RULE_LABELS['t3.outcome_sum']);
    expect(screen.queryByText(/涉及 \d+ 个单元格/)).toBeNull();
  });

  it('selects a finding on click and marks the selected one', async () => {
    const [first] = sample002Findings();
    const onSelect = renderList(findingKey(first));
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByText('（七）总计（总计）为1，但各办理结果之和为3'));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ cells: ['t3.total.total', 't3.unable.no_info.total'] }));
  });

  it('filters by severity when a count is pressed', async () => {
    renderList();
    await userEvent.click(screen.getByTestId('count-warning'));
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('data-rule', 'template.version');
  });
});

describe('FindingsList from the keyboard', () => {
  it('moves the selection with ↓ and ↑ on the focused list', async () => {
    const findings = orderFindings(sample002Findings());
    const onSelect = vi.fn();
    const { rerender } = render(
      <SelectionProvider>
        <FindingsList findings={findings} selectedKey={null} onSelect={onSelect} />
      </SelectionProvider>,
    );
    screen.getByRole('listbox').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(onSelect).toHaveBeenLastCalledWith(findings[0]);
    rerender(
      <SelectionProvider>
        <FindingsList findings={findings} selectedKey={findingKey(findings[1])} onSelect={onSelect} />
      </SelectionProvider>,
    );
    await userEvent.keyboard('{ArrowDown}');
    expect(onSelect).toHaveBeenLastCalledWith(findings[2]);
    await userEvent.keyboard('{ArrowUp}');
    expect(onSelect).toHaveBeenLastCalledWith(findings[0]);
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-activedescendant', 'finding-1');
  });
});
