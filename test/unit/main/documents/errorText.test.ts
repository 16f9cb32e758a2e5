import { describe, expect, it } from 'vitest';
import { unexpectedErrorText } from '../../../../main/documents/errorText';

describe('unexpected errors in Chinese', () => {
  it('says what a known engine error means, keeping the English only as technical detail', () => {
    expect(unexpectedErrorText('Maximum call stack size exceeded')).toBe('读取时出错：文档结构嵌套过深，无法读取（技术信息：Maximum call stack size exceeded）。');
    expect(unexpectedErrorText('Invalid string length')).toMatch(/^读取时出错：文件内容过大/);
  });

  it('never answers with the English message alone', () => {
    expect(unexpectedErrorText('Cannot read properties of undefined (reading "x")')).toMatch(/^读取时出错，文件可能已损坏或格式异常（技术信息：Cannot read/);
  });
});
