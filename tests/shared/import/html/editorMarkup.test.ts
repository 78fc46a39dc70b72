import { describe, expect, it } from 'vitest';
import { editorMarkupOf } from '@shared/import/html/editorMarkup';
import { htmlDocument } from '@shared/import/html/htmlDocument';

function marked(html: string): Element {
  const { body } = htmlDocument(html);
  editorMarkupOf(body);
  return body;
}

describe('editorMarkupOf', () => {
  it('turns an exported quote figure into the schema’s quote markup with its fields', () => {
    const body = marked(
      '<figure class="pullquote"><blockquote><p>Words.</p></blockquote><figcaption>— <span class="speaker">Dmitri Peskov</span>, <span class="speaker-organization">Kremlin</span></figcaption></figure>',
    );
    const figure = body.querySelector('figure[data-type="quote"]')!;
    expect(figure.getAttribute('data-display')).toBe('pullquote');
    expect(figure.querySelector('blockquote[data-type="quote-text"]')!.innerHTML).toBe('<p>Words.</p>');
    const caption = figure.querySelector('figcaption[data-type="quote-attribution"]')!;
    expect(caption.getAttribute('data-speaker')).toBe('Dmitri Peskov');
    expect(caption.getAttribute('data-organization')).toBe('Kremlin');
    expect(caption.hasAttribute('data-title')).toBe(false);
  });

  it('reads a bare blockquote’s last “— name” paragraph as its attribution', () => {
    const body = marked('<blockquote><p>We will win.</p><p>— Jane Doe, mayor</p></blockquote>');
    expect(body.querySelector('blockquote')!.textContent).toBe('We will win.');
    const caption = body.querySelector('figcaption')!;
    expect(caption.getAttribute('data-speaker')).toBe('Jane Doe');
    expect(caption.getAttribute('data-title')).toBe('mayor');
  });

  it('leaves a one-paragraph blockquote unattributed', () => {
    const body = marked('<blockquote><p>— a line that opens with a dash</p></blockquote>');
    expect(body.querySelector('blockquote')!.textContent).toBe('— a line that opens with a dash');
    expect(body.querySelector('figcaption')!.hasAttribute('data-speaker')).toBe(false);
  });

  it('marks credit lines, and leaves a photo credit a paragraph', () => {
    const body = marked(
      '<p class="credit" data-kind="reporting" data-names="Jane Doe">Reporting by Jane Doe</p><p class="credit">Reporting by John Roe, Reuters</p><p class="credit">AP Photo/Ana Lopez</p>',
    );
    const credits = [...body.querySelectorAll('p[data-type="attribution"]')];
    expect(credits.map((credit) => credit.getAttribute('data-names'))).toEqual(['Jane Doe', 'John Roe']);
    expect(credits[1]!.getAttribute('data-organization')).toBe('Reuters');
    expect(body.querySelector('p.credit')!.textContent).toBe('AP Photo/Ana Lopez');
  });

  it('maps headings to the two levels the story has', () => {
    const body = marked('<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h6>Six</h6>');
    expect([...body.children].map((heading) => heading.tagName)).toEqual(['H2', 'H2', 'H3', 'H3', 'H3']);
  });
});
