// Zip parts that lie about their size (issue 9): the central directory is only a claim, so a
// .docx is read through our own zip (boundedZip.ts), which counts the bytes of every part as they
// inflate and stops at the budget. The fixtures are made here by patching the sizes of real zips.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkZipBudget, zipDirectory } from '../../../../../main/parsers/budgets';
import { parseFile } from '../../../../../main/parsers';
import { openDocxZip } from '../../../../../main/parsers/docx/boundedZip';
import { installFastXmlReader } from '../../../../../main/parsers/docx/fastXmlReader';
import { lyingPart, withLyingSize, zipBombDocx } from '../../../../helpers/hostileFolder';
import { sampleNames, samplePath } from '../../../../helpers/fixtures';

const sampleDocx = (base: string) => readFileSync(samplePath(base, 'docx'));

describe('a .docx whose parts lie about their size', () => {
  it('a 450 MB document.xml that claims 2 MB passes the directory check but is stopped while inflating, at the 64 MB limit', async () => {
    const bytes = withLyingSize(zipBombDocx(450), 'word/document.xml', 2 * 1048576);
    expect(zipDirectory(bytes)?.find((e) => e.name === 'word/document.xml')?.uncompressed).toBe(2 * 1048576);
    expect(() => checkZipBudget(bytes)).not.toThrow();
    await expect(parseFile(new Uint8Array(bytes), 'lying.docx')).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(
        /^Word 文档中的部件 word\/document\.xml 解压时超过单个正文部件 64 MB 的上限（目录中记载为 2\.0 MB，压缩时 [\d.]+ (KB|MB)，与实际不符）/,
      ),
    });
  });

  it('an image part that claims 1 KB is stopped at the 128 MB limit of other parts', async () => {
    const bytes = zipBombDocx(0.01, [lyingPart('word/media/image1.png', 200, 1024)]);
    const zip = openDocxZip(new Uint8Array(bytes));
    await expect(zip.read('word/media/image1.png')).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/部件 word\/media\/image1\.png 解压时超过单个部件 128 MB 的上限（目录中记载为 1\.0 KB/),
    });
  });

  it('parts that each stay under their limit are stopped when together they pass the 256 MB of the package', async () => {
    const parts = [1, 2, 3, 4, 5].map((n) => lyingPart(`word/media/image${n}.png`, 60, 1024));
    const zip = openDocxZip(new Uint8Array(zipBombDocx(0.01, parts)));
    const reads = [];
    for (const n of [1, 2, 3, 4, 5])
      reads.push(
        await zip.read(`word/media/image${n}.png`).then(
          () => 'ok',
          (e: Error) => e.message,
        ),
      );
    // Each part claims 1 KB and inflates to 60 MB (under its 128 MB): refused as damaged, but
    // what was inflated counts, and the fifth is stopped at what is left of the 256 MB.
    expect(reads[0]).toMatch(/与目录记载的 1024 字节不符/);
    expect(reads.at(-1)).toMatch(/已超过全部部件共 256 MB 的上限/);
  });

  it('a real report whose document.xml claims fewer bytes than it holds is refused as damaged, in Chinese', async () => {
    const bytes = withLyingSize(sampleDocx('000-weihai-science-2020'), 'word/document.xml', 1000);
    await expect(parseFile(new Uint8Array(bytes), 'lying.docx')).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/word\/document\.xml 解压后为 \d+ 字节，与目录记载的 1000 字节不符/),
    });
  });

  it('bytes prepended to a bomb do not hide its directory: it is still measured, as JSZip would read it', async () => {
    const bytes = Buffer.concat([Buffer.alloc(100, 0x20), withLyingSize(zipBombDocx(450), 'word/document.xml', 2 * 1048576)]);
    expect(zipDirectory(bytes)?.map((e) => e.name)).toContain('word/document.xml');
    await expect(openDocxZip(new Uint8Array(bytes)).read('word/document.xml')).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/64 MB 的上限/),
    });
  });

  it('mammoth reads every sample through this zip exactly as through its own JSZip (guard: mammoth takes the `file` input)', async () => {
    installFastXmlReader();
    for (const base of sampleNames()) {
      let bytes: Buffer;
      try {
        bytes = sampleDocx(base);
      } catch {
        continue;
      }
      const own = await mammoth.convertToHtml({ buffer: bytes });
      const bounded = await mammoth.convertToHtml({ file: openDocxZip(new Uint8Array(bytes)) } as unknown as Parameters<typeof mammoth.convertToHtml>[0]);
      expect(bounded.value, base).toBe(own.value);
      expect(bounded.value.length, base).toBeGreaterThan(1000);
    }
  });
});
