import type { TextLine } from '../text/lines';
import type { PageTable } from '../pageBlocks';

/**
 * Placeholder until the alignment fallback lands: tables without rulings are left as lines.
 */
export function findBorderlessTables(lines: TextLine[], page: number): { tables: PageTable[]; lines: TextLine[] } {
  void page;
  return { tables: [], lines };
}
