import { describe, expect, it } from 'vitest';
import { cleanOcrText } from '../../../../../main/parsers/ocr/ocrText';

describe('cleanOcrText', () => {
  it('drops the spaces tesseract puts between Chinese characters, keeps those between numbers and Latin', () => {
    expect(cleanOcrText('2020 年 政 府 信 息 公 开 工 作 年 度 报 告')).toBe('2020年政府信息公开工作年度报告');
    expect(cleanOcrText('共 有 11522.96 万 元 , 见 表 1')).toBe('共有11522.96万元,见表1');
    expect(cleanOcrText('ISO 9001 认 证')).toBe('ISO 9001认证');
  });
});
