import { describe, expect, it } from 'vitest';
import { unifyIdeographs } from '../../../../shared/lib/ideographs';

describe('unifyIdeographs', () => {
  it('reads the radicals a PDF font put for ideographs as the ideographs, one for one', () => {
    // As Chrome's PDFs give the text: ⼀ ⼯ ⼈ ⺠ ⽂ ⻓ ⻔ for 一 工 人 民 文 长 门.
    const read = '⼀、中华⼈⺠共和国政府信息公开⼯作年度报告，⽂件，⻓期，部⻔';
    const text = unifyIdeographs(read);
    expect(text).toBe('一、中华人民共和国政府信息公开工作年度报告，文件，长期，部门');
    expect(text.length).toBe(read.length);
  });

  it('leaves text without radicals as it is, and a compatibility ideograph becomes its ideograph', () => {
    const plain = '二、主动公开政府信息情况 (2023) 11522.96万元';
    expect(unifyIdeographs(plain)).toBe(plain);
    expect(unifyIdeographs('\uf907')).toBe('龜');
  });
});
