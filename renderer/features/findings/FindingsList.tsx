import { useState } from 'react';
import { findingKey, type Finding, type Severity, type TemplateVersion } from '../../../shared/model';
import { cellsLabel, ruleLabel } from '../../../shared/template/labels';
import { t } from '../../strings';
import { revealElements } from '../../components/reveal';
import { keysText } from '../keyboard/strings';
import { FindingNoteControls } from '../notes/FindingNoteControls';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface FindingsListProps {
  /** In display order (errors first). */
  findings: Finding[];
  selectedKey: string | null;
  /** Findings that involve the selected cell, marked in the list. */
  relatedKeys?: Set<string>;
  onSelect(finding: Finding): void;
  /** Keys of findings that only the auditor's decisions brought about. */
  appearedKeys?: Set<string>;
  /** Findings of the extracted data that the decisions made go away. */
  vanished?: Finding[];
  /** What the decisions were, in words (更正识别值, 空白按 0 计). */
  cause?: string;
  /** The report's template version, to name table 2's cells as the summary PDF does. */
  template?: TemplateVersion | null;
  /** The review is not there yet (a PDF drawn while it is read): no counts, and no 未发现问题. */
  loading?: boolean;
}

/** Rows of cells a finding names in the list before it counts the rest. */
const CELL_ROWS_SHOWN = 3;

/** The findings: count per severity (each a filter), and the rule's explanation in plain Chinese. */
export function FindingsList({
  findings,
  selectedKey,
  relatedKeys,
  onSelect,
  appearedKeys,
  vanished = [],
  cause = '',
  template = null,
  loading = false,
}: FindingsListProps) {
  const [filter, setFilter] = useState<Severity | null>(null);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const shown = filter ? findings.filter((f) => f.severity === filter) : findings;

  return (
    <section className="findings" aria-label={t.findings.title}>
      <header className="findings-head">
        <h2>{t.findings.title}</h2>
        <div
          hidden={loading}
          className="severity-filter"
          role="group"
          aria-label={keysText.severityFilter}
          onKeyDown={(e) => {
            // One Tab stop for the filter (the pressed button); ←/→ move between its buttons.
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const buttons = [...e.currentTarget.querySelectorAll('button')];
            const i = buttons.indexOf(e.target as HTMLButtonElement);
            buttons[(i + (e.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
            e.preventDefault();
          }}
        >
          <button type="button" aria-pressed={filter === null} tabIndex={filter === null ? 0 : -1} onClick={() => setFilter(null)}>
            {t.findings.all} {findings.length}
          </button>
          {SEVERITIES.map((s) => (
            <button
              key={s}
              type="button"
              className={`sev sev-${s}`}
              aria-pressed={filter === s}
              tabIndex={filter === s ? 0 : -1}
              data-testid={`count-${s}`}
              onClick={() => setFilter(filter === s ? null : s)}
            >
              {t.severity[s]} {counts[s]}
            </button>
          ))}
        </div>
      </header>
      {loading ? (
        <p className="findings-loading" role="status">
          {t.findings.loading}
        </p>
      ) : shown.length === 0 ? (
        <p className="findings-none">{t.findings.none}</p>
      ) : (
        <ul
          className="findings-list"
          role="listbox"
          aria-label={t.findings.title}
          tabIndex={0}
          aria-activedescendant={selectedKey ? `finding-${shown.findIndex((f) => findingKey(f) === selectedKey)}` : undefined}
          onKeyDown={(e) => {
            // ↑/↓ move through the list (the focus stays on the list; the selection follows).
            if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.target !== e.currentTarget) return;
            e.preventDefault();
            const i = shown.findIndex((f) => findingKey(f) === selectedKey);
            const next = e.key === 'ArrowDown' ? Math.min(shown.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1);
            onSelect(shown[next]);
          }}
        >
          {shown.map((f, index) => {
            const key = findingKey(f);
            const selected = key === selectedKey;
            return (
              <li
                key={key}
                id={`finding-${index}`}
                role="option"
                aria-selected={selected}
                data-rule={f.rule}
                className={['finding', `sev-${f.severity}`, relatedKeys?.has(key) ? 'related' : ''].join(' ')}
                onClick={() => onSelect(f)}
                ref={(el) => {
                  const scroller = el?.closest('.findings');
                  if (selected && el && scroller) revealElements(scroller, [el], 'nearest');
                }}
              >
                <span className={`badge sev-${f.severity}`}>{t.severity[f.severity]}</span>
                <span className="finding-rule">{ruleLabel(f.rule)}</span>
                {appearedKeys?.has(key) && (
                  <span className="finding-cause" data-testid="finding-appeared">
                    {t.corrections.appeared(cause)}
                  </span>
                )}
                <p className="finding-message">{f.message}</p>
                {f.cells.length > 0 && (
                  <span className="finding-cells" title={cellsLabel(f.cells, template)}>
                    {cellsLabel(f.cells, template, CELL_ROWS_SHOWN)}
                  </span>
                )}
                <FindingNoteControls findingKey={key} onSelect={() => onSelect(f)} tabbable={selected} />
              </li>
            );
          })}
        </ul>
      )}
      {vanished.length > 0 && (
        <details className="findings-vanished" data-testid="findings-vanished">
          <summary>{t.corrections.vanishedTitle(cause, vanished.length)}</summary>
          <ul>
            {vanished.map((f) => (
              <li key={findingKey(f)} className="finding-vanished">
                <span className="finding-rule">{ruleLabel(f.rule)}</span>
                <p className="finding-message">{f.message}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
