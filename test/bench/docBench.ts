// The Word-binary reader beside mammoth: parse only (bytes → LayoutDocument + HTML), each
// sample's .doc (LibreOffice's save of the same .docx) against its .docx. Measured, not asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseFile } from '../../main/parsers';
import { OWN_FIXTURES, sampleNames, samplePath } from '../helpers/fixtures';

async function medianParse(path: string, name: string, reps: number): Promise<number> {
  const bytes = new Uint8Array(readFileSync(path));
  const times: number[] = [];
  for (let i = 0; i < reps + 5; i++) {
    const start = performance.now();
    await parseFile(bytes, name);
    if (i >= 5) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchDoc(reps: number): Promise<void> {
  console.log(`\n只解析（字节 → 版面 + HTML），.doc 与同一样本的 .docx 对照，各 ${reps} 次的中位数`);
  console.log('样本                                  .docx ms    .doc ms   .doc 大小');
  let docx = 0;
  let doc = 0;
  for (const base of sampleNames()) {
    const docPath = join(OWN_FIXTURES, 'doc', `${base}.doc`);
    let size: number;
    try {
      size = readFileSync(docPath).length;
    } catch {
      continue;
    }
    const a = await medianParse(samplePath(base, 'docx'), `${base}.docx`, reps);
    const b = await medianParse(docPath, `${base}.doc`, reps);
    docx += a;
    doc += b;
    console.log(`${base.padEnd(36)} ${a.toFixed(2).padStart(8)}  ${b.toFixed(2).padStart(8)}  ${(size / 1024).toFixed(0).padStart(6)} KB`);
  }
  console.log(`${'合计'.padEnd(34)} ${docx.toFixed(2).padStart(8)}  ${doc.toFixed(2).padStart(8)}`);
}
