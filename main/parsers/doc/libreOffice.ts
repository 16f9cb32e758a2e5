import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice's soffice where installers put it, or null. `REPORT_REVIEW_SOFFICE` names another
 * one; set to `none` it turns the fallback off. Nothing is searched on PATH or downloaded.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const named = env.REPORT_REVIEW_SOFFICE;
  if (named === 'none') return null;
  if (named) return existsSync(named) ? named : null;
  const candidates: string[] = [];
  if (platform === 'win32') {
    for (const base of [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)']) {
      if (base) candidates.push(join(base, 'LibreOffice', 'program', 'soffice.exe'));
    }
  } else if (platform === 'darwin') {
    candidates.push('/Applications/LibreOffice.app/Contents/MacOS/soffice');
  } else {
    candidates.push('/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/usr/local/bin/soffice');
    try {
      for (const dir of readdirSync('/opt')) if (/^libreoffice/i.test(dir)) candidates.push(join('/opt', dir, 'program', 'soffice'));
    } catch {
      // no /opt
    }
  }
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * Converts a document LibreOffice can read (Word 6.0/95, Works) to .docx with a private, throw-away
 * profile (so that a running LibreOffice or the user's settings are not touched), within `timeoutMs`.
 * Returns null when there is no LibreOffice, or it fails or takes too long.
 */
export async function convertToDocx(bytes: Uint8Array, extension: string, timeoutMs: number, soffice = findSoffice()): Promise<Uint8Array | null> {
  if (!soffice) return null;
  const dir = mkdtempSync(join(tmpdir(), 'report-review-lo-'));
  try {
    const input = join(dir, `input.${extension}`);
    const outDir = join(dir, 'out');
    writeFileSync(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      outDir,
      input,
    ];
    const finished = await new Promise<boolean>((resolve) => {
      const child = spawn(soffice, args, { stdio: 'ignore', windowsHide: true });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(false);
      }, timeoutMs);
      child.on('error', () => {
        clearTimeout(timer);
        resolve(false);
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code === 0);
      });
    });
    const output = join(outDir, 'input.docx');
    if (!finished || !existsSync(output)) return null;
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
