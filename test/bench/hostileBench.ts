// The hostile folder (issue 9) through the CLI: one run per file and one run over the whole
// folder, each a child process whose peak memory is sampled from /proc (the process and its
// descendants; worker threads are inside the process). Measured, never asserted.
// `npx tsx test/bench/hostileBench.ts`, or call benchHostile().
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeHostileFolder } from '../helpers/hostileFolder';

const ROOT = join(import.meta.dirname ?? '.', '../..');

/** Resident memory (KB) of a process and all its descendants, from /proc; 0 once it is gone. */
function treeRssKb(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRssKb(Number(child));
    }
  } catch {
    // the process ended between two reads
  }
  return total;
}

/** One CLI run: exit code, seconds, peak memory of the process tree (MB) and the JSON. */
function runCli(args: string[], cwd: string): Promise<{ code: number | null; seconds: number; peakMb: number; json: unknown }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', join(ROOT, 'node_modules/tsx/dist/loader.mjs'), join(ROOT, 'main/cli.ts'), '--json', '--', ...args], { cwd });
    let out = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.resume();
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid ?? 0))), 25);
    child.on('close', (code) => {
      clearInterval(timer);
      let json: unknown = null;
      try {
        json = JSON.parse(out);
      } catch {
        json = null;
      }
      resolve({ code, seconds: (performance.now() - start) / 1000, peakMb: peak / 1024, json });
    });
  });
}

const describe = (json: unknown): string => {
  if (!Array.isArray(json)) return '无 JSON';
  return json.map((e: { error?: string; code?: string; findings?: unknown[] }) => (e.error ? `${e.code}` : `已审阅（${e.findings?.length ?? 0} 个问题）`)).join('；');
};

/** Prints the table: input, result, time, peak memory. */
export async function benchHostile(): Promise<void> {
  const folder = makeHostileFolder();
  try {
    console.log('\n恶意/异常文件夹（CLI，每个文件单独一次，最后整个文件夹一次；峰值内存为进程树 RSS）');
    console.log('输入                         结果                                   退出码   用时 s   峰值 MB');
    for (const name of [...folder.reports, ...folder.failures]) {
      const r = await runCli([name], folder.dir);
      console.log(
        `${name.padEnd(28)} ${describe(r.json).padEnd(36)} ${String(r.code).padStart(4)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.peakMb.toFixed(0).padStart(7)}`,
      );
    }
    const all = await runCli(readdirSync(folder.dir).sort(), folder.dir);
    const entries = Array.isArray(all.json) ? all.json.length : 0;
    console.log(
      `${'整个文件夹（-- *）'.padEnd(24)} ${`${entries} 项 JSON`.padEnd(36)} ${String(all.code).padStart(4)}  ${all.seconds.toFixed(2).padStart(7)}  ${all.peakMb.toFixed(0).padStart(7)}`,
    );
  } finally {
    rmSync(folder.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHostile();
