// The command line of `npm run review`, parsed strictly (issue 9): a shell glob can hand the CLI a
// file named `-h` or `--csv=x.csv`, which must never be taken for a flag (print usage, write
// files) without the user knowing. Everything after `--` is a file; before it, an argument that
// looks like a flag and also names an existing file is refused as ambiguous, and an unknown flag
// is an error, never a file.
import { existsSync } from 'node:fs';
import { parseExportFlags, type ExportFlags } from './export/cliExport';

/** What the command line asks for. */
export interface CliArgs {
  json: boolean;
  help: boolean;
  flags: ExportFlags;
  inputs: string[];
}

/** Parses the arguments; `exists` is injectable for tests. */
export function parseCliArgs(argv: string[], exists: (path: string) => boolean = existsSync): { args: CliArgs } | { error: string } {
  const cut = argv.indexOf('--');
  const options = cut >= 0 ? argv.slice(0, cut) : argv;
  const files = cut >= 0 ? argv.slice(cut + 1) : [];
  for (const arg of options) {
    // The value after `--csv` etc. is taken by parseExportFlags; a flag-like value is refused there.
    if (/^-/.test(arg) && exists(arg)) {
      return { error: `参数“${arg}”既像选项，又是一个已存在的文件或文件夹，无法确定用意。若要审阅它，请把文件名放在 -- 之后，例如：npm run review -- --json -- ${arg}` };
    }
  }
  const { flags, rest, error } = parseExportFlags(options);
  if (error) return { error };
  let json = false;
  let help = false;
  const inputs: string[] = [];
  for (const arg of rest) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (/^-./.test(arg)) return { error: `未知的参数“${arg}”。若这是文件名，请放在 -- 之后，例如：npm run review -- --json -- ${arg}` };
    else inputs.push(arg);
  }
  return { args: { json, help, flags, inputs: [...inputs, ...files] } };
}

/**
 * Removes terminal control sequences and other control characters (a document's organ name or a
 * file name could carry ESC sequences that rewrite the terminal), keeping line breaks and tabs.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- strips terminal escapes from untrusted text
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '');
}
