import type { Finding, NarrativeStatement, ReportData } from '../model';
import { num } from './cells';

type Topic = NarrativeStatement['topic'];

interface TopicTarget {
  /** What the sentence speaks of, for the message. */
  words: string;
  /** The table cells whose sum the sentence states, and how to name them. */
  cells: Array<{ table: 't2' | 't3' | 't4'; row: string; col: string }>;
  tableWords: string;
}

const TARGETS: Record<Topic, TopicTarget> = {
  applications: {
    words: '收到政府信息公开申请',
    cells: [{ table: 't3', row: 'new', col: 'total' }],
    tableWords: '表三「一、本年新收政府信息公开申请数量」总计',
  },
  review: {
    words: '行政复议',
    cells: [{ table: 't4', row: 'review', col: 'total' }],
    tableWords: '表四行政复议总计',
  },
  litigation: {
    words: '行政诉讼',
    cells: [
      { table: 't4', row: 'litigation_direct', col: 'total' },
      { table: 't4', row: 'litigation_after_review', col: 'total' },
    ],
    tableWords: '表四行政诉讼（未经复议直接起诉与复议后起诉）总计',
  },
  normative_made: {
    words: '制发规范性文件',
    cells: [{ table: 't2', row: 'normative', col: 'made' }],
    tableWords: '表二规范性文件本年制发（新制作）数量',
  },
};

/** The table's figure for a topic, or null when a cell is unreadable (value.kind reports that). */
function tableValue(data: ReportData, target: TopicTarget): number | null {
  let sum = 0;
  for (const c of target.cells) {
    const v = num(data.tables[c.table], c.row, c.col);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/**
 * narrative.mismatch: a count stated in the text (applications received, reconsiderations,
 * lawsuits, normative documents issued) that the table contradicts. One finding per topic, with
 * every disagreeing sentence, because the cells — and so the finding's identity — are the same.
 */
export function checkNarrative(data: ReportData): Finding[] {
  const findings: Finding[] = [];
  for (const topic of Object.keys(TARGETS) as Topic[]) {
    const target = TARGETS[topic];
    const table = tableValue(data, target);
    if (table === null) continue;
    const wrong = data.statements.filter((s) => s.topic === topic && s.value !== table);
    if (wrong.length === 0) continue;
    findings.push({
      rule: 'narrative.mismatch',
      severity: 'warning',
      message: `正文称${target.words}${wrong[0].value}件，但${target.tableWords}为${table}`,
      cells: target.cells.map((c) => `${c.table}.${c.row}.${c.col}`),
      anchors: wrong.map((s) => s.anchor),
    });
  }
  return findings;
}
