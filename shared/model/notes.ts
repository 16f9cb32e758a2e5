import type { Anchor } from './anchor';

/** The auditor's verdict on a finding. */
export type FindingStatus = 'pending' | 'confirmed' | 'false_positive' | 'fixed';

/** Chinese labels of the statuses, in the order the UI offers them. */
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  pending: '待核实',
  confirmed: '已确认问题',
  false_positive: '误报',
  fixed: '已整改',
};

/** What a note is attached to. */
export type NoteTarget = { kind: 'finding'; findingKey: string } | { kind: 'cell'; cell: string } | { kind: 'passage'; anchor: Anchor; quote: string };

/** A note as exports see it (the database adds ids and bookkeeping). */
export interface ReviewNote {
  target: NoteTarget;
  text: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** A decision on one finding. */
export interface FindingDecision {
  findingKey: string;
  status: FindingStatus;
  note?: string;
  updatedAt: string;
}

/** The auditor's conclusion on a whole report (审阅结论). */
export type ReviewVerdict = 'pass' | 'revise' | 'resubmit';

/** Chinese labels of the conclusions, in the order the UI offers them. */
export const REVIEW_VERDICT_LABELS: Record<ReviewVerdict, string> = {
  pass: '通过',
  revise: '需修改',
  resubmit: '退回重报',
};

/** 审阅结论 and 审阅意见 of one report; either may be unset. */
export interface ReviewConclusion {
  verdict: ReviewVerdict | null;
  /** 审阅意见: free text addressed to the reporting body. */
  opinion: string;
  updatedAt: string;
}

/** The auditor's correction of one extracted value (更正识别值): what the source really shows, and why. */
export interface Correction {
  /** Cell reference `t3.unable.no_info.natural`. */
  cell: string;
  /** The value the auditor reads in the source. */
  value: number;
  reason: string;
  author: string;
  at: string;
}

/** Everything the auditor recorded on one report (keyed by the file's SHA-256). */
export interface ReviewAnnotations {
  sha256: string;
  reviewer: string;
  notes: ReviewNote[];
  decisions: FindingDecision[];
  /** The report's conclusion, when one was given. */
  conclusion?: ReviewConclusion;
  /** Corrected values; the checks rerun on them (absent in older backups: none). */
  corrections?: Correction[];
  /** 空白按 0 计 decided for this report (absent: no). */
  blankAsZero?: boolean;
}
