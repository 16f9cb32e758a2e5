import { describe, expect, it } from 'vitest';
import { clampSizes, DEFAULT_SIZES, loadSizes, saveSizes } from '../../../../../renderer/app/layout/paneSizes';

function memory(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as Storage;
}

describe('pane sizes', () => {
  it('remembers the sizes of the last session', () => {
    const s = memory();
    saveSizes({ sourceShare: 0.35, sideWidth: 410, sideCollapsed: true }, s);
    expect(loadSizes(s)).toEqual({ sourceShare: 0.35, sideWidth: 410, sideCollapsed: true });
  });

  it('falls back to the defaults for nothing stored or a damaged value, and clamps absurd sizes', () => {
    const s = memory();
    expect(loadSizes(s)).toEqual(DEFAULT_SIZES);
    s.setItem('report-review.layout.v1', '{not json');
    expect(loadSizes(s)).toEqual(DEFAULT_SIZES);
    expect(clampSizes({ sourceShare: 5, sideWidth: -3 })).toEqual({ sourceShare: 0.8, sideWidth: 220, sideCollapsed: false });
  });
});
