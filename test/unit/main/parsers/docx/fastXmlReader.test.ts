import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { installFastXmlReader, mammothOwnReader, mammothXml, readXmlString } from '../../../../../main/parsers/docx/fastXmlReader';
import { sampleNames, samplePath } from '../../../../helpers/fixtures';
import { existsSync } from 'node:fs';

// The namespaces mammoth maps (lib/docx/office-xml-reader.js), so names come out as w:p, r:id.
const NAMESPACES = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown;

describe('readXmlString', () => {
  const xml = mammothXml();
  const own = mammothOwnReader();
  if (!xml || !own) throw new Error('mammoth/lib/xml not found: the fast reader would silently be off');

  const docx = sampleNames().filter((b) => existsSync(samplePath(b, 'docx')));
  it.each(docx)('builds the same tree as mammoth’s own reader for every XML part of %s.docx', async (base) => {
    const zip = await JSZip.loadAsync(readFileSync(samplePath(base, 'docx')));
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts).toContain('word/document.xml');
    for (const name of parts) {
      const source = (await zip.file(name)!.async('string')).replace(/^\ufeff/, '');
      expect(plain(readXmlString(xml, source, NAMESPACES)), name).toEqual(plain(await own(source, NAMESPACES)));
    }
  });

  it('resolves default and redeclared namespaces, entities and CDATA as xmldom does', async () => {
    const source =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns="urn:x">' +
      '<w:t xml:space="preserve">a &amp; b &#x4E00;</w:t><plain a="1"/><w:x xmlns:w="urn:other"><w:y/></w:x>' +
      '<w:t><![CDATA[dropped]]>kept</w:t></w:document>';
    expect(plain(readXmlString(xml, source, NAMESPACES))).toEqual(plain(await own(source, NAMESPACES)));
  });

  it('is what mammoth uses once installed', () => {
    installFastXmlReader();
    expect(xml.readString).not.toBe(own);
  });
});
