import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { takeUnreadableParts } from '@shared/import/html/unreadableParts';

describe('takeUnreadableParts', () => {
  it('removes media and says what each was, with its alt text or title', () => {
    const { body } = htmlDocument(
      '<p>Words <img src="a.jpg" alt="Talks in Istanbul"></p><picture><source srcset="b.webp"><img src="b.jpg" alt="Peskov"></picture><video title="Briefing"><source src="v.mp4"></video><iframe src="https://x.example/"></iframe><svg><text>chart</text></svg>',
    );
    expect(takeUnreadableParts(body)).toEqual([
      'Picture: “Talks in Istanbul”',
      'Picture: “Peskov”',
      'Video: “Briefing”',
      'Embedded frame',
      'Drawing',
    ]);
    expect(body.innerHTML).toBe('<p>Words </p>');
  });

  it('works on an element outside any document, as Readability hands it over', () => {
    const document = htmlDocument('');
    const detached = document.createElement('div');
    detached.innerHTML = '<p><img alt="x"></p>';
    expect(takeUnreadableParts(detached)).toEqual(['Picture: “x”']);
  });

  it('keeps a table’s rows as paragraphs, a nested table read once', () => {
    const { body } = htmlDocument(
      '<table><tr><th>City</th><th>Dead</th></tr><tr><td>Kherson</td><td>3</td></tr><tr><td></td><td></td></tr><tr><td><table><tr><td>in</td></tr></table></td><td>x</td></tr></table>',
    );
    expect(takeUnreadableParts(body)).toEqual(['A table of 3 rows, kept as paragraphs']);
    expect([...body.querySelectorAll('p')].map((row) => row.textContent)).toEqual([
      'City | Dead',
      'Kherson | 3',
      'in | x',
    ]);
  });
});
