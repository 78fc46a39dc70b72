import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../../../../src/main/resources/resourcesDir';
import {
  validateXml,
  validateXmlDocuments,
  xmlStandardOf,
} from '../../../../src/main/export/validate/validateXml';
import { xmlRootOf } from '../../../../src/main/export/validate/xmlRoot';
import { xmllintProblems } from '../../../../src/main/export/validate/xmllintProblems';

const standards = join(resourcesDir(), 'standards');
const example = (path: string) => readFileSync(join(standards, path), 'utf8');

const NITF = 'http://iptc.org/std/NITF/2006-10-18/';
const nitfDocument = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<nitf xmlns="${NITF}">\n<body>\n${body}\n</body>\n</nitf>\n`;
const valid = { valid: true, problems: [] };

describe('validateXml against the official schemas', () => {
  it('accepts IPTC’s own NITF examples', async () => {
    for (const file of ['nitf-from-LISTING_22.xml', 'nitf-from-LISTING_25.xml']) {
      const xml = example(`nitf/examples/${file}`);
      expect(await validateXml(xml, 'nitf'), file).toEqual(valid);
      expect(xmlStandardOf(xml), file).toBe('nitf');
    }
  });

  it('accepts IPTC’s own NewsML-G2 items and packages, checking the NITF they carry', async () => {
    const files = ['LISTING_1', 'LISTING_2', 'LISTING_6', 'LISTING_22', 'LISTING_29'].map((listing) => {
      const name = [
        'LISTING_1_A_NewsML-G2_News_Item.xml',
        'LISTING_2_NewsML-G2_Text_Document.xml',
        'LISTING_6_Simple_NewsML-G2_Package.xml',
        'LISTING_22_Sports_story_in_NewsML-G2NITF.xml',
        'LISTING_29_Hop_History.xml',
      ].find((file) => file.startsWith(`${listing}_`))!;
      return example(`newsml-g2/examples/${name}`);
    });
    expect(await validateXmlDocuments(files, 'newsml-g2')).toEqual(files.map(() => valid));
    expect(files.map(xmlStandardOf)).toEqual(files.map(() => 'newsml-g2'));
  });

  it('rejects IPTC’s listings that are only fragments, without throwing', async () => {
    const fragment = await validateXml(
      example('newsml-g2/examples/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml'),
    );
    expect(fragment.valid).toBe(false);
    expect(fragment.problems[0]!.message).toMatch(/root element is <contentSet> in no namespace/);

    const metadataOnly = await validateXml(
      example('newsml-g2/examples/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml'),
      'newsml-g2',
    );
    expect(metadataOnly.problems).toEqual([
      { line: 1, message: expect.stringMatching(/^The root element is <contentMeta> in no namespace; /) },
    ]);

    const message = await validateXml(
      example('newsml-g2/examples/LISTING_24_News_Message_conveying_a_complete_News_Package.xml'),
    );
    expect(message.valid).toBe(false);
    expect(message.problems[0]).toEqual({
      line: 21,
      message: "Element 'g2:packageItem': The attribute 'standard' is required but missing.",
    });
  });

  it('rejects an element NITF does not have, with its line', async () => {
    const xml = nitfDocument('<body.head>\n<hedline>\n<hl9>Headline</hl9>\n</hedline>\n</body.head>');
    const result = await validateXml(xml, 'nitf');

    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      {
        line: 6,
        message: "Element 'nitf:hl9': This element is not expected. Expected is ( nitf:hl1 ).",
      },
    ]);
  });

  it('rejects a missing required element and a value the schema does not allow, each with its line', async () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<nitf xmlns="${NITF}" version="NITF 9">`,
      '<head/>',
      '</nitf>',
    ].join('\n');
    const result = await validateXml(xml, 'nitf');

    expect(result.valid).toBe(false);
    expect(result.problems.map((problem) => problem.line)).toEqual([2, 2]);
    expect(result.problems.map((problem) => problem.message).join('\n')).toMatch(/version.*fixed/s);
    expect(result.problems.map((problem) => problem.message).join('\n')).toMatch(
      /Missing child element.*body/s,
    );
  });

  it('says a document is not well-formed, with its line, instead of throwing', async () => {
    for (const [xml, line] of [
      ['not xml at all', 1],
      ['', 1],
      [`<nitf xmlns="${NITF}">\n<body>\n</nitf>`, 3],
      [`<nitf xmlns="${NITF}"><body a="1" a="2"/></nitf>`, 1],
      [`<nitf xmlns="${NITF}"><body>\u0001</body></nitf>`, 1],
    ] as const) {
      const result = await validateXml(xml, 'nitf');
      expect(result.valid, xml).toBe(false);
      expect(result.problems[0], xml).toEqual({
        line,
        message: expect.stringMatching(/^Not well-formed XML: /),
      });
    }
  });

  it('reads the bytes of a file, and says so when they are not text at all', async () => {
    const bytes = new TextEncoder().encode(example('nitf/examples/nitf-from-LISTING_22.xml'));
    expect(await validateXml(bytes, 'nitf')).toEqual(valid);

    const garbage = await validateXml(
      new Uint8Array([0xff, 0xfe, 0x00, 0x3c, 0x00, 0x00, 0x80, 0x81]),
      'nitf',
    );
    expect(garbage.valid).toBe(false);
    expect(garbage.problems.length).toBeGreaterThan(0);
  });

  it('tells a document valid against some global element that it is not the standard’s document', async () => {
    const paragraph = `<?xml version="1.0"?>\n<p xmlns="${NITF}">A lone paragraph is valid NITF markup.</p>`;
    const result = await validateXml(paragraph, 'nitf');

    expect(result).toEqual({
      valid: false,
      problems: [
        {
          line: 2,
          message: `The root element is <p> in the namespace ${NITF}; a NITF 3.6 document's root is <nitf> in the namespace ${NITF}.`,
        },
      ],
    });
    const item = await validateXml(
      example('newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml'),
      'nitf',
    );
    expect(item.problems).toEqual([
      { line: 2, message: expect.stringMatching(/root element is <newsItem>/) },
    ]);
  });

  it('checks a document against the standard its root names, or says it names none', async () => {
    expect(await validateXml(example('nitf/examples/nitf-from-LISTING_22.xml'))).toEqual(valid);
    expect(await validateXml('<?xml version="1.0"?>\n<!-- a comment -->\n<html/>')).toEqual({
      valid: false,
      problems: [
        {
          line: 3,
          message:
            'The root element is <html> in no namespace: this is neither a NITF 3.6 document nor a NewsML-G2 item.',
        },
      ],
    });
    expect((await validateXml('no markup here')).problems[0]!.message).toMatch(/^Not well-formed XML/);
    expect(await validateXml('<a/>', 'html' as never)).toEqual({
      valid: false,
      problems: [{ line: null, message: 'Copydesk validates nitf and newsml-g2 XML, not "html".' }],
    });
  });

  it('reads no file, fetches nothing and expands no entity bomb a document holds', async () => {
    const withEntity = nitfDocument('<body.head><hedline><hl1>&secret;</hl1></hedline></body.head>').replace(
      '<nitf',
      '<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<nitf',
    );
    for (const [xml, target] of [
      [withEntity, 'file:///etc/passwd'],
      [withEntity.replace('file:///etc/passwd', 'http://example.com/entity'), 'http://example.com/entity'],
    ] as const) {
      expect(await validateXml(xml, 'nitf')).toEqual({
        valid: false,
        problems: [{ line: 5, message: `warning: failed to load external entity "${target}"` }],
      });
    }

    const tens = 'abcdefghi'.split('');
    const entities = tens.map((name, at) =>
      at === 0 ? `<!ENTITY a "aaaaaaaaaa">` : `<!ENTITY ${name} "${`&${tens[at - 1]};`.repeat(10)}">`,
    );
    const bomb = nitfDocument('<body.head><hedline><hl1>&i;&i;&i;</hl1></hedline></body.head>').replace(
      '<nitf',
      `<!DOCTYPE nitf [${entities.join('')}]>\n<nitf`,
    );
    expect(await validateXml(bomb, 'nitf')).toEqual({
      valid: false,
      problems: [
        { line: null, message: expect.stringMatching(/^XML parser error: Maximum entity amplification/) },
      ],
    });
  });

  it('checks many documents in one run, each with its own verdict and lines', async () => {
    const good = example('nitf/examples/nitf-from-LISTING_22.xml');
    const bad = nitfDocument('<hr/>');
    const results = await validateXmlDocuments([good, bad, 'oops', good], 'nitf');

    expect(results.map((result) => result.valid)).toEqual([true, false, false, true]);
    expect(results[1]!.problems).toEqual([
      { line: 4, message: expect.stringContaining("Element 'nitf:hr': This element is not expected.") },
    ]);
    expect(results[2]!.problems[0]!.message).toMatch(/^Not well-formed XML/);
  });

  it('streams a file too large to read whole, and still finds its problems', async () => {
    const paragraph = `<p>${'word '.repeat(40)}</p>\n`;
    const paragraphs = paragraph.repeat(Math.ceil((17 * 1024 * 1024) / paragraph.length));
    const large = nitfDocument(`<body.content>\n${paragraphs}</body.content>`);
    expect(await validateXml(large, 'nitf')).toEqual(valid);

    const broken = large.replace('</body.content>', '<hl9/></body.content>');
    const result = await validateXml(broken, 'nitf');
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      {
        line: broken.slice(0, broken.indexOf('<hl9/>')).split('\n').length,
        message: expect.stringContaining("Element 'nitf:hl9'"),
      },
    ]);
  }, 20_000);

  it('lists at most a hundred problems', async () => {
    const result = await validateXml(nitfDocument('<hr/>\n'.repeat(150)), 'nitf');

    expect(result.valid).toBe(false);
    expect(result.problems.length).toBeLessThanOrEqual(101);
  });
});

describe('xmlRootOf', () => {
  it('finds the root past the declaration, comments, instructions and a doctype', () => {
    const xml =
      '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<?pi x?>\n<!DOCTYPE a [<!ENTITY e "x">]>\n<g2:newsItem a="1" xmlns:g2=\'urn:g2\'>';
    expect(xmlRootOf(xml)).toEqual({
      name: 'g2:newsItem',
      localName: 'newsItem',
      namespace: 'urn:g2',
      line: 5,
    });
    expect(xmlRootOf('<nitf xmlns="urn:n"/>')).toMatchObject({
      localName: 'nitf',
      namespace: 'urn:n',
      line: 1,
    });
    expect(xmlRootOf('<plain>')).toMatchObject({ namespace: null });
    expect(xmlRootOf('text')).toBeNull();
    expect(xmlRootOf('')).toBeNull();
  });
});

describe('xmllintProblems', () => {
  it('keeps each file’s errors and verdict, and skips source excerpts and schema warnings', () => {
    const output = [
      "standards/nitf/nitf-3-6.xsd:20: element import: Schemas parser warning : Element 'import': Skipping import",
      'document-0.xml:3: parser error : Opening and ending tag mismatch: body line 2 and nitf',
      '</nitf>',
      '       ^',
      "document-1.xml:4: element hl9: Schemas validity error : Element '{http://iptc.org/std/NITF/2006-10-18/}hl9': This element is not expected.",
      'document-1.xml fails to validate',
      'document-2.xml validates',
      '',
    ].join('\n');
    const { files: verdicts } = xmllintProblems(output, [
      'document-0.xml',
      'document-1.xml',
      'document-2.xml',
    ]);

    expect(verdicts.get('document-0.xml')).toEqual({
      validates: null,
      problems: [
        { line: 3, message: 'Not well-formed XML: Opening and ending tag mismatch: body line 2 and nitf' },
      ],
    });
    expect(verdicts.get('document-1.xml')).toEqual({
      validates: false,
      problems: [{ line: 4, message: "Element 'nitf:hl9': This element is not expected." }],
    });
    expect(verdicts.get('document-2.xml')).toEqual({ validates: true, problems: [] });
  });
});
