import { describe, expect, it } from 'vitest';
import type { PageGeometry, TextRun } from '../../../../../../main/parsers/pdf/geometry';
import { buildPageBlocks } from '../../../../../../main/parsers/pdf/pageBlocks';
import { runningHeads } from '../../../../../../main/parsers/pdf/text/pageFurniture';

const run = (text: string, left: number, top: number): TextRun => ({ text, left, right: left + text.length * 10, top, bottom: top - 10, size: 10 });

/** A page of 842 pt: a browser's header and footer in the margins, body lines between. */
function page(n: number, pages: number, body: string[], extra: TextRun[] = []): PageGeometry {
  return {
    page: n,
    width: 595,
    height: 842,
    runs: [
      run('11/29/26, 1:54 PM', 20, 830),
      run('威海市环翠区科学技术局年度报告', 250, 830),
      run(`file:///tmp/report.html ${n}/${pages}`, 20, 15),
      ...body.map((text, i) => run(text, 60, 700 - i * 20)),
      ...extra,
    ],
    segments: [],
  };
}

const texts = (p: PageGeometry, heads: ReadonlySet<string>) => buildPageBlocks(p, heads).blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));

describe('runningHeads', () => {
  it('drops what repeats in the margins of most pages, numbers aside, and keeps what appears once', () => {
    const pages = [
      page(1, 3, ['一、总体情况'], [run('威海市环翠区科学技术局2023年度政府信息公开工作年度报告', 60, 790)]),
      page(2, 3, ['二、主动公开政府信息情况']),
      page(3, 3, ['三、收到和处理政府信息公开申请情况']),
    ];
    const heads = runningHeads(pages);
    expect(heads.size).toBe(2);
    expect(texts(pages[0], heads)).toEqual(['威海市环翠区科学技术局2023年度政府信息公开工作年度报告', '一、总体情况']);
    expect(texts(pages[2], heads)).toEqual(['三、收到和处理政府信息公开申请情况']);
  });

  it('keeps a title in the top band of page 1 that says what the running head says, in another place', () => {
    const head = (n: number, top: number, body: string): PageGeometry => ({
      page: n,
      width: 595,
      height: 842,
      runs: [run('威海市科学技术局2020年政府信息公开工作年度报告', 120, top), run(body, 60, 600)],
      segments: [],
    });
    const pages = [head(1, 790, '根据条例编制本报告'), head(2, 820, '二、主动公开'), head(3, 820, '三、依申请公开'), head(4, 820, '四、复议诉讼')];
    const heads = runningHeads(pages);
    expect(texts(pages[0], heads)).toEqual(['威海市科学技术局2020年政府信息公开工作年度报告', '根据条例编制本报告']);
    expect(texts(pages[1], heads)).toEqual(['二、主动公开']);
  });

  it('needs three pages and half of them: a header on two pages of six stays', () => {
    const plain = (n: number): PageGeometry => ({ page: n, width: 595, height: 842, runs: [run('正文', 60, 700)], segments: [] });
    expect(runningHeads([page(1, 2, ['正文']), page(2, 2, ['正文'])]).size).toBe(0);
    expect(runningHeads([page(1, 6, ['正文']), page(2, 6, ['正文']), plain(3), plain(4), plain(5), plain(6)]).size).toBe(0);
  });
});
