import * as cfbNamespace from 'cfb';
import { ParseError } from '../parseError';

// cfb is CommonJS (`module.exports = CFB`): under Node's ESM loader its functions sit on `default`,
// under a bundler on the namespace itself.
const CFB = ((cfbNamespace as unknown as { default?: typeof cfbNamespace }).default ?? cfbNamespace) as typeof cfbNamespace;

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const DIFSECT = 0xfffffffc;
/** Sector numbers at or above this are markers, not places. */
const MAXREGSECT = 0xfffffffa;

const damaged = () => new ParseError('corrupt', '文件已损坏：Word 文档（.doc）的复合文件结构不完整或自相矛盾。');

/** The named streams of an OLE compound file (the root storage's, by name). */
export interface CompoundFile {
  streams: Map<string, Uint8Array>;
}

/**
 * Checks the sector allocation table before cfb follows it. cfb trusts the table: a chain that
 * loops, or many chains that share one tail, would make it run forever or copy the same sectors
 * again and again (quadratic memory). Here every chain must be a simple path: each sector has at
 * most one predecessor and no chain returns to itself. Linear in the file's size.
 */
function checkAllocationTable(bytes: Uint8Array): void {
  if (bytes.length < 512) throw damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) throw damaged();
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size) + ((bytes.length - size) % size > 0 ? 1 : 0);
  if (sectors <= 0) throw damaged();
  const sectorAt = (n: number) => size + n * size;

  // The locations of the FAT sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + i * 4, true);
    if (s >= MAXREGSECT) continue;
    if (s >= sectors) throw damaged();
    fatSectors.push(s);
  }
  const difatSeen = new Set<number>();
  let difat = view.getUint32(68, true);
  const difatCount = view.getUint32(72, true);
  if (difatCount > sectors) throw damaged();
  while (difat < MAXREGSECT) {
    if (difat >= sectors || difatSeen.has(difat) || difatSeen.size >= difatCount) throw damaged();
    difatSeen.add(difat);
    const base = sectorAt(difat);
    if (base + size > bytes.length) throw damaged();
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = view.getUint32(base + i * 4, true);
      if (s >= MAXREGSECT) continue;
      if (s >= sectors) throw damaged();
      fatSectors.push(s);
    }
    difat = view.getUint32(base + size - 4, true);
  }
  if (fatSectors.length === 0 || fatSectors.length > sectors) throw damaged();

  // Read the FAT entries of the sectors that exist, and check that the chains are simple paths.
  const next = new Uint32Array(sectors).fill(FREESECT);
  const perSector = size / 4;
  for (let f = 0; f < fatSectors.length; f++) {
    const base = sectorAt(fatSectors[f]);
    for (let i = 0; i < perSector; i++) {
      const n = f * perSector + i;
      if (n >= sectors) break;
      if (base + i * 4 + 4 > bytes.length) throw damaged();
      next[n] = view.getUint32(base + i * 4, true);
    }
  }
  const hasPredecessor = new Uint8Array(sectors);
  for (let n = 0; n < sectors; n++) {
    const to = next[n];
    if (to === FREESECT || to === ENDOFCHAIN || to === FATSECT || to === DIFSECT) continue;
    // A pointer past the end, or a second way into the same sector.
    if (to >= sectors || hasPredecessor[to]) throw damaged();
    hasPredecessor[to] = 1;
  }
  // With at most one way in and one way out, a chain that loops has no start: walk from the
  // starts, and any sector with a successor that was never reached lies on a loop.
  const reached = new Uint8Array(sectors);
  for (let n = 0; n < sectors; n++) {
    if (hasPredecessor[n]) continue;
    for (let s = n; s < sectors && !reached[s]; s = next[s]) {
      reached[s] = 1;
      if (next[s] >= MAXREGSECT) break;
    }
  }
  for (let n = 0; n < sectors; n++) {
    if (!reached[n] && next[n] < MAXREGSECT) throw damaged();
  }
  // cfb also trusts the directory's first sector, and each large stream's first sector: a start
  // past the end would make it follow the table outside the sectors it checked.
  const miniFat = view.getUint32(60, true);
  if (miniFat < MAXREGSECT && miniFat >= sectors) throw damaged();
  let directory = view.getUint32(48, true);
  if (directory >= sectors) throw damaged();
  for (; directory < MAXREGSECT; directory = next[directory]) {
    if (directory >= sectors) throw damaged();
    const base = sectorAt(directory);
    for (let at = base; at + 128 <= Math.min(base + size, bytes.length); at += 128) {
      const type = bytes[at + 66];
      const start = view.getUint32(at + 116, true);
      const length = view.getUint32(at + 120, true);
      // Streams under 4096 bytes start in the mini stream, counted in 64-byte mini sectors.
      const regular = type === 5 || (type === 2 && length >= 4096);
      if (regular && start < MAXREGSECT && start >= sectors) throw damaged();
    }
  }
}

/** Opens an OLE compound file (the container of .doc and most .wps files). */
export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  checkAllocationTable(bytes);
  let container: ReturnType<typeof CFB.parse>;
  try {
    container = CFB.parse(bytes);
  } catch {
    throw damaged();
  }
  const streams = new Map<string, Uint8Array>();
  container.FileIndex.forEach((entry, i) => {
    const path = container.FullPaths[i] ?? '';
    // Streams directly under the root: "Root Entry/WordDocument".
    if (entry.type !== 2 || path.split('/').length !== 2) return;
    const content = entry.content;
    if (!content) return;
    const data = content instanceof Uint8Array ? content : Uint8Array.from(content);
    // cfb cuts a stream to the size its directory entry claims; a shorter one was truncated.
    streams.set(entry.name, data);
  });
  return { streams };
}
