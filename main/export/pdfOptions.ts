import { FONT_STACK, PAGE_MARGINS_MM } from './summary/styles';

/**
 * The one set of page options for the summary PDF, translated for each printer below so that
 * the app (Electron's printToPDF) and the command line (a local Chromium through playwright-core)
 * produce the same pages: A4, the CSS margins, backgrounds printed, 「第 n 页 / 共 m 页」 in the
 * footer. Chromium renders header and footer templates at a tiny default size with no page
 * styles, hence the explicit font and size.
 */
export const FOOTER_TEMPLATE = `<div style="width:100%;font-size:8pt;font-family:${FONT_STACK.replace(/"/g, "'")};color:#555;text-align:center;">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>`;

/** An empty header: without it Chromium prints the date and the page title at the top. */
export const HEADER_TEMPLATE = '<div></div>';

const MM_PER_INCH = 25.4;

/** Options for playwright-core's `page.pdf`. */
export function playwrightPdfOptions(): {
  format: 'A4';
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  preferCSSPageSize: true;
  margin: { top: string; right: string; bottom: string; left: string };
} {
  const m = PAGE_MARGINS_MM;
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: FOOTER_TEMPLATE,
    preferCSSPageSize: true,
    margin: { top: `${m.top}mm`, right: `${m.right}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm` },
  };
}

/** Options for Electron's `webContents.printToPDF` (margins in inches there). */
export function electronPdfOptions(): {
  pageSize: 'A4';
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  preferCSSPageSize: true;
  margins: { top: number; right: number; bottom: number; left: number };
} {
  const m = PAGE_MARGINS_MM;
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: FOOTER_TEMPLATE,
    preferCSSPageSize: true,
    margins: {
      top: m.top / MM_PER_INCH,
      right: m.right / MM_PER_INCH,
      bottom: m.bottom / MM_PER_INCH,
      left: m.left / MM_PER_INCH,
    },
  };
}
