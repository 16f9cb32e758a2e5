import { describe, expect, it } from 'vitest';
import { renderSummaryHtml } from '../../../../main/export/summary/renderSummary';
import { escapeHtml } from '../../../../main/export/summary/escape';
import { findingKey } from '../../../../shared/model';
import { expectedDoc } from './expectedDoc';

const base = '002-huancui-science-2023';

describe('review summary HTML', () => {
  it('prints what reading the file came across as 读取说明, escaped, and no such row for a file read plainly', () => {
    const plain = expectedDoc(base);
    const scanned = {
      ...expectedDoc(base),
      parsed: { layout: { warnings: ['第 4–7 页是扫描图像，已用文字识别（OCR）读取；请对照原件核对识别出的数字。', '第 4 页<横放>'] } },
    };
    const row = (html: string) => /<tr><th>读取说明<\/th><td>(.*?)<\/td><\/tr>/.exec(html)?.[1] ?? null;
    expect(row(renderSummaryHtml([{ doc: scanned, reviewer: '甲', reviewDate: '2024-03-05' }]))).toBe(
      '第 4–7 页是扫描图像，已用文字识别（OCR）读取；请对照原件核对识别出的数字。<br>第 4 页&lt;横放&gt;',
    );
    expect(row(renderSummaryHtml([{ doc: plain, reviewer: '甲', reviewDate: '2024-03-05' }]))).toBeNull();
  });

  it('escapes text from the document and the notes instead of running it', () => {
    const doc = expectedDoc(base);
    doc.data.organ = '<img src=x onerror=alert(1)>局';
    const html = renderSummaryHtml([
      {
        doc,
        reviewer: '"><script>',
        reviewDate: '2024-03-05',
        annotations: {
          sha256: doc.sha256,
          reviewer: '',
          decisions: [],
          notes: [
            {
              target: { kind: 'passage', anchor: { kind: 'text', start: 0, end: 1 }, quote: '</blockquote><script>x()</script>' },
              text: 'a & b',
              author: '甲',
              createdAt: '',
              updatedAt: '',
            },
          ],
        },
      },
    ]);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;局');
    expect(html).toContain('&lt;/blockquote&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain('a &amp; b');
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;');
  });

  it('heads each report’s pages with its own organ and year, escaped for CSS', () => {
    const a = expectedDoc(base);
    const b = expectedDoc('000-weihai-science-2020');
    b.data.organ = '乙局"}</style><script>';
    const html = renderSummaryHtml([
      { doc: a, reviewer: '甲', reviewDate: '2024-03-05' },
      { doc: b, reviewer: '甲', reviewDate: '2024-03-05' },
    ]);
    expect(html).toContain('@page report-1 { @top-center { content: "威海市环翠区科学技术局　2023年度　年度报告审阅";');
    expect(html).toContain('content: "乙局\\22 }\\3c /style\\3e \\3c script\\3e 　2020年度　年度报告审阅"');
    expect(html).toContain('article.report-2 { page: report-2; }');
    expect(html).not.toMatch(/<script/i);
  });

  it('loads nothing: a CSP of default-src none and no external URL', () => {
    const html = renderSummaryHtml([{ doc: expectedDoc(base), reviewer: '甲', reviewDate: '2024-03-05' }]);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('marks the 3 of 本机关不掌握 as an error cell tagged ① and the single （六） row as warnings tagged ③', () => {
    const html = renderSummaryHtml([{ doc: expectedDoc(base), reviewer: '甲', reviewDate: '2024-03-05' }]);
    expect(html).toMatch(/<th class="label">1\.本机关不掌握相关政府信息<\/th><td class="v flag-error">3<sup><span class="tag">①<\/span><\/sup><\/td>/);
    expect(html.match(/<td class="v flag-warning">0<sup><span class="tag">③<\/span><\/sup><\/td>/g)).toHaveLength(7);
  });

  it('prints the status the auditor set and 待核实 for the others, and the decision note', () => {
    const doc = expectedDoc(base);
    const html = renderSummaryHtml([
      {
        doc,
        reviewer: '甲',
        reviewDate: '2024-03-05',
        annotations: {
          sha256: doc.sha256,
          reviewer: '甲',
          notes: [],
          decisions: [{ findingKey: findingKey(doc.findings[2]), status: 'false_positive', note: '混合格式可接受', updatedAt: '' }],
        },
      },
    ]);
    expect(html.match(/审阅状态：待核实/g)).toHaveLength(2);
    expect(html).toContain('审阅状态：误报');
    expect(html).toContain('混合格式可接受');
  });

  it('names the author of a finding note, and prints an unsigned one as 批注： without empty brackets', () => {
    const doc = expectedDoc(base);
    const key = findingKey(doc.findings[0]);
    const note = (text: string, author: string) => ({ target: { kind: 'finding' as const, findingKey: key }, text, author, createdAt: '', updatedAt: '' });
    const html = renderSummaryHtml([
      {
        doc,
        reviewer: '甲',
        reviewDate: '2024-03-05',
        annotations: { sha256: doc.sha256, reviewer: '甲', decisions: [], notes: [note('已核对', '张三'), note('待复核', '')] },
      },
    ]);
    expect(html).toContain('<span class="k">批注（张三）：</span>已核对');
    expect(html).toContain('<span class="k">批注：</span>待复核');
    expect(html).not.toContain('（）');
  });

  it('draws the 2021 table 2 and the hybrid table 3 with one （六） row and no 2021 sub-rows', () => {
    // Column headers carry <wbr> between their words.
    const html = renderSummaryHtml([{ doc: expectedDoc(base), reviewer: '甲', reviewDate: '2024-03-05' }]).replace(/<wbr>/g, '');
    expect(html).toContain('本年制发件数');
    expect(html).not.toContain('本年新制作数量');
    expect(html).toContain('（六）其他处理');
    expect(html).not.toContain('逾期不补正');
  });

  it('lists a batch in an overview with the files that could not be read', () => {
    const html = renderSummaryHtml(
      [
        { doc: expectedDoc(base), reviewer: '甲', reviewDate: '2024-03-05' },
        { doc: expectedDoc('000-weihai-science-2020'), reviewer: '甲', reviewDate: '2024-03-05' },
      ],
      [{ file: '坏文件.pdf', message: '文件已加密' }],
    );
    expect(html).toContain('共 3 份文件：已审阅 2 份，无法读取 1 份');
    expect(html).toContain('<td class="organ">坏文件.pdf</td><td>文件已加密</td>');
    expect(html.match(/<article class="report report-\d">/g)).toHaveLength(2);
    expect(html.replace(/<wbr>/g, '')).toContain('本年新制作数量');
  });

  it('opens a batch with a cover (unit, reviewer, counts by conclusion and severity) and an overview row per report', () => {
    const doc = expectedDoc(base);
    const decided = { findingKey: findingKey(doc.findings[0]), status: 'confirmed' as const, updatedAt: '2024-03-01T08:00:00.000Z' };
    const annotations = {
      sha256: doc.sha256,
      reviewer: '张三',
      notes: [],
      decisions: [decided],
      conclusion: { verdict: 'revise' as const, opinion: '请更正表三总计后重新报送', updatedAt: '2024-03-04T08:00:00.000Z' },
    };
    const other = expectedDoc('000-weihai-science-2020');
    const html = renderSummaryHtml(
      [
        { doc, annotations, reviewer: '张三', reviewDate: '2024-03-05' },
        { doc: other, reviewer: '张三', reviewDate: '2024-03-05' },
      ],
      [],
      { unit: '某市政务公开办' },
    );
    const cover = html.slice(html.indexOf('batch-cover'), html.indexOf('<section class="overview">'));
    expect(cover).toContain('某市政务公开办');
    expect(cover).toContain('张三');
    expect(cover).toContain('2024-03-01 至 2024-03-04');
    expect(cover).toContain('通过 <b>0</b> 份　需修改 <b>1</b> 份　退回重报 <b>0</b> 份　未下结论 <b>1</b> 份');
    const errors = doc.findings.filter((f) => f.severity === 'error').length + other.findings.filter((f) => f.severity === 'error').length;
    expect(cover).toContain(`错误 <b>${errors}</b> 项`);
    const overview = html.slice(html.indexOf('<section class="overview">'), html.indexOf('<article'));
    expect(overview.match(/<tr><td>\d+<\/td>/g)).toHaveLength(2);
    expect(overview).toContain(`<td>1/${doc.findings.length}</td><td>需修改</td>`);
    expect(overview).toContain('<td>0/' + other.findings.length + '</td><td>未下结论</td>');
    // The report's own cover carries its conclusion and opinion.
    const section = html.slice(html.indexOf('<article'));
    expect(section).toContain('<b>需修改</b>');
    expect(section).toContain('请更正表三总计后重新报送');
  });
});
