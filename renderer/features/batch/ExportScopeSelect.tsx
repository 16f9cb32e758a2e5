import type { ExportScope } from './useBatch';

/** Which reports 导出审阅报告 and 导出数据 cover: the open report, the whole batch, or those selected. */
export function ExportScopeSelect({
  scope,
  onScope,
  selected,
  total,
  hasCurrent,
}: {
  scope: ExportScope;
  onScope(scope: ExportScope): void;
  selected: number;
  total: number;
  hasCurrent: boolean;
}) {
  return (
    <select className="export-scope" aria-label="导出范围" value={scope} onChange={(e) => onScope(e.target.value as ExportScope)} data-testid="export-scope">
      <option value="current" disabled={!hasCurrent}>
        当前报告
      </option>
      <option value="batch">整个批次（{total} 份）</option>
      <option value="selected" disabled={selected === 0}>
        选中的报告（{selected} 份）
      </option>
    </select>
  );
}
