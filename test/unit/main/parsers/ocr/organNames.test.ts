import { describe, expect, it } from 'vitest';
import type { PageGeometry } from '../../../../../main/parsers/pdf/geometry';
import { correctNames, correctOrganNames } from '../../../../../main/parsers/ocr/organNames';

describe('names of bodies read by OCR', () => {
  it('sets right a name one character off a listed one, in a title and in running text', () => {
    expect(correctNames('威海市科学技木局')).toBe('威海市科学技术局');
    expect(correctNames('有关事项的通知》等规定要求,编制威海市科学技札局2020')).toBe('有关事项的通知》等规定要求,编制威海市科学技术局2020');
    expect(correctNames('济宁市人力资源和社会保陣局')).toBe('济宁市人力资源和社会保障局');
    expect(correctNames('某某区人民攻府')).toBe('某某区人民政府');
  });

  it('leaves names as listed, other words, the kind of body and short names alone', () => {
    for (const text of ['威海市科学技术局', '山东省科学技术厅', '科学技术普及工作', '市水务局', '市水利局', '推进生态环境保护', '人民政府信息公开', '科技局'])
      expect(correctNames(text), text).toBe(text);
  });

  it('changes only text read by OCR: a text layer is as the file has it', () => {
    const page = (confidence?: number): PageGeometry => ({
      page: 1,
      width: 595,
      height: 842,
      segments: [],
      runs: [{ text: '威海市科学技木局', left: 0, right: 100, bottom: 0, top: 10, size: 10, ...(confidence === undefined ? {} : { confidence }) }],
    });
    expect(correctOrganNames([page(93)])[0].runs[0].text).toBe('威海市科学技术局');
    expect(correctOrganNames([page()])[0].runs[0].text).toBe('威海市科学技木局');
  });
});
