import { describe, expect, it } from 'vitest';
import { checkStaleYear } from '../../../../shared/checks/staleYear';
import type { Anchor, YearMention } from '../../../../shared/model';
import { sampleData } from '../../../helpers/reportData';

const AT: Anchor = { kind: 'dom', id: 'p3' };
const mention = (year: number, text: string): YearMention => ({ year, text, anchor: AT });

describe('meta.stale_year', () => {
  it('flags 「2022年，环翠区科技局…」 in a 2023 report', () => {
    const data = sampleData('002-huancui-science-2023', {
      yearMentions: [mention(2022, '2022年，环翠区科技局以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神')],
    });
    const findings = checkStaleYear(data);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toBe('2023年度报告写有「2022年，环翠区科技局以习近平新时代中国特色社会主义思想为…」，所述为2022年的工作，疑似沿用往年报告');
    expect(findings[0].anchors).toEqual([AT]);
  });

  it('flags 「一是2021年，我局…」 behind an enumerator, but not a bare 「2021年收到…」 without a comma', () => {
    const data = sampleData('002-huancui-science-2023', { yearMentions: [mention(2021, '（二）2021年收到信息公开申请1件。')] });
    expect(checkStaleYear(data)).toHaveLength(0);
    const opening = sampleData('002-huancui-science-2023', { yearMentions: [mention(2021, '一是2021年，我局收到信息公开申请1件。')] });
    expect(checkStaleYear(opening)).toHaveLength(1);
  });

  it("leaves comparisons, spans, titles and next year's plans alone", () => {
    const data = sampleData('003-weihai-etdz-2020', {
      yearMentions: [
        mention(2019, '2019年相比，公开数量增长20%。'),
        mention(2019, '自2019年以来，我区持续推进政务公开。'),
        mention(2019, '2019年，《威海市政务公开重点工作》印发。'),
        mention(2021, '2021年，我区将认真贯彻落实国家、省、市政务公开工作要求，狠抓工作落实，着重做好以下工作：'),
        mention(2020, '2020年，我区认真贯彻落实《条例》、《办法》'),
      ],
    });
    expect(checkStaleYear(data)).toEqual([]);
  });
});
