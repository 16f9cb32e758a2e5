import { chromium } from 'playwright-core';
import { findBrowser } from './findBrowser';
import { playwrightPdfOptions } from './pdfOptions';

/** Flags for a headless print: no network chatter, no GPU, no first-run pages. */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Prints the summary HTML to PDF bytes with a Chromium-based browser installed on the machine
 * (the command line has no Electron). `executablePath` defaults to findBrowser(), which throws a
 * clear Chinese message when there is none.
 */
export async function printHtmlWithBrowser(html: string, executablePath: string = findBrowser()): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // The CJK fonts are large; print only once every face the page uses has loaded.
    // (A string, because main compiles without DOM types.)
    await page.evaluate('document.fonts.ready.then(() => true)');
    const pdf = await page.pdf(playwrightPdfOptions());
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
