/** The Chinese font stack: Noto CJK on Linux, YaHei on Windows, PingFang on macOS. */
export const FONT_STACK = "'Noto Sans CJK SC', 'Noto Serif CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** Page margins, shared by the @page rule and the PDF options of both print paths. */
export const PAGE_MARGINS_MM = { top: 16, right: 15, bottom: 18, left: 15 } as const;

/**
 * The summary's print CSS. Rows, findings and notes never split across a page (`break-inside:
 * avoid`), table heads repeat on every page, headings stay with what follows them, and the
 * flag colours print (`print-color-adjust: exact`) since a review without its marks is useless.
 */
export const SUMMARY_CSS = `
@page { size: A4; margin: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: ${FONT_STACK}; font-size: 10.5pt; color: #1a1a1a; line-height: 1.55; }
body { margin: 0; }
h1 { font-size: 20pt; text-align: center; margin: 28mm 0 4mm; letter-spacing: 0.08em; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #333; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 1mm 0; }
.report + .report, .overview + .report { break-before: page; }
.subtitle { text-align: center; font-size: 13pt; margin-bottom: 14mm; }
.cover { break-after: page; }
.cover table.meta { width: 100%; border-collapse: collapse; margin: 0 auto; }
.cover table.meta th { width: 26mm; text-align: left; font-weight: bold; vertical-align: top; padding: 2mm 3mm; border-bottom: 0.5pt solid #bbb; }
.cover table.meta td { padding: 2mm 3mm; border-bottom: 0.5pt solid #bbb; }
.mono { font-family: 'DejaVu Sans Mono', Consolas, Menlo, monospace; font-size: 9pt; word-break: break-all; }
.counts { margin-top: 10mm; }
.counts span { display: inline-block; margin-right: 6mm; }
.overview table, table.t2, table.t3, table.t4 { width: 100%; border-collapse: collapse; table-layout: fixed; }
.overview th, .overview td, table.t2 th, table.t2 td, table.t3 th, table.t3 td, table.t4 th, table.t4 td {
  border: 0.6pt solid #555; padding: 1mm 1.2mm; font-size: 9pt; line-height: 1.35; word-break: break-word; }
thead { display: table-header-group; }
/* Column headers wrap between words only (the <wbr> headerHtml puts there), never 商业企/业. */
table th.hw { word-break: keep-all; overflow-wrap: normal; }
tr, .finding, .pnote, .keep, .failure { break-inside: avoid; page-break-inside: avoid; }
th { background: #f1f1f1; font-weight: normal; text-align: center; }
th.label { text-align: left; background: #fafafa; }
th.group { text-align: center; }
th.corner { font-size: 8pt; }
tr.block th { background: #e4e4e4; font-weight: bold; text-align: left; }
td.v { text-align: center; font-variant-numeric: tabular-nums; }
col.c-label { width: 34%; }
col.c-t3a { width: 7%; } col.c-t3b { width: 8%; } col.c-t3c { width: 27%; }
table.t4 th { font-size: 8.5pt; padding: 1mm 0.5mm; }
.table-block { margin-bottom: 5mm; }
/* Table 3 and table 4 together fill about one page: starting table 3 on a fresh page keeps it whole
   instead of leaving two rows at the foot of table 2's page. */
.t3-block { break-before: page; }
td.flag-error { background: #fbd5d3; outline: 1.2pt solid #c62828; outline-offset: -1.2pt; font-weight: bold; }
td.flag-warning { background: #fff0bf; outline: 1pt solid #b58900; outline-offset: -1pt; }
td.flag-info { background: #dcecff; }
td.noted { text-decoration: underline dotted; }
sup { font-size: 7.5pt; line-height: 0; margin-left: 0.5mm; }
.tag { margin-left: 0.3mm; color: #b71c1c; font-weight: bold; }
.note-tag { color: #4a3a8a; }
.legend { font-size: 8.5pt; color: #444; }
.legend .key { white-space: nowrap; }
.legend .sw { display: inline-block; width: 4mm; height: 3mm; vertical-align: middle; margin: 0 1mm 0 3mm; border: 0.5pt solid #555; }
.finding { border: 0.6pt solid #bbb; border-left: 2.5pt solid #888; padding: 2mm 3mm; margin: 2mm 0; }
.finding.sev-error { border-left-color: #c62828; }
.finding.sev-warning { border-left-color: #d4a000; }
.finding.sev-info { border-left-color: #2f6fb7; }
.finding-head { display: flex; gap: 3mm; align-items: baseline; }
.finding-head .num { color: #b71c1c; font-weight: bold; font-size: 11pt; }
.finding-head .sev { font-weight: bold; }
.finding-head .rule { color: #444; }
.finding-head .status { margin-left: auto; font-weight: bold; }
.status-confirmed { color: #b71c1c; } .status-false_positive { color: #555; } .status-fixed { color: #1b5e20; } .status-pending { color: #8a6d00; }
.message { font-size: 10.5pt; }
.cells { font-size: 9pt; color: #444; }
.cells .loc { white-space: nowrap; }
.opinion, .note { background: #f6f6f6; padding: 1mm 2mm; }
.k { font-weight: bold; }
h3.sev-error { color: #b71c1c; } h3.sev-warning { color: #8a6d00; } h3.sev-info { color: #2f6fb7; }
.pnote { border: 0.6pt solid #bbb; padding: 2mm 3mm; margin: 2mm 0; }
.pnote blockquote { margin: 0 0 1.5mm; padding: 1mm 3mm; border-left: 2pt solid #999; background: #f6f6f6; }
.pnote .where { font-weight: bold; }
.pnote .by { text-align: right; color: #555; font-size: 9pt; }
.empty { color: #555; }
.overview h1 { margin-top: 0; }
.overview td { text-align: center; }
.overview td.organ { text-align: left; }
.batch-cover h1 { margin-top: 40mm; }
`;
