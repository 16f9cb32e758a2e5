import { useEffect, useMemo, useRef, useState } from 'react';
import { isNeutral, rerunChecks, type Adjustments } from '../../../shared/checks';
import type { DocumentReview, DocumentSummary, RendererApi } from '../../../shared/ipc/contract';
import { toCorrections } from '../../db/corrections';
import { getDb, type CorrectionRow } from '../../db/db';
import { useBatchQuery } from '../batch/useBatchQuery';

const NONE = new Map<string, Adjustments>();

/** The auditor's decisions (corrections, 空白按 0 计) of many reports, by SHA-256; only those with any. */
async function readAdjustments(sha256s: string[]): Promise<Map<string, Adjustments>> {
  if (sha256s.length === 0) return NONE;
  const db = getDb();
  const [rows, reviews] = await Promise.all([db.corrections.where('sha256').anyOf(sha256s).toArray(), db.reviews.bulkGet(sha256s)]);
  const bySha = new Map<string, CorrectionRow[]>();
  for (const r of rows) bySha.set(r.sha256, [...(bySha.get(r.sha256) ?? []), r]);
  const out = new Map<string, Adjustments>();
  sha256s.forEach((sha, i) => {
    const adj = { blankAsZero: reviews[i]?.blankAsZero === true, corrections: toCorrections(bySha.get(sha) ?? []) };
    if (!isNeutral(adj)) out.set(sha, adj);
  });
  return out;
}

/**
 * The documents of the batch with the error / warning / info counts of their corrected data: a
 * report the auditor corrected (or decided 空白按 0 计 for) is counted as the report view shows it,
 * the checks rerun on its review (fetched once); every other report keeps main's counts.
 */
export function useCorrectedDocuments(api: RendererApi, documents: DocumentSummary[]): DocumentSummary[] {
  const adjustments = useBatchQuery(documents, readAdjustments, NONE);
  const [reviews, setReviews] = useState<Record<string, DocumentReview>>({});
  const asked = useRef(new Set<string>());

  useEffect(() => {
    for (const doc of documents) {
      if (doc.status !== 'ready' || !adjustments.has(doc.sha256) || asked.current.has(doc.id)) continue;
      asked.current.add(doc.id);
      void api.documents.review(doc.id).then((r) => r.ok && setReviews((m) => ({ ...m, [doc.id]: r.value })));
    }
  }, [api, documents, adjustments]);

  return useMemo(
    () =>
      documents.map((doc) => {
        const adj = adjustments.get(doc.sha256);
        const review = reviews[doc.id];
        if (!adj || !review || review.summary.sha256 !== doc.sha256) return doc;
        const findings = rerunChecks(review.data, review.findings, adj).findings;
        const count = (s: 'error' | 'warning' | 'info') => findings.filter((f) => f.severity === s).length;
        return { ...doc, counts: { error: count('error'), warning: count('warning'), info: count('info') } };
      }),
    [documents, adjustments, reviews],
  );
}
