// Runs readThroughPool.ts in a child process of its own (V8 flags are process-wide, so each setting
// needs a process) with the given Node flags and environment, and returns what it printed.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export function runReadThroughPool(files: string[], nodeFlags: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, [...nodeFlags, '--import', 'tsx', resolve(import.meta.dirname, 'readThroughPool.ts'), ...files], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
}
