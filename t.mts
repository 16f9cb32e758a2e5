import { readFileSync } from 'node:fs';
import { parseFile } from './main/parsers';
try { const r = await parseFile(readFileSync(process.argv[2]), process.argv[2]); console.log('OK', r.format, r.parsed.html, JSON.stringify(r.parsed.layout.blocks.filter(b=>b.kind==='table').map(b=>(b as any).rows.map((r:any)=>r.cells.map((c:any)=>[c.text,c.rowSpan,c.colSpan,c.col]))))); } catch (e) { console.log('ERR', (e as any).code, (e as Error).message); }
