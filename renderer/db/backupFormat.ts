import type { FindingStatus, NoteTarget, ReviewVerdict } from '../../shared/model';
import type { Backup } from './backup';
import type { ConclusionRow, CorrectionRow, DecisionRow, NoteRow, ReviewRow } from './db';
import { targetKey } from './targetKey';
import { authorProblem, isIsoTimestamp, noteTextProblem } from '../../shared/model/noteLimits';

/**
 * Checks a parsed backup file field by field: it comes from disk and may be anything, and a bad
 * row must not reach the database. Throws a Chinese message naming the first bad entry.
 */
export function parseBackup(value: unknown): Backup {
  if (!isObject(value) || value.format !== 'report-review-notes') {
    throw new Error('这不是年报审阅的批注备份文件。');
  }
  if (value.version !== 1) throw new Error(`不支持的批注备份版本：${String(value.version)}。`);
  const reviews = list(value.reviews, '审阅记录').map(review);
  const notes = list(value.notes, '批注').map(note);
  const decisions = list(value.decisions, '核查状态').map(decision);
  const conclusions = list(value.conclusions, '审阅结论').map(conclusion);
  const corrections = list(value.corrections, '更正').map(correction);
  return {
    format: 'report-review-notes',
    version: 1,
    schema: typeof value.schema === 'number' ? value.schema : 0,
    exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : '',
    reviews,
    notes,
    decisions,
    conclusions,
    corrections,
  };
}

const STATUSES: readonly FindingStatus[] = ['pending', 'confirmed', 'false_positive', 'fixed'];
const SHA256 = /^[0-9a-f]{64}$/i;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown, what: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Error(`批注备份中的${what}不是列表。`);
  return v;
}

function str(o: Obj, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new Error(`批注备份中有一条${what}缺少 ${key}。`);
  return v;
}

/** A timestamp field: an ISO time as the app writes it, or the backup is refused (a `~` would win every merge). */
function time(o: Obj, key: string, what: string): string {
  const v = str(o, key, what);
  if (!isIsoTimestamp(v)) throw new Error(`批注备份中有一条${what}的时间 ${key} 无效（${String(v).slice(0, 40)}）。`);
  return v;
}

function sha(o: Obj, what: string): string {
  const v = str(o, 'sha256', what);
  if (!SHA256.test(v)) throw new Error(`批注备份中有一条${what}的 sha256 无效。`);
  return v.toLowerCase();
}

function review(v: unknown): ReviewRow {
  if (!isObject(v)) throw new Error('批注备份中有一条审阅记录无效。');
  const name = typeof v.name === 'string' ? v.name : '';
  const names = Array.isArray(v.names) ? v.names.filter((n): n is string => typeof n === 'string') : name ? [name] : [];
  return {
    sha256: sha(v, '审阅记录'),
    name,
    names,
    createdAt: time(v, 'createdAt', '审阅记录'),
    lastOpenedAt: time(v, 'lastOpenedAt', '审阅记录'),
    blankAsZero: v.blankAsZero === true,
  };
}

function target(v: unknown): NoteTarget {
  if (isObject(v)) {
    if (v.kind === 'finding' && typeof v.findingKey === 'string') return { kind: 'finding', findingKey: v.findingKey };
    if (v.kind === 'cell' && typeof v.cell === 'string') return { kind: 'cell', cell: v.cell };
    if (v.kind === 'passage' && typeof v.quote === 'string' && isObject(v.anchor)) {
      const a = v.anchor;
      if (a.kind === 'text' && typeof a.start === 'number' && typeof a.end === 'number') {
        return { kind: 'passage', quote: v.quote, anchor: { kind: 'text', start: a.start, end: a.end } };
      }
      if (a.kind === 'dom' && typeof a.id === 'string') {
        const anchor: { kind: 'dom'; id: string; start?: number; end?: number } = { kind: 'dom', id: a.id };
        if (typeof a.start === 'number') anchor.start = a.start;
        if (typeof a.end === 'number') anchor.end = a.end;
        return { kind: 'passage', quote: v.quote, anchor };
      }
      if (a.kind === 'pdf' && typeof a.page === 'number' && Array.isArray(a.rects)) {
        const rects = a.rects.filter(isObject).map((r) => ({
          x: Number(r.x),
          y: Number(r.y),
          width: Number(r.width),
          height: Number(r.height),
        }));
        if (rects.every((r) => [r.x, r.y, r.width, r.height].every(Number.isFinite))) {
          return { kind: 'passage', quote: v.quote, anchor: { kind: 'pdf', page: a.page, rects } };
        }
      }
    }
  }
  throw new Error('批注备份中有一条批注的附着位置无效。');
}

function note(v: unknown): NoteRow {
  if (!isObject(v)) throw new Error('批注备份中有一条批注无效。');
  const t = target(v.target);
  const text = str(v, 'text', '批注');
  const author = typeof v.author === 'string' ? v.author : '';
  const problem = noteTextProblem(text) ?? authorProblem(author);
  if (problem) throw new Error(`批注备份中有一条${problem.replace(/，未保存。.*$/, '。')}`);
  return {
    id: str(v, 'id', '批注'),
    sha256: sha(v, '批注'),
    target: t,
    targetKey: targetKey(t),
    text,
    author,
    createdAt: time(v, 'createdAt', '批注'),
    updatedAt: time(v, 'updatedAt', '批注'),
  };
}

function decision(v: unknown): DecisionRow {
  if (!isObject(v)) throw new Error('批注备份中有一条核查状态无效。');
  const status = v.status as FindingStatus;
  if (!STATUSES.includes(status)) throw new Error('批注备份中有一条核查状态的取值无效。');
  const row: DecisionRow = {
    sha256: sha(v, '核查状态'),
    findingKey: str(v, 'findingKey', '核查状态'),
    status,
    updatedAt: time(v, 'updatedAt', '核查状态'),
  };
  if (typeof v.note === 'string' && v.note) {
    const problem = noteTextProblem(v.note);
    if (problem) throw new Error(`批注备份中有一条核查状态的${problem.replace(/，未保存。.*$/, '。')}`);
    row.note = v.note;
  }
  return row;
}

const VERDICTS: readonly ReviewVerdict[] = ['pass', 'revise', 'resubmit'];

function conclusion(v: unknown): ConclusionRow {
  if (!isObject(v)) throw new Error('批注备份中有一条审阅结论无效。');
  const verdict = v.verdict === null || v.verdict === undefined ? null : (v.verdict as ReviewVerdict);
  if (verdict !== null && !VERDICTS.includes(verdict)) throw new Error('批注备份中有一条审阅结论的取值无效。');
  const opinion = typeof v.opinion === 'string' ? v.opinion : '';
  const problem = noteTextProblem(opinion);
  if (problem) throw new Error(`批注备份中有一条审阅意见${problem.replace(/^批注/, '').replace(/，未保存。.*$/, '。')}`);
  return { sha256: sha(v, '审阅结论'), verdict, opinion, updatedAt: time(v, 'updatedAt', '审阅结论') };
}

const CELL_REF = /^t[234]\.[a-z_.]+\.[a-z_]+$/;

function correction(v: unknown): CorrectionRow {
  if (!isObject(v)) throw new Error('批注备份中有一条更正无效。');
  const cell = str(v, 'cell', '更正');
  if (!CELL_REF.test(cell)) throw new Error('批注备份中有一条更正的单元格无效。');
  if (typeof v.value !== 'number' || !Number.isFinite(v.value)) throw new Error('批注备份中有一条更正的数值无效。');
  return {
    sha256: sha(v, '更正'),
    cell,
    value: v.value,
    reason: typeof v.reason === 'string' ? v.reason : '',
    author: typeof v.author === 'string' ? v.author : '',
    createdAt: time(v, 'createdAt', '更正'),
    updatedAt: time(v, 'updatedAt', '更正'),
  };
}
