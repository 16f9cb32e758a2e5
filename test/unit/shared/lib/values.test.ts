import { describe, expect, it } from 'vitest';
import { hasLeadingZero, isDash, parseValue } from '../../../../shared/lib/values';
import { normalizeLabel } from '../../../../shared/lib/text';

describe('parseValue', () => {
  it.each([
    ['0', 0],
    [' 0', 0],
    ['0\u00a0', 0],
    ['+113', 113],
    ['-7', -7],
    ['－7', -7],
    ['１２', 12],
    ['1,234', 1234],
    ['11522.96万元', 11522.96],
  ])('reads %j as %d', (text, value) => {
    expect(parseValue(text)).toMatchObject({ value, numeric: true });
  });
  it('reads blanks, dashes and words as no value', () => {
    expect(parseValue('\u00a0')).toMatchObject({ value: null, blank: true });
    expect(parseValue('—')).toMatchObject({ value: null, numeric: false, blank: false });
    expect(parseValue('无')).toMatchObject({ value: null, numeric: false });
    expect(isDash('/')).toBe(true);
    expect(isDash('规章')).toBe(false);
  });
});

describe('hasLeadingZero', () => {
  it('is true for a number written with a leading zero (cells run together), false for 0 and for numbers that start with 0 as written', () => {
    expect(['01', '0000000', '-07', ' ０１', '＋01'].filter(hasLeadingZero)).toEqual(['01', '0000000', '-07', ' ０１', '＋01']);
    expect(['0', '0.5', '0万元', '10', '-0', '—', ''].filter(hasLeadingZero)).toEqual([]);
  });
});

describe('normalizeLabel', () => {
  it('makes half- and full-width, spaced and wrapped labels agree', () => {
    expect(normalizeLabel('(一) 予以\n公开')).toBe(normalizeLabel('（一）予以公开'));
    expect(normalizeLabel('1．属于国家秘密')).toBe('1.属于国家秘密');
    expect(normalizeLabel('商业 企业')).toBe('商业企业');
  });
});
