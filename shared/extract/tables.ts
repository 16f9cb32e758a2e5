import type { ReportTables, TableValues, TemplateVersion, UncertainReading } from '../model';
import { normalizeLabel } from '../lib/text';
import { T2_MONEY_COLUMNS, T2_VERSION_MARKERS, T3_COLUMNS, T3_OTHER_SPLIT, T3_OUTCOME_ROWS, T3_ROWS, T4_COLUMNS, T4_GROUPS, t2BlocksFor } from '../template';
import { groupSumsHold, readSlots, rowSumHolds, type SlotReading } from './digitRuns';
import { matchRows } from './matchRows';
import { spreadRuns } from './spreadRuns';
import { narrowByRelations, rowCells, type Lookup } from './resolveRuns';
import type { TableRegions } from './regions';
import { MISSING } from './cells';
import type { Piece, StreamRow } from './stream';

/** Tables read from the regions, with what was learned about their template version. */
export interface ExtractedTables {
  tables: ReportTables;
  rowsFound: string[];
  t2Version: TemplateVersion | null;
  t3Other: 'single' | 'split' | null;
  /** Runs of digits with more than one valid split: their cells are null. */
  uncertain: UncertainReading[];
}

/** Which version table 2's wording follows, by counting the markers of each. */
export function detectT2Version(region: StreamRow[]): TemplateVersion | null {
  const text = normalizeLabel(region.map((r) => r.text).join(''));
  const score = (markers: readonly string[]) => markers.filter((m) => text.includes(normalizeLabel(m))).length;
  const old = score(T2_VERSION_MARKERS['2019']);
  const current = score(T2_VERSION_MARKERS['2021']);
  if (old === 0 && current === 0) return null;
  return current > old ? '2021' : '2019';
}

function readT2(region: StreamRow[], version: TemplateVersion, found: string[], uncertain: UncertainReading[]): TableValues {
  const blocks = t2BlocksFor(version);
  const rows = blocks.flatMap((b) => b.rows);
  const values: TableValues = {};
  const matched = new Map(matchRows(region, rows).map((m) => [m.key, m]));
  for (const block of blocks) {
    for (const row of block.rows) {
      const hit = matched.get(row.key);
      if (hit) found.push(`t2.${row.key}`);
      // Table 2 has no relation between its cells: a run of digits cut more than one way stays open.
      const reading = readSlots(hit?.slots ?? [], block.columns.length);
      const read = rowCells('t2', row.key, block.columns, reading.options, reading, hit?.slots ?? [], (c) => T2_MONEY_COLUMNS.has(c));
      if (read.uncertain) uncertain.push(read.uncertain);
      values[row.key] = read.cells;
    }
  }
  return values;
}

/** Table 3's column relations (balance and outcome sum, per column) that a choice satisfies. */
function t3Score(outcomeRows: string[]): (get: Lookup) => number {
  return (get) => {
    let score = 0;
    for (let c = 0; c < T3_COLUMNS.length; c++) {
      const parts = (rows: string[]): number | null => {
        let sum = 0;
        for (const r of rows) {
          const v = get(r, c);
          if (v === null) return null;
          sum += v;
        }
        return sum;
      };
      const incoming = parts(['new', 'carried_over']);
      const outgoing = parts(['total', 'carried_forward']);
      if (incoming !== null && incoming === outgoing) score++;
      const outcomes = parts(outcomeRows);
      if (outcomes !== null && outcomes === get('total', c)) score++;
    }
    return score;
  };
}

function readT3(region: StreamRow[], found: string[], uncertain: UncertainReading[]): { values: TableValues; other: 'single' | 'split' | null } {
  const matched = new Map(spreadRuns(matchRows(region, T3_ROWS), T3_ROWS, T3_COLUMNS.length).map((m) => [m.key, m]));
  const split = T3_OTHER_SPLIT.some((k) => matched.has(k));
  const other = split ? 'split' : matched.has('other') ? 'single' : null;
  // Each row read on its own (a run of digits cut so that 总计 is the row's sum), then the rows
  // still ambiguous narrowed by the column relations between rows.
  const readings = new Map<string, SlotReading>();
  for (const [key, hit] of matched) readings.set(key, readSlots(hit.slots, T3_COLUMNS.length, rowSumHolds));
  const outcomeRows = T3_OUTCOME_ROWS.filter((k) => matched.has(k));
  const options = narrowByRelations(readings, t3Score(outcomeRows));
  const values: TableValues = {};
  for (const row of T3_ROWS) {
    const hit = matched.get(row.key);
    if (hit) found.push(`t3.${row.key}`);
    const read = rowCells('t3', row.key, T3_COLUMNS, options.get(row.key) ?? [[]], readings.get(row.key), hit?.slots ?? []);
    if (read.uncertain) uncertain.push(read.uncertain);
    values[row.key] = read.cells;
  }
  return { values, other };
}

/** The digits a slot may hold as cells: a run of n digits is up to n cells, anything else one. */
function capacity(slots: Piece[]): number {
  return slots.reduce((n, s) => n + (/^\d+$/.test(s.text.trim()) ? s.text.trim().length : s.text.trim() === '' ? 0 : 1), 0);
}

/** Table 4 is one row of 15 values, which flattened text may wrap over several lines (or run together). */
function readT4(region: StreamRow[], found: string[], uncertain: UncertainReading[]): TableValues {
  const slots: Piece[] = [];
  for (const row of region) {
    if (row.slots.length === 0) continue;
    // A lone number on a line of text is a page number, unless it is a run holding many cells.
    if (!row.fromTable && row.slots.length < 2 && capacity(row.slots) < 5) continue;
    slots.push(...row.slots);
    if (slots.length >= 15 || capacity(slots) >= 15) break;
  }
  const columns = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => ({ key: `${g.key}.${c.key}`, label: c.label })));
  const reading = readSlots(slots.slice(0, 15), 15, groupSumsHold);
  const read = rowCells('t4', '', columns, reading.options, reading, slots.slice(0, 15));
  if (read.uncertain) {
    // The cells were named `t4..review.upheld`; name them by group and column.
    read.uncertain.cells = read.uncertain.cells.map((ref) => `t4.${ref.slice(4)}`);
    uncertain.push(read.uncertain);
  }
  const values: TableValues = {};
  T4_GROUPS.forEach((group) => {
    if (slots.length > 0) found.push(`t4.${group.key}`);
    values[group.key] = Object.fromEntries(T4_COLUMNS.map((col) => [col.key, slots.length > 0 ? read.cells[`${group.key}.${col.key}`] : MISSING]));
  });
  return values;
}

/** Reads tables 2, 3 and 4 into the canonical keys. */
export function readTables(regions: TableRegions, yearHint: number | null): ExtractedTables {
  const found: string[] = [];
  const uncertain: UncertainReading[] = [];
  const t2Version = detectT2Version(regions.t2);
  const t3 = readT3(regions.t3, found, uncertain);
  const version = t2Version ?? (t3.other === 'split' ? '2021' : t3.other === 'single' ? '2019' : null) ?? (yearHint !== null && yearHint >= 2021 ? '2021' : '2019');
  const t2 = readT2(regions.t2, version, found, uncertain);
  const t4 = readT4(regions.t4, found, uncertain);
  return { tables: { t2, t3: t3.values, t4 }, rowsFound: found, t2Version, t3Other: t3.other, uncertain };
}
