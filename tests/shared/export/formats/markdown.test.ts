/**
 * Golden files, read by eye on 2026-11-24 (`golden/sample.md`, `golden/every-block.md`):
 * - `# Headline`, the subheadline in `_italics_`, then "By Olena Kovalenko, Kyiv Bureau Chief, _Copydesk
 *   News_, and Giorgos Papadopoulos" (the sample: "By Jane Doe, Staff Correspondent, _Copydesk News_"):
 *   organizations in italics, as a publication's name is set, so a lone title and a lone organization
 *   read back apart (checked by eye again on 2026-11-24 with the Markdown importer).
 * - The AP dateline opens the lede as plain text ("KHERSON, Ukraine, Nov. 24 (AP) — Officials said…"),
 *   with `**three**`, `_injured_` and `[the regional office](https://example.org/report)`.
 * - `## What was agreed`, a `-` list and a `1.` list, `### Reaction in Athens`; the Greek line ends in a
 *   backslash (hard break) and `\<tags>` is the only escape in it; `&` and quotes stay as typed.
 * - Each quote is a `>` block: its paragraphs, then `> — Speaker, Title, context` as its last line; the
 *   Cyrillic pull quote likewise, its attribution opening with the quotation dash `―` (a pull quote). `---` for the rule, `~~…~~` for the struck paragraph (the underline has
 *   no Markdown), the credits as `_…_` paragraphs where the writer put them (at the end here).
 * - No editor's or desk note anywhere; no escape in the sample's plain prose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '@shared/export/exportFormat';
import { markdown, markdownFormat } from '@shared/export/formats/markdown';
import type { ExportBlock, ExportStory, Inline } from '@shared/export/model/exportStory';
import { publishableText } from '@shared/export/model/publishableText';
import { toExportStory } from '@shared/export/model/toExportStory';
import { plainRun } from '@shared/export/text/plainRun';
import { actualCharacters, expectedCharacters } from '../markdown/inlineMarks';
import type { MdElement } from '../markdown/markdownTree';
import { allElements, elementsOf, markdownTree, textOf } from '../markdown/markdownTree';
import { anyInlines, anyText, fixedShapeStory } from '../support/arbitraryStory';
import { expectGolden } from '../support/golden';
import { noResources } from '../support/noResources';
import { everyBlockStory, sampleStory } from '../support/stories';

const bare = (blocks: ExportBlock[]): ExportStory => ({
  ...toExportStory(sampleStory()),
  headline: '',
  bylines: [],
  dateline: null,
  blocks,
});

const paragraphOf = (text: string): ExportBlock => ({ kind: 'paragraph', inlines: [plainRun(text)] });

// The plain text of the single paragraph a heading, a one-item list or a one-paragraph quote holds here.
function blockText(block: ExportBlock): string {
  const inlines =
    block.kind === 'heading' || block.kind === 'paragraph'
      ? block.inlines
      : block.kind === 'list'
        ? (block.items[0]![0] as { inlines: Inline[] }).inlines
        : block.kind === 'quote'
          ? block.paragraphs[0]!
          : [];
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');
}

const tagsOf = (root: MdElement) => elementsOf(root).map((element) => element.tag);

describe('Markdown', () => {
  it('matches the reviewed golden files', () => {
    expectGolden('sample.md', markdown(toExportStory(sampleStory())));
    expectGolden('every-block.md', markdown(toExportStory(everyBlockStory())));
  });

  it('reads back as the every-block story: headline, byline, dateline-led lede, every block in order', () => {
    const root = markdownTree(markdown(toExportStory(everyBlockStory())));
    const blocks = elementsOf(root);

    expect(tagsOf(root)).toEqual([
      'h1',
      'p',
      'p',
      'p',
      'h2',
      'ul',
      'ol',
      'blockquote',
      'h3',
      'p',
      'blockquote',
      'hr',
      'p',
      'p',
      'p',
    ]);
    expect(textOf(blocks[0]!)).toBe('Every block: a test story');
    expect(elementsOf(blocks[1]!).map((element) => element.tag)).toEqual(['em']);
    expect(textOf(blocks[1]!)).toBe('Subheads, lists, quotes, credits and a rule');
    expect(textOf(blocks[2]!)).toBe(
      'By Olena Kovalenko, Kyiv Bureau Chief, Copydesk News, and Giorgos Papadopoulos',
    );
    expect(elementsOf(blocks[2]!).map((element) => [element.tag, textOf(element)])).toEqual([
      ['em', 'Copydesk News'],
    ]);
    expect(textOf(blocks[3]!)).toBe(
      'KHERSON, Ukraine, Nov. 24 (AP) — Officials said on Monday that three people were injured, ' +
        'according to the regional office.',
    );
    expect(
      elementsOf(blocks[3]!).map((element) => [element.tag, textOf(element), element.attrs.href]),
    ).toEqual([
      ['strong', 'three', undefined],
      ['em', 'injured', undefined],
      ['a', 'the regional office', 'https://example.org/report'],
    ]);
    expect(elementsOf(blocks[5]!).map(textOf)).toEqual(['A prisoner exchange', 'Talks on children']);
    expect(elementsOf(blocks[6]!).map(textOf)).toEqual(['First, a ceasefire', 'Then, a summit']);
    expect(textOf(blocks[9]!)).toBe('Ο υπουργός είπε\n«Ειρήνη τώρα», & <tags> stay "text"');
    expect(elementsOf(blocks[12]!).map((element) => element.tag)).toEqual(['s']);
    expect(blocks.slice(13).map((credit) => [elementsOf(credit)[0]!.tag, textOf(credit)])).toEqual([
      ['em', 'Reporting by Olena Kovalenko in Kherson'],
      ['em', 'Editing by Sam Editor, Copydesk News'],
    ]);
  });

  it('writes each quote as a > block whose last paragraph is the attribution, a pull quote’s opening with ―', () => {
    const root = markdownTree(markdown(toExportStory(everyBlockStory())));
    const quotes = elementsOf(root).filter((element) => element.tag === 'blockquote');

    expect(quotes.map((quote) => elementsOf(quote).map(textOf))).toEqual([
      [
        'We must put an end to this war.',
        'It starts with a meeting.',
        '— Volodymyr Zelensky, Ukrainian President, at a press conference',
      ],
      ['Нет оснований ожидать чудес.', '― Dmitri Peskov, spokesperson, Kremlin'],
    ]);
    expect(markdown(toExportStory(sampleStory()))).toContain(
      '> We must put an end to this war, which probably starts with a meeting of the leaders.\n>\n' +
        '> — Volodymyr Zelensky, Ukrainian President, during a press conference\n',
    );
  });

  it('never carries an editor’s note or the desk notes', () => {
    const source = markdown(toExportStory(everyBlockStory()));

    expect(source).not.toContain('EDITOR NOTE');
    expect(source).not.toContain('DESK NOTE');
  });

  it.each([
    '# not a heading',
    '###### nor this',
    '1. not a list',
    '2026) not a list either',
    '- not a list',
    '+ nor this',
    '* nor this',
    '> not a quote',
    '*not emphasis*',
    '**not bold**',
    '_not emphasis_',
    'snake_case_name stays',
    '~~not struck~~',
    '`not code`',
    '```',
    '<b>not HTML</b>',
    '<https://not.an.autolink>',
    '[not a link](https://example.org)',
    '![not an image](https://example.org/a.png)',
    '[not a reference]: https://example.org',
    '&amp; &copy; &#42; stay as typed',
    'AT&T and R&D stay readable',
    'a | b | c',
    '---',
    '===',
    '***',
    '    not code',
    '\tnot code either',
    '  leading and trailing spaces  ',
    '\u00a0no-break spaces at both ends\u00a0',
    'back\\slash and \\*',
    'a line\nbreak typed in',
    'ends with #',
    'ends with a backslash\\',
  ])('reads %j back as exactly that text, in one paragraph', (text) => {
    const root = markdownTree(markdown(bare([paragraphOf(text)])));

    expect(tagsOf(root)).toEqual(['p']);
    expect(allElements(root).map((element) => element.tag)).toEqual(['p']);
    expect(textOf(root)).toBe(text);
  });

  it('keeps a headline whose text ends in # or starts with spaces exactly as typed', () => {
    for (const headline of ['C#', 'Issue #', '  spaced  ', '# hashed']) {
      const root = markdownTree(markdown({ ...bare([]), headline }));

      expect(tagsOf(root)).toEqual(['h1']);
      expect(textOf(root)).toBe(headline);
    }
  });

  it('keeps two lists in a row apart, and an ordered list’s first number', () => {
    const list = (ordered: boolean, start: number, text: string): ExportBlock => ({
      kind: 'list',
      ordered,
      start,
      items: [[paragraphOf(text)]],
    });
    const root = markdownTree(
      markdown(bare([list(false, 1, 'a'), list(false, 1, 'b'), list(true, 3, 'c'), list(true, 1, 'd')])),
    );

    expect(tagsOf(root)).toEqual(['ul', 'ul', 'ol', 'ol']);
    expect(elementsOf(root)[2]!.attrs.start).toBe('3');
    expect(elementsOf(root).map(textOf)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('nests a list in a list item, and keeps an item’s second paragraph in the item', () => {
    const nested: ExportBlock = {
      kind: 'list',
      ordered: true,
      start: 2,
      items: [[paragraphOf('two'), paragraphOf('more')]],
    };
    const root = markdownTree(
      markdown(bare([{ kind: 'list', ordered: false, start: 1, items: [[paragraphOf('one'), nested]] }])),
    );
    const item = elementsOf(elementsOf(root)[0]!)[0]!;

    expect(elementsOf(item).map((element) => element.tag)).toEqual(['p', 'ol']);
    expect(elementsOf(elementsOf(elementsOf(item)[1]!)[0]!).map(textOf)).toEqual(['two', 'more']);
  });

  it('puts the dateline in a paragraph of its own when the story has no paragraph', () => {
    const story = {
      ...toExportStory(everyBlockStory()),
      headline: '',
      subheadline: '',
      bylines: [],
      blocks: [],
    };

    expect(markdown(story)).toBe('KHERSON, Ukraine, Nov. 24 (AP) —\n');
  });

  it('is the format the registry offers: UTF-8 bytes of the same document, named .md', async () => {
    const story = toExportStory(sampleStory());
    const bytes = await markdownFormat.export(story, noResources, DEFAULT_EXPORT_OPTIONS);

    expect(markdownFormat).toMatchObject({
      id: 'markdown',
      fileSuffix: '.md',
      mediaType: 'text/markdown',
      isText: true,
    });
    expect(new TextDecoder().decode(bytes)).toBe(markdown(story));
  });

  it('escapes an underscore whose neighbour a delimiter turns into a character reference', () => {
    const run = (text: string, strike: boolean): Inline => ({ ...plainRun(text, true), strike });
    const inlines = [run('a_㐀', false), run('¡', true)];
    const root = markdownTree(markdown(bare([{ kind: 'paragraph', inlines }])));

    expect(actualCharacters(elementsOf(root)[0]!.children)).toEqual(expectedCharacters(inlines));
  });

  it('reads any text in a paragraph back as the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        fc.pre(publishableText(text).trim() !== '');
        const root = markdownTree(markdown(bare([paragraphOf(text)])));

        expect(allElements(root).map((element) => element.tag)).toEqual(['p']);
        expect(textOf(root)).toBe(publishableText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any marked text back with each character’s bold, italic, strikethrough and link', () => {
    fc.assert(
      fc.property(anyInlines, (inlines) => {
        const expected = expectedCharacters(inlines);
        fc.pre(expected.some(({ character }) => character.trim() !== ''));
        const root = markdownTree(markdown(bare([{ kind: 'paragraph', inlines }])));
        const actual = actualCharacters(
          root.children.flatMap((node) => (node.kind === 'element' ? node.children : [])),
        );

        expect(tagsOf(root)).toEqual(['p']);
        expect(actual.map(({ character }) => character).join('')).toBe(
          expected.map(({ character }) => character).join(''),
        );
        // Whitespace at the edge of a mark may fall outside it (`**a** b`); every other character keeps its marks.
        const visible = (characters: typeof expected) =>
          characters.filter(({ character }) => !/^\s$/u.test(character));
        expect(visible(actual)).toEqual(visible(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back struck italic punctuation followed by italic words with an underscore (found by fast-check)', () => {
    const inlines: Inline[] = [
      { kind: 'text', text: '*', bold: false, italic: true, underline: false, strike: true, href: null },
      { kind: 'text', text: 'a_a', bold: false, italic: true, underline: false, strike: false, href: null },
    ];
    const root = markdownTree(markdown(bare([{ kind: 'paragraph', inlines }])));
    const actual = actualCharacters(
      root.children.flatMap((node) => (node.kind === 'element' ? node.children : [])),
    );
    expect(actual).toEqual(expectedCharacters(inlines));
  });

  it('reads any marked text back inside a list item and a quote too', () => {
    fc.assert(
      fc.property(anyInlines, (inlines) => {
        const expected = expectedCharacters(inlines);
        fc.pre(expected.some(({ character }) => character.trim() !== ''));
        const paragraph: ExportBlock = { kind: 'paragraph', inlines };
        const root = markdownTree(
          markdown(
            bare([
              { kind: 'list', ordered: true, start: 1, items: [[paragraph]] },
              {
                kind: 'quote',
                display: 'blockquote',
                paragraphs: [inlines],
                attribution: { speaker: 'A', title: '', organization: '', context: '', line: '— A' },
              },
            ]),
          ),
        );
        const text = expected.map(({ character }) => character).join('');

        expect(tagsOf(root)).toEqual(['ol', 'blockquote']);
        expect(textOf(elementsOf(root)[0]!)).toBe(text);
        expect(elementsOf(elementsOf(root)[1]!).map(textOf)).toEqual([text, '— A']);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every field in its place and its text exact, for any Unicode in any field', () => {
    const reference = tagsOf(markdownTree(markdown(fc.sample(fixedShapeStory, { numRuns: 1, seed: 1 })[0]!)));

    fc.assert(
      fc.property(fixedShapeStory, (story) => {
        const root = markdownTree(markdown(story));
        const blocks = elementsOf(root);
        const [quote] = blocks.filter((block) => block.tag === 'blockquote');
        const credit = story.blocks.find((block) => block.kind === 'credit');

        expect(tagsOf(root)).toEqual(reference);
        expect(allElements(root).map((element) => element.tag)).not.toContain('code');
        expect(textOf(blocks[0]!)).toBe(publishableText(story.headline));
        expect(textOf(blocks[1]!)).toBe(publishableText(story.subheadline));
        expect(textOf(blocks[3]!).startsWith(publishableText(`${story.dateline!.line} `))).toBe(true);
        expect(textOf(elementsOf(quote!).at(-1)!)).toBe(
          publishableText(story.blocks.find((block) => block.kind === 'quote')!.attribution.line),
        );
        expect(textOf(blocks.at(-1)!)).toBe(publishableText(credit!.credit.line));
        const texts = (kind: ExportBlock['kind']) =>
          story.blocks
            .filter((block) => block.kind === kind)
            .map((block) => publishableText(blockText(block)));
        expect(blocks.filter((block) => block.tag === 'h2').map(textOf)).toEqual(texts('heading'));
        expect(blocks.filter((block) => block.tag === 'ul').map(textOf)).toEqual(texts('list'));
        expect(textOf(elementsOf(quote!)[0]!)).toBe(texts('quote')[0]);
      }),
      { numRuns: 300 },
    );
  });
});
