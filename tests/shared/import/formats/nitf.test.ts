import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nitfImport } from '@shared/import/formats/nitf';
import { ImportError } from '@shared/import/ImportError';
import { everyBlockStory, sampleStory } from '../../export/support/stories';
import { anyWords, storyOfWords } from '../support/anyWords';
import { exported, expectRoundTrip } from '../support/roundTrip';

const CARRIES = ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'slug', 'language'] as const;
const CONTEXT = { fileName: 'story.xml', importedAt: '2026-03-12T09:00:00.000Z' };

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/nitf/${name}`, import.meta.url)));
const bytes = (xml: string) => new TextEncoder().encode(xml);
const read = (xml: string) => nitfImport.import(bytes(xml), CONTEXT);
const nitfOf = (body: string) =>
  `<nitf><body><body.head><hedline><hl1>Head</hl1></hedline></body.head><body.content>${body}</body.content></body></nitf>`;

async function failure(xml: string | Uint8Array): Promise<ImportError> {
  const error = await nitfImport
    .import(typeof xml === 'string' ? bytes(xml) : xml, CONTEXT)
    .catch((caught) => caught);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('nitfImport round trips', () => {
  it('carries the sample story', async () => {
    await expectRoundTrip(sampleStory(), 'nitf', nitfImport, { carries: [...CARRIES] });
  });

  it('carries every block, the quote attributions and the credit lines field by field', async () => {
    const imported = await expectRoundTrip(everyBlockStory(), 'nitf', nitfImport, { carries: [...CARRIES] });
    expect(imported.draft.priority).toBe(3);
    expect(imported.draft.embargo).toBe('2026-11-25T06:00:00.000Z');
  });

  it('carries any words in the headline, keywords, a byline and a paragraph (property)', async () => {
    await fc.assert(
      fc.asyncProperty(anyWords, anyWords, anyWords, anyWords, async (headline, keyword, name, text) => {
        await expectRoundTrip(storyOfWords(headline, keyword, name, text), 'nitf', nitfImport, {
          carries: ['headline', 'keywords', 'bylines'],
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('nitfImport of foreign files', () => {
  it('reads a DTD-era wire story in Windows-1252 with its dateline, byline, quote, credits and report', async () => {
    const { draft, report } = await nitfImport.import(fixture('wire-port-strike.nitf.xml'), CONTEXT);

    expect(draft).toMatchObject({
      headline: 'Dockers strike shuts Piraeus port',
      subheadline: 'Ferries to the islands cancelled for a second day',
      bylines: [{ name: 'Eleni Markou', title: 'Athens correspondent', organization: '' }],
      section: 'Business',
      keywords: ['Greece', 'strikes'],
      slug: 'greece-strike-port',
      priority: 2,
      embargo: '2026-03-11T12:30:00.000Z',
    });
    const blocks = draft.body!.content!;
    expect(blocks[0]).toEqual({
      type: 'dateline',
      attrs: { city: 'Piraeus', region: 'Greece', date: '2026-03-11', source: 'WIRE' },
    });
    expect(blocks.map((block) => block.type)).toEqual([
      'dateline',
      ...['paragraph', 'paragraph', 'quote', 'paragraph', 'paragraph', 'paragraph'],
      ...['attribution', 'paragraph'],
    ]);
    expect(blocks.at(-2)?.attrs).toEqual({
      kind: 'additional-reporting',
      names: 'Maria Ioannou',
      organization: '',
      place: 'Athens',
    });
    expect(JSON.stringify(blocks.at(-3))).toContain('Café owners');
    expect(report.quotes).toEqual([
      {
        text: 'We will not load a single ship until the talks resume.',
        ...{ speaker: 'Nikos Papas', title: 'union secretary', organization: '', context: 'at a rally' },
        ...{ verb: '', standalone: true },
      },
    ]);
    expect(report.recognized).toContain('Dateline: PIRAEUS, Greece, March 11 (WIRE) —');
    expect(report.recognized).toContain('Read as windows-1252, as the file declares.');
    expect(report.unreadable).toEqual([
      'Picture: “Idle cranes at the container terminal.”',
      'A table of 2 rows, kept as paragraphs',
    ]);
    expect(report.dropped).toEqual([
      {
        text: 'Editors: corrects the date in paragraph 2.',
        reason: 'a NITF note, not part of the story’s text',
      },
    ]);
  });

  it('reads IPTC’s own NITF example: the abstract as the deck, a byline naming nobody dropped', async () => {
    const { draft, report } = await nitfImport.import(fixture('iptc-listing-22.nitf.xml'), CONTEXT);

    expect(draft.headline).toBe('Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.');
    expect(draft.subheadline).toMatch(/^A pair of teams coming off big weekend sweeps/);
    expect(draft.bylines).toEqual([]);
    expect(draft.body!.content).toHaveLength(6);
    expect(report.dropped).toEqual([{ text: 'Sports Network', reason: 'a byline that names nobody' }]);
  });

  it('reads marks, links, subheads, lists and loose block-quote words as the editor keeps them', async () => {
    const { draft } = await read(
      nitfOf(
        '<p>A <em>stress</em> and <em class="bold underline">both</em><br/>then <a href="https://x.org/">a link</a></p>' +
          '<hl2 class="h3">Small</hl2><ol seqnum="3"><li><p>One</p><ul><li>inner</li></ul></li></ol>' +
          '<bq quote-source="Ann Lee"><block>Loose words</block></bq><hr/>',
      ),
    );
    const [paragraph, heading, list, quote, rule] = draft.body!.content!;
    expect(
      paragraph?.content?.map((node) => [node.text ?? node.type, node.marks?.map((mark) => mark.type)]),
    ).toEqual([
      ['A ', undefined],
      ['stress', ['italic']],
      [' and ', undefined],
      ['both', ['bold', 'underline']],
      ['hardBreak', undefined],
      ['then ', undefined],
      ['a link', ['link']],
    ]);
    expect(heading).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(list).toMatchObject({ type: 'orderedList', attrs: { start: 3 } });
    expect(quote?.content?.[1]?.attrs).toMatchObject({ speaker: 'Ann Lee' });
    expect(rule?.type).toBe('horizontalRule');
  });
});

describe('nitfImport of bad input', () => {
  it('refuses an empty file', async () => {
    expect((await failure('')).message).toBe('The file is empty.');
  });

  it('refuses garbage, binary and text that is not XML', async () => {
    expect((await failure('just some words')).message).toBe(
      'The file is not XML: it does not begin with a tag.',
    );
    expect((await failure(new Uint8Array([0, 1, 2, 3, 255]))).problem).toBe('binary');
  });

  it('refuses a truncated file, saying what was left open', async () => {
    const error = await failure('<nitf>\n<body>\n<body.content><p>Cut off');
    expect(error.message).toBe('The file is cut short: it ends before <p> (opened on line 3) is closed.');
  });

  it('refuses malformed XML with the line of the fault', async () => {
    expect((await failure('<nitf>\n<p>a</b>\n</nitf>')).message).toBe(
      'The file is not well-formed XML: line 2 closes <b> where <p> (line 2) is open.',
    );
    expect((await failure('<nitf>\n\n<p>AT&T</p></nitf>')).message).toBe(
      'The file is not well-formed XML: line 3 has an "&" that starts no character reference.',
    );
  });

  it('refuses XML of another kind with the name of its root', async () => {
    expect((await failure('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).message).toBe(
      'The file is XML but not NITF: its root element is <rss>.',
    );
    expect((await failure('<NewsML Version="1.2"><NewsItem/></NewsML>')).message).toBe(
      'The file is XML but not NITF: its root element is <NewsML>.',
    );
  });

  it('refuses nesting deeper than any story', async () => {
    const deep = `<nitf>${'<block>'.repeat(5000)}${'</block>'.repeat(5000)}</nitf>`;
    expect((await failure(deep)).message).toBe(
      'The file nests its elements more than 200 deep, which no story does.',
    );
  });

  it('never reads an external entity, a DTD or an entity expansion', async () => {
    const xxe = await read(
      '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
        nitfOf('<p>Start &xxe; end</p>'),
    );
    expect(JSON.stringify(xxe.draft.body)).toContain('Start &xxe; end');
    expect(xxe.report.unreadable).toContain(
      'Entities declared in the file’s DOCTYPE: never expanded, left as written',
    );
    const lol =
      '<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, at) => `<!ENTITY lol${at + 1} "${`&lol${at || ''};`.repeat(10)}">`).join(
        '',
      );
    const laughs = await read(`<!DOCTYPE nitf [${lol}]>${nitfOf('<p>&lol9;</p>')}`);
    expect(JSON.stringify(laughs.draft.body).length).toBeLessThan(1000);
  });

  it('keeps no script, handler or javascript: link', async () => {
    const { draft } = await read(
      nitfOf(
        '<p onclick="x()">Safe <a href="javascript:alert(1)">click</a></p><script>alert(1)</script><p>&lt;img src=x onerror=alert(1)&gt;</p>',
      ),
    );
    const body = JSON.stringify(draft.body);
    expect(body).not.toMatch(/javascript:|onclick/);
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(draft.body!.content!.filter((block) => block.type === 'paragraph')).toHaveLength(2);
  });

  it('throws nothing but an ImportError for any bytes (property)', async () => {
    const xmlish = fc.array(
      fc.constantFrom(
        '<nitf>',
        '</nitf>',
        '<p>',
        '</p>',
        '<bq>',
        '<credit>',
        '&amp;',
        '&',
        '<',
        '>',
        'a',
        ' ',
        '<br/>',
        '<!--',
        '-->',
        '<?xml version="1.0"?>',
        '<![CDATA[',
        ']]>',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          xmlish.map((parts) => bytes(parts.join(''))),
          fc.uint8Array(),
        ),
        async (input) => {
          await nitfImport.import(input, CONTEXT).catch((error) => expect(error).toBeInstanceOf(ImportError));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('nitfImport sniffing', () => {
  it('claims files whose root is nitf, with or without a prolog', async () => {
    const ours = new TextDecoder().decode((await exported(sampleStory(), 'nitf')).bytes).slice(0, 500);
    expect(nitfImport.sniff(ours)).toBe(true);
    expect(nitfImport.sniff('<!-- wire --><!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf>')).toBe(true);
    expect(nitfImport.sniff('<rss><channel>')).toBe(false);
    expect(nitfImport.sniff('nitf')).toBe(false);
  });
});
