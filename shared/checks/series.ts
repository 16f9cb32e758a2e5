/**
 * Reports of one body across years. The carry-over check (cross_year.carry_over) pairs a report
 * with last year's report of the same body, and the 历年对照 view lays a body's reports side by
 * side: both use this one pairing, so that the view lights exactly the pairs the check compared.
 */

/** What the pairing needs of a report: its body and year (ReportData and DocumentSummary both fit). */
export interface SeriesMember {
  organ: string | null;
  year: number | null;
}

/** A body's reports in the batch, in year order. */
export interface ReportSeries<T extends SeriesMember> {
  /** organKey() of the body. */
  key: string;
  /** The body's name as the first report of the series writes it. */
  organ: string;
  /** The reports, oldest first (reports of one year keep the batch order). */
  members: T[];
  /** The distinct years, ascending. */
  years: number[];
}

/**
 * The body's name as a key, so that one body's reports pair whatever the writing: full- and
 * half-width characters (（）/(), letters, digits), spaces and line breaks inside the name,
 * quotation and title marks, the middle dot.
 */
export function organKey(organ: string): string {
  return organ
    .normalize('NFKC')
    .replace(/[\s\u3000《》〈〉「」『』"'“”‘’·・•]/gu, '')
    .replace(/[〔【[]/gu, '(')
    .replace(/[〕】\]]/gu, ')');
}

/** True when two reports are of the same body (both name it). */
export function sameBody(a: SeriesMember, b: SeriesMember): boolean {
  return !!a.organ && !!b.organ && organKey(a.organ) === organKey(b.organ);
}

/** Last year's report of the same body among `all` (the first in `all`'s order), or null. */
export function previousOf<T extends SeriesMember>(report: SeriesMember, all: readonly T[]): T | null {
  if (!report.organ || report.year === null) return null;
  const key = organKey(report.organ);
  const year = report.year - 1;
  return all.find((other) => other.year === year && !!other.organ && organKey(other.organ) === key) ?? null;
}

/**
 * The batch's reports grouped by body, each group in year order; only bodies with reports of at
 * least `minYears` distinct years (2: a series to compare). Reports without organ or year belong
 * to no series.
 */
export function reportSeries<T extends SeriesMember>(reports: readonly T[], minYears = 2): Array<ReportSeries<T>> {
  const groups = new Map<string, T[]>();
  for (const r of reports) {
    if (!r.organ || r.year === null) continue;
    const key = organKey(r.organ);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const out: Array<ReportSeries<T>> = [];
  for (const [key, members] of groups) {
    const years = [...new Set(members.map((m) => m.year as number))].sort((a, b) => a - b);
    if (years.length < minYears) continue;
    // A stable sort: reports of one year keep the batch order.
    const sorted = [...members].sort((a, b) => (a.year as number) - (b.year as number));
    out.push({ key, organ: members[0].organ as string, members: sorted, years });
  }
  return out;
}
