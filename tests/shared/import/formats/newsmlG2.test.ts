import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsmlG2Import } from '@shared/import/formats/newsmlG2';
import { ImportError } from '@shared/import/ImportError';
import { everyBlockStory, sampleStory } from '../../export/support/stories';
import { anyWords, storyOfWords } from '../support/anyWords';
import { exported, expectRoundTrip } from '../support/roundTrip';

const CARRIES = ['headline', 'subheadline', 'bylines', 'section', 'keywords', 'slug', 'language'] as const;
const CONTEXT = { fileName: 'item.xml', importedAt: '2026-03-12T09:00:00.000Z' };
const NAR = 'http://iptc.org/std/nar/2006-10-01/';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/newsml/${name}`, import.meta.url)));
const bytes = (xml: string) => new TextEncoder().encode(xml);

async function failure(xml: string | Uint8Array): Promise<ImportError> {
  const input = typeof xml === 'string' ? bytes(xml) : xml;
  const error = await newsmlG2Import.import(input, CONTEXT).catch((caught) => caught);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('newsmlG2Import round trips', () => {
  it('carries the sample story', async () => {
    await expectRoundTrip(sampleStory(), 'newsml-g2', newsmlG2Import, { carries: [...CARRIES] });
  });

  it('carries every block', async () => {
    const imported = await expectRoundTrip(everyBlockStory(), 'newsml-g2', newsmlG2Import, {
      carries: [...CARRIES],
    });
    expect(imported.draft).toMatchObject({ priority: 3, embargo: '2026-11-25T06:00:00.000Z' });
    expect(imported.report.recognized).toContain('Publication status in the file: withheld');
  });
});

describe('newsmlG2Import of any words', () => {
  it('carries any words in the headline, keywords, section, a byline and a paragraph (property)', async () => {
    await fc.assert(
      fc.asyncProperty(anyWords, anyWords, anyWords, anyWords, async (headline, keyword, name, text) => {
        await expectRoundTrip(storyOfWords(headline, keyword, name, text), 'newsml-g2', newsmlG2Import, {
          carries: ['headline', 'keywords', 'section', 'bylines'],
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('newsmlG2Import of foreign files', () => {
  it('reads IPTC’s text item: NITF byline with its title, located place, first subject as section, the rest as keywords', async () => {
    const { draft, report } = await newsmlG2Import.import(fixture('iptc-listing-2.xml'), CONTEXT);

    expect(draft).toMatchObject({
      headline: 'Fed to halt QE to avert "bubble"',
      slug: 'us-finance-fed',
      bylines: [{ name: 'Meredith Jameson', title: 'Staff Reporter', organization: '' }],
      section: 'economy, business and finance',
      language: 'en-US',
      keywords: ['central bank', 'money and monetary policy'],
    });
    expect(draft.body!.content![0]).toEqual({
      type: 'dateline',
      attrs: { city: 'New York', region: 'NY', date: '', source: '' },
    });
    expect(report.dropped).toEqual([]);
  });

  it('reads IPTC’s sports item: the item’s headline and summary over the NITF’s, the creator as byline', async () => {
    const { draft } = await newsmlG2Import.import(fixture('iptc-listing-22.xml'), CONTEXT);

    expect(draft.headline).toBe(
      'Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.',
    );
    expect(draft.subheadline).toMatch(
      /^A pair of teams coming off big weekend sweeps will square off tonight/,
    );
    expect(draft.slug).toBe('aav-preview-ari-phi');
    expect(draft.bylines).toEqual([{ name: 'The Sports Network', title: '', organization: '' }]);
    expect(draft.section).toBe('sport');
    expect(draft.body!.content).toHaveLength(6);
  });

  it('reads XHTML in a news message, safely, with the dateline and credit from the metadata', async () => {
    const { draft, report } = await newsmlG2Import.import(fixture('xhtml-item.xml'), CONTEXT);

    expect(draft).toMatchObject({
      headline: 'Danube floods old town of Passau',
      subheadline: 'Water levels expected to peak overnight',
      bylines: [{ name: 'Anna Weber', title: '', organization: 'Example Press' }],
      keywords: ['Hochwasser'],
      language: 'de',
      priority: 4,
      embargo: '2026-03-11T17:00:00.000Z',
    });
    const blocks = draft.body!.content!;
    expect(blocks[0]?.attrs).toEqual({ city: 'Passau', region: 'Germany', date: '2026-03-11', source: 'EP' });
    expect(blocks.at(-1)).toEqual({
      type: 'attribution',
      attrs: { kind: 'reporting', names: 'Anna Weber', organization: 'Example Press', place: '' },
    });
    expect(JSON.stringify(blocks)).not.toMatch(/javascript:|onclick|alert/);
    expect(report.unreadable).toEqual(['Picture: “Flooded square”']);
    expect(report.dropped).toEqual([
      {
        text: 'Weather outlook',
        reason: 'a news item past the first of the message: a file becomes one story',
      },
    ]);
  });

  it('reads a prefixed item and plain text content', async () => {
    const { draft } = await newsmlG2Import.import(
      bytes(
        `<g2:newsItem xmlns:g2="${NAR}"><g2:contentMeta><g2:headline>Prefixed</g2:headline></g2:contentMeta>` +
          '<g2:contentSet><g2:inlineData contenttype="text/plain">First para.\n\nSecond para.</g2:inlineData></g2:contentSet></g2:newsItem>',
      ),
      CONTEXT,
    );
    expect(draft.headline).toBe('Prefixed');
    expect(draft.body!.content!.map((block) => block.content?.[0]?.text)).toEqual([
      'First para.',
      'Second para.',
    ]);
  });
});

describe('newsmlG2Import of bad input', () => {
  it('refuses an empty or truncated file', async () => {
    expect((await failure('')).message).toBe('The file is empty.');
    expect((await failure(`<newsItem xmlns="${NAR}">\n<contentMeta>`)).message).toBe(
      'The file is cut short: it ends before <contentMeta> (opened on line 2) is closed.',
    );
  });

  it('refuses other G2 items, NewsML 1.x and other XML by their root', async () => {
    expect((await failure(`<knowledgeItem xmlns="${NAR}"/>`)).message).toBe(
      'The file is XML but not a NewsML-G2 news item: its root element is <knowledgeItem>.',
    );
    expect((await failure('<NewsML Version="1.2"><NewsItem/></NewsML>')).message).toBe(
      'The file is XML but not a NewsML-G2 news item: its root element is <NewsML>.',
    );
    expect((await failure('<newsItem><contentMeta/></newsItem>')).message).toBe(
      'The file is XML but not a NewsML-G2 news item: its root element is <newsItem>.',
    );
    expect((await failure(`<newsMessage xmlns="${NAR}"><itemSet/></newsMessage>`)).message).toBe(
      'The file is XML but not a NewsML-G2 news item: its root element is <newsMessage> with no news item in it.',
    );
  });

  it('refuses an item with no text', async () => {
    const picture = `<newsItem xmlns="${NAR}"><contentSet><remoteContent contenttype="image/jpeg" href="a.jpg"/></contentSet></newsItem>`;
    expect((await failure(picture)).message).toBe(
      'The news item holds no text Copydesk can read: it holds Remote content image/jpeg at a.jpg.',
    );
  });

  it('throws nothing but an ImportError for any bytes (property)', async () => {
    const parts = fc.constantFrom(
      `<newsItem xmlns="${NAR}">`,
      '</newsItem>',
      '<contentSet>',
      '</contentSet>',
      '<inlineXML>',
      '</inlineXML>',
      '<nitf>',
      '</nitf>',
      '<headline>x</headline>',
      '&amp;',
      '<',
      'a',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(parts).map((all) => bytes(all.join(''))),
          fc.uint8Array(),
        ),
        async (input) => {
          await newsmlG2Import
            .import(input, CONTEXT)
            .catch((error) => expect(error).toBeInstanceOf(ImportError));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('newsmlG2Import sniffing', () => {
  it('claims a news item or news message in the NAR namespace only', async () => {
    const ours = new TextDecoder().decode((await exported(sampleStory(), 'newsml-g2')).bytes).slice(0, 600);
    expect(newsmlG2Import.sniff(ours)).toBe(true);
    expect(newsmlG2Import.sniff(`<?xml version="1.0"?>\n<newsMessage xmlns="${NAR}">`)).toBe(true);
    expect(newsmlG2Import.sniff(`<knowledgeItem xmlns="${NAR}">`)).toBe(false);
    expect(newsmlG2Import.sniff('<NewsML><NewsItem>')).toBe(false);
  });
});
