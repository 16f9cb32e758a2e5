import type { ReportTables, TableValues, TemplateVersion } from '../model';
import { normalizeLabel } from '../lib/text';
import {
  T2_MONEY_COLUMNS,
  T2_VERSION_MARKERS,
  T3_COLUMNS,
  T3_OTHER_SPLIT,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  t2BlocksFor,
} from '../template';
import { MISSING, alignSlots, readCell } from './cells';
import { matchRows } from './matchRows';
import type { TableRegions } from './regions';
import type { Piece, StreamRow } from './stream';

/** Tables read from the regions, with what was learned about their template version. */
export interface ExtractedTables {
  tables: ReportTables;
  rowsFound: string[];
  t2Version: TemplateVersion | null;
  t3Other: 'single' | 'split' | null;
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

function readT2(region: StreamRow[], version: TemplateVersion, found: string[]): TableValues {
  const blocks = t2BlocksFor(version);
  const rows = blocks.flatMap((b) => b.rows);
  const values: TableValues = {};
  const matched = new Map(matchRows(region, rows).map((m) => [m.key, m]));
  for (const block of blocks) {
    for (const row of block.rows) {
      const hit = matched.get(row.key);
      if (hit) found.push(`t2.${row.key}`);
      const slots = hit ? alignSlots(hit.slots, block.columns.length) : [];
      values[row.key] = Object.fromEntries(
        block.columns.map((col, i) => {
          const slot = slots[i];
          return [col.key, slot ? readCell(slot, T2_MONEY_COLUMNS.has(col.key)) : MISSING];
        }),
      );
    }
  }
  return values;
}

function readT3(region: StreamRow[], found: string[]): { values: TableValues; other: 'single' | 'split' | null } {
  const matched = new Map(matchRows(region, T3_ROWS).map((m) => [m.key, m]));
  const split = T3_OTHER_SPLIT.some((k) => matched.has(k));
  const other = split ? 'split' : matched.has('other') ? 'single' : null;
  const values: TableValues = {};
  for (const row of T3_ROWS) {
    const hit = matched.get(row.key);
    if (hit) found.push(`t3.${row.key}`);
    const slots = hit ? alignSlots(hit.slots, T3_COLUMNS.length) : [];
    values[row.key] = Object.fromEntries(
      T3_COLUMNS.map((col, i) => [col.key, slots[i] ? readCell(slots[i] as Piece) : MISSING]),
    );
  }
  return { values, other };
}

/** Table 4 is one row of 15 values, which flattened text may wrap over several lines. */
function readT4(region: StreamRow[], found: string[]): TableValues {
  const slots: Piece[] = [];
  for (const row of region) {
    if (row.slots.length === 0 || (!row.fromTable && row.slots.length < 2)) continue;
    slots.push(...row.slots);
    if (slots.length >= 15) break;
  }
  const cells = slots.length > 0 ? alignSlots(slots.slice(0, 15), 15) : [];
  const values: TableValues = {};
  T4_GROUPS.forEach((group, g) => {
    if (cells.length > 0) found.push(`t4.${group.key}`);
    values[group.key] = Object.fromEntries(
      T4_COLUMNS.map((col, c) => {
        const slot = cells[g * T4_COLUMNS.length + c];
        return [col.key, slot ? readCell(slot) : MISSING];
      }),
    );
  });
  return values;
}

/** Reads tables 2, 3 and 4 into the canonical keys. */
export function readTables(regions: TableRegions, yearHint: number | null): ExtractedTables {
  const found: string[] = [];
  const t2Version = detectT2Version(regions.t2);
  const t3 = readT3(regions.t3, found);
  const version = t2Version ?? (t3.other === 'split' ? '2021' : t3.other === 'single' ? '2019' : null) ??
    (yearHint !== null && yearHint >= 2021 ? '2021' : '2019');
  const t2 = readT2(regions.t2, version, found);
  const t4 = readT4(regions.t4, found);
  return { tables: { t2, t3: t3.values, t4 }, rowsFound: found, t2Version, t3Other: t3.other };
}
