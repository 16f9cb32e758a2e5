/**
 * Today as 2024-03-05, in local time (the auditor's day, not UTC's): the 审阅日期 of the summary.
 * Kept apart from cliExport.ts so that the app's export handlers do not pull the command line's
 * browser printing (playwright-core, a dev dependency) into the Electron main bundle.
 */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
