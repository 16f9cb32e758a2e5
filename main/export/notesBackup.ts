import { authorProblem, isIsoTimestamp, noteTextProblem } from '../../shared/model/noteLimits';
import type { Correction, FindingDecision, FindingStatus, NoteTarget, ReviewAnnotations, ReviewConclusion, ReviewNote } from '../../shared/model';
import { FINDING_STATUS_LABELS, REVIEW_VERDICT_LABELS } from '../../shared/model';

/**
 * Reads the notes backup that the app exports from its notes store, tolerantly, since backups
 * outlive versions of the app. Accepted shapes:
 * - `ReviewAnnotations[]` (one entry per file, keyed by SHA-256);
 * - `{ annotations: [...] }` or `{ reviews: [...] }` holding such entries;
 * - the store's tables flat: `{ notes: [{ sha256, target, text, … }], decisions: [{ sha256,
 *   findingKey, status, … }], reviews?: [{ sha256 }], prefs?: [...] }`.
 * Entries that cannot be read are skipped and said so in `warnings`, never fatal.
 */
export function parseNotesBackup(json: unknown): { annotations: ReviewAnnotations[]; warnings: string[] } {
  const warnings: string[] = [];
  const bySha = new Map<string, ReviewAnnotations>();
  const entry = (sha256: string, reviewer = ''): ReviewAnnotations => {
    let found = bySha.get(sha256);
    if (!found) {
      found = { sha256, reviewer, notes: [], decisions: [] };
      bySha.set(sha256, found);
    }
    if (!found.reviewer && reviewer) found.reviewer = reviewer;
    return found;
  };

  const root = isObject(json) ? json : null;
  const nested = Array.isArray(json) ? json : root && Array.isArray(root['annotations']) ? root['annotations'] : null;
  const groups: unknown[] = nested ?? (root && !Array.isArray(root['notes']) && Array.isArray(root['reviews']) ? (root['reviews'] as unknown[]) : []);
  for (const item of groups) {
    if (!isObject(item) || typeof item['sha256'] !== 'string') {
      warnings.push('批注备份中有一项缺少 sha256，已跳过。');
      continue;
    }
    const target = entry(item['sha256'].toLowerCase(), str(item['reviewer']));
    for (const n of arr(item['notes'])) pushNote(target, n, warnings);
    for (const d of arr(item['decisions'])) pushDecision(target, d, warnings);
    if (item['conclusion'] !== undefined) pushConclusion(target, item['conclusion'], warnings);
    for (const c of arr(item['corrections'])) pushCorrection(target, c, warnings);
    if (item['blankAsZero'] === true) target.blankAsZero = true;
  }

  if (root && (Array.isArray(root['notes']) || Array.isArray(root['decisions']) || Array.isArray(root['conclusions']))) {
    for (const n of arr(root['notes'])) {
      if (isObject(n) && typeof n['sha256'] === 'string') pushNote(entry(n['sha256'].toLowerCase()), n, warnings);
      else warnings.push('批注备份中有一条批注缺少 sha256，已跳过。');
    }
    for (const d of arr(root['decisions'])) {
      if (isObject(d) && typeof d['sha256'] === 'string') pushDecision(entry(d['sha256'].toLowerCase()), d, warnings);
      else warnings.push('批注备份中有一条审阅状态缺少 sha256，已跳过。');
    }
    for (const c of arr(root['conclusions'])) {
      if (isObject(c) && typeof c['sha256'] === 'string') pushConclusion(entry(c['sha256'].toLowerCase()), c, warnings);
      else warnings.push('批注备份中有一条审阅结论缺少 sha256，已跳过。');
    }
    // The app's own backup (database v3): corrections flat, 空白按 0 计 on the review rows.
    for (const c of arr(root['corrections'])) {
      if (isObject(c) && typeof c['sha256'] === 'string') pushCorrection(entry(c['sha256'].toLowerCase()), { ...c, at: c['at'] ?? c['updatedAt'] }, warnings);
      else warnings.push('批注备份中有一条更正缺少 sha256，已跳过。');
    }
    for (const r of arr(root['reviews'])) {
      if (isObject(r) && typeof r['sha256'] === 'string' && r['blankAsZero'] === true) entry(r['sha256'].toLowerCase()).blankAsZero = true;
    }
    const author = arr(root['prefs']).find((p) => isObject(p) && (p['key'] === 'author' || p['key'] === 'reviewer'));
    if (isObject(author) && typeof author['value'] === 'string') for (const a of bySha.values()) a.reviewer ||= author['value'];
  }

  if (groups.length === 0 && !(root && (Array.isArray(root['notes']) || Array.isArray(root['decisions']) || Array.isArray(root['conclusions'])))) {
    warnings.push('批注备份的格式无法识别：应为审阅批注数组，或含 notes / decisions 的对象。');
  }
  for (const a of bySha.values()) a.reviewer ||= a.notes[0]?.author ?? '';
  return { annotations: [...bySha.values()], warnings };
}

function pushNote(into: ReviewAnnotations, raw: unknown, warnings: string[]): void {
  const target = isObject(raw) ? noteTarget(raw['target']) : null;
  if (!isObject(raw) || !target || typeof raw['text'] !== 'string') {
    warnings.push('批注备份中有一条批注无法读取，已跳过。');
    return;
  }
  const problem = noteTextProblem(raw['text']) ?? authorProblem(str(raw['author']));
  if (problem) {
    warnings.push(`批注备份中有一条${problem.replace(/，未保存。.*$/, '')}，已跳过。`);
    return;
  }
  const note: ReviewNote = {
    target,
    text: raw['text'],
    author: str(raw['author']),
    createdAt: time(raw['createdAt']),
    updatedAt: time(raw['updatedAt']) || time(raw['createdAt']),
  };
  into.notes.push(note);
}

function pushDecision(into: ReviewAnnotations, raw: unknown, warnings: string[]): void {
  if (!isObject(raw) || typeof raw['findingKey'] !== 'string' || !isStatus(raw['status'])) {
    warnings.push('批注备份中有一条审阅状态无法读取，已跳过。');
    return;
  }
  // An invalid time (`~`) would beat every real one in the comparison below: it counts as none.
  const decision: FindingDecision = { findingKey: raw['findingKey'], status: raw['status'], updatedAt: time(raw['updatedAt']) };
  if (typeof raw['note'] === 'string' && raw['note'].trim()) decision.note = raw['note'];
  // The latest decision on a finding wins, as in the store.
  const existing = into.decisions.findIndex((d) => d.findingKey === decision.findingKey);
  if (existing < 0) into.decisions.push(decision);
  else if (into.decisions[existing].updatedAt <= decision.updatedAt) into.decisions[existing] = decision;
}

function pushConclusion(into: ReviewAnnotations, raw: unknown, warnings: string[]): void {
  const verdict = isObject(raw) ? raw['verdict'] : undefined;
  if (!isObject(raw) || !(verdict === null || verdict === undefined || (typeof verdict === 'string' && verdict in REVIEW_VERDICT_LABELS))) {
    warnings.push('批注备份中有一条审阅结论无法读取，已跳过。');
    return;
  }
  const problem = noteTextProblem(str(raw['opinion']));
  if (problem || (raw['updatedAt'] !== undefined && !isIsoTimestamp(raw['updatedAt']))) {
    warnings.push(`批注备份中有一条审阅结论无法读取，已跳过${problem ? `：${problem}` : '（时间无效）'}。`);
    return;
  }
  const conclusion: ReviewConclusion = {
    verdict: (verdict ?? null) as ReviewConclusion['verdict'],
    opinion: str(raw['opinion']),
    updatedAt: str(raw['updatedAt']),
  };
  if (!into.conclusion || into.conclusion.updatedAt <= conclusion.updatedAt) into.conclusion = conclusion;
}

function pushCorrection(into: ReviewAnnotations, raw: unknown, warnings: string[]): void {
  if (!isObject(raw) || typeof raw['cell'] !== 'string' || typeof raw['value'] !== 'number' || !Number.isFinite(raw['value'])) {
    warnings.push('批注备份中有一条更正无法读取，已跳过。');
    return;
  }
  const correction: Correction = { cell: raw['cell'], value: raw['value'], reason: str(raw['reason']), author: str(raw['author']), at: str(raw['at']) };
  into.corrections = [...(into.corrections ?? []).filter((c) => c.cell !== correction.cell), correction];
}

function noteTarget(raw: unknown): NoteTarget | null {
  if (!isObject(raw)) return null;
  if (raw['kind'] === 'finding' && typeof raw['findingKey'] === 'string') return { kind: 'finding', findingKey: raw['findingKey'] };
  if (raw['kind'] === 'cell' && typeof raw['cell'] === 'string') return { kind: 'cell', cell: raw['cell'] };
  if (raw['kind'] === 'passage' && typeof raw['quote'] === 'string' && isObject(raw['anchor'])) {
    return { kind: 'passage', quote: raw['quote'], anchor: raw['anchor'] as unknown as Extract<NoteTarget, { kind: 'passage' }>['anchor'] };
  }
  return null;
}

function isStatus(value: unknown): value is FindingStatus {
  // Own properties only: `constructor` or `toString` are `in` every object.
  return typeof value === 'string' && Object.hasOwn(FINDING_STATUS_LABELS, value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An ISO timestamp, or '' for anything else. */
function time(value: unknown): string {
  return isIsoTimestamp(value) ? value : '';
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
