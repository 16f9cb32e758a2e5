import { cellLabel } from '../template/labels';
import { cellRef, type CellValue, type Finding, type ReportData } from '../model';

/** Below this OCR confidence (0–100) a value is shown as 需核对, never passed as sure. */
export const OCR_LOW_CONFIDENCE = 80;

/** True for a value read by OCR with too little confidence to pass as sure. */
export function isLowConfidence(value: CellValue | undefined): boolean {
  return value?.confidence !== undefined && value.confidence < OCR_LOW_CONFIDENCE;
}

/** The references of every low-confidence value of the three tables, in table order. */
export function lowConfidenceCells(data: ReportData): string[] {
  const out: string[] = [];
  for (const table of ['t2', 't3', 't4'] as const) {
    for (const [row, cols] of Object.entries(data.tables[table])) {
      for (const [col, value] of Object.entries(cols)) if (isLowConfidence(value)) out.push(cellRef(table, row, col));
    }
  }
  return out;
}

/**
 * ocr.low_confidence (info): one finding per report listing every table value that OCR read
 * with low confidence, each with the reading and its confidence, so the auditor checks them
 * against the page image (and corrects them where the reading is wrong).
 */
export function checkOcrConfidence(data: ReportData): Finding[] {
  const cells = lowConfidenceCells(data);
  if (cells.length === 0) return [];
  const shown = cells.slice(0, 8).map((ref) => {
    const [table, ...rest] = ref.split('.');
    const col = rest.pop();
    const value = col === undefined ? undefined : data.tables[table as 't2' | 't3' | 't4'][rest.join('.')]?.[col];
    const reading = value?.raw ? `读作“${value.raw}”` : '未能读出';
    return `${cellLabel(ref, data.template)} ${reading}（把握 ${Math.round(value?.confidence ?? 0)}%）`;
  });
  const more = cells.length > shown.length ? `等 ${cells.length} 处` : '';
  return [
    {
      rule: 'ocr.low_confidence',
      severity: 'info',
      cells,
      anchors: [],
      message: `扫描件文字识别（OCR）把握不足，需对照原件核对：${shown.join('；')}${more}`,
    },
  ];
}

/**
 * Says in a sum finding when one of its cells is a low-confidence OCR reading: the sum may fail
 * only because the reading is wrong, and the auditor should check that cell first.
 */
export function noteLowConfidence(findings: Finding[], data: ReportData): Finding[] {
  const low = new Set(lowConfidenceCells(data));
  if (low.size === 0) return findings;
  return findings.map((f) => {
    if (f.rule === 'ocr.low_confidence') return f;
    const uncertain = f.cells.filter((c) => low.has(c));
    if (uncertain.length === 0) return f;
    const names = uncertain.map((c) => cellLabel(c, data.template)).join('、');
    return { ...f, message: `${f.message}（${names}为识别把握不足的读数，可能只是识别有误，请先对照原件核对）` };
  });
}
