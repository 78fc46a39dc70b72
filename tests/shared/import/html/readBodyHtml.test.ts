import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '@shared/import/ImportError';
import { readBodyHtml } from '@shared/import/html/readBodyHtml';
import { bodyProblem } from '@shared/editor/validateBody';
import type { EditorNodeJson } from '@shared/story/editorDocument';

function nodesOf(node: EditorNodeJson): EditorNodeJson[] {
  return [node, ...(node.content ?? []).flatMap(nodesOf)];
}

describe('readBodyHtml: unstructured copy', () => {
  it('lifts the lede’s dateline and turns a paragraph that is only a quote into a quote block', () => {
    const reading = readBodyHtml(
      '<p>ISTANBUL, Turkey — Talks began.</p><p>Kremlin spokesperson Dmitri Peskov spoke on Tuesday.</p><p>“We intend to defend our interests,” he said.</p>',
    );
    expect(reading.dateline).toEqual({ city: 'Istanbul', region: 'Turkey', date: '', source: '' });
    expect(reading.body.content!.map((block) => block.type)).toEqual([
      'dateline',
      'paragraph',
      'paragraph',
      'quote',
    ]);
    expect(reading.quotes[0]).toMatchObject({ speaker: 'Dmitri Peskov', verb: 'said', standalone: true });
  });

  it('still lifts the dateline of a page with a picture figure', () => {
    const reading = readBodyHtml('<figure><img alt="Talks"></figure><p>ISTANBUL — Talks began.</p>');
    expect(reading.dateline?.city).toBe('Istanbul');
    expect(reading.unreadable).toEqual(['Picture: “Talks”']);
  });

  it('leaves paragraphs alone on a page that set its quotes apart itself', () => {
    const reading = readBodyHtml('<p>“We will win,” she said.</p><blockquote><p>Set apart.</p></blockquote>');
    expect(reading.body.content!.map((block) => block.type)).toEqual(['paragraph', 'quote']);
    expect(reading.quotes).toHaveLength(2);
  });

  it('gives an empty body one empty paragraph', () => {
    expect(readBodyHtml('<div>  </div>').body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('readBodyHtml: structured copy', () => {
  it('re-recognizes nothing in Copydesk’s markup', () => {
    const reading = readBodyHtml(
      '<p><span class="dateline" data-city="Kherson" data-date="2026-11-24">KHERSON, Nov. 24 —</span> Officials said.</p><p>“We will win,” she said.</p>',
    );
    expect(reading.body.content).toEqual([
      { type: 'dateline', attrs: { city: 'Kherson', region: '', date: '2026-11-24', source: '' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'Officials said.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '“We will win,” she said.' }] },
    ]);
  });

  it('recognizes nothing when told the body is structured', () => {
    const reading = readBodyHtml('<p>ISTANBUL — Talks began.</p>', { recognize: false });
    expect(reading.dateline).toBeNull();
  });

  it('reads the editor’s own HTML', () => {
    const reading = readBodyHtml(
      '<p data-type="dateline" data-city="Kyiv"></p><p>Lede.</p><p data-type="attribution" data-kind="editing" data-names="Sam"></p>',
    );
    expect(reading.body.content!.map((block) => block.type)).toEqual([
      'dateline',
      'paragraph',
      'attribution',
    ]);
  });
});

describe('readBodyHtml: hostile HTML', () => {
  it('keeps no script, style, handler or unsafe link', () => {
    const reading = readBodyHtml(
      '<p onclick="x()" style="color:red">Hi <a href="javascript:x()">js</a> <a href="data:text/html,x">data</a> <a href="https://ok.example/">ok</a></p><script>x()</script><style>p{}</style><template><p>hidden</p></template><noscript>no</noscript>',
    );
    const json = JSON.stringify(reading.body);
    for (const word of ['x()', 'javascript', 'data:', 'color', 'hidden', '"no"'])
      expect(json).not.toContain(word);
    expect(json).toContain('https://ok.example/');
  });

  it('flattens 10,000 levels of nesting and says so', () => {
    const reading = readBodyHtml(`${'<div>'.repeat(10_000)}<p>bottom</p>${'</div>'.repeat(10_000)}`);
    expect(JSON.stringify(reading.body)).toContain('bottom');
    expect(reading.unreadable).toEqual([
      'Elements nested too deeply to keep their layout, kept as their text',
    ]);
  });

  it('gives, for any HTML, a valid body with safe links only, or an ImportError', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<p>',
        '</p>',
        '<blockquote>',
        '</blockquote>',
        '<figure class="pullquote">',
        '</figure>',
        '<figcaption>',
        '<span class="dateline" data-city="X">',
        '</span>',
        '<p class="credit">',
        '<a href="javascript:x">',
        '<a href="https://a.example/">',
        '</a>',
        '<ol start="-3"><li>',
        '</li></ol>',
        '<h1>',
        '<h5>',
        '<br>',
        '<table><tr><td>',
        '</td></tr></table>',
        '<img alt="a">',
        '<b><i><u><s>',
        'ISTANBUL — ',
        '“Yes,” he said.',
        '<p data-type="dateline">',
        '<figure data-type="quote">',
        '<aside data-type="editor-note">',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        try {
          const { body } = readBodyHtml(pieces.join(''));
          expect(bodyProblem(body)).toBeNull();
          for (const node of nodesOf(body))
            for (const mark of node.marks ?? [])
              if (mark.type === 'link') expect(String(mark.attrs?.href)).toMatch(/^(https?|mailto):/);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
