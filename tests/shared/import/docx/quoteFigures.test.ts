import { describe, expect, it } from 'vitest';
import { groupQuoteFigures } from '@shared/import/docx/quoteFigures';
import { htmlDocument } from '@shared/import/html/htmlDocument';

const grouped = (html: string) => {
  const { body } = htmlDocument(html);
  groupQuoteFigures(body);
  return body.innerHTML;
};

describe('groupQuoteFigures', () => {
  it('makes each quote and the attribution after it one figure, even when two quotes follow each other', () => {
    expect(
      grouped(
        '<p class="quote">One.</p><p class="quote">Two.</p><p class="quote-attribution">— <span class="speaker">A</span></p>' +
          '<p class="quote">Three.</p><p class="quote-attribution">— B</p><p>After.</p>',
      ),
    ).toBe(
      '<figure class="blockquote"><blockquote><p>One.</p><p>Two.</p></blockquote><figcaption>— <span class="speaker">A</span></figcaption></figure>' +
        '<figure class="blockquote"><blockquote><p>Three.</p></blockquote><figcaption>— B</figcaption></figure><p>After.</p>',
    );
  });

  it('keeps a pull quote apart from the quote before it', () => {
    expect(grouped('<p class="quote">One.</p><p class="pullquote">Two.</p>')).toBe(
      '<figure class="blockquote"><blockquote><p>One.</p></blockquote></figure>' +
        '<figure class="pullquote"><blockquote><p>Two.</p></blockquote></figure>',
    );
  });

  it("takes a quote's last line opening with a dash as its attribution, never its only line", () => {
    expect(grouped('<p class="quote">Yes.</p><p class="quote">— Jane Roe</p>')).toBe(
      '<figure class="blockquote"><blockquote><p>Yes.</p></blockquote><figcaption>— Jane Roe</figcaption></figure>',
    );
    expect(grouped('<p class="quote">— Jane Roe</p>')).toBe(
      '<figure class="blockquote"><blockquote><p>— Jane Roe</p></blockquote></figure>',
    );
  });

  it('leaves an attribution with no quote above it a plain paragraph', () => {
    expect(grouped('<p>Text.</p><p class="quote-attribution">— Nobody</p>')).toBe(
      '<p>Text.</p><p>— Nobody</p>',
    );
  });
});
