import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { pageLines } from '@shared/import/page/pageLines';

const linesOf = (html: string) => pageLines(htmlDocument(html).body).map((line) => line.text);

describe('pageLines', () => {
  it('gives one line per paragraph, heading and list item', () => {
    expect(
      linesOf('<h1>Head</h1><p>One <b>bold</b> <a href="#">link</a>.</p><ul><li>a</li><li>b</li></ul>'),
    ).toEqual(['Head', 'One bold link.', 'a', 'b']);
  });

  it('splits a row of links or labels into one line each', () => {
    expect(linesOf('<div><a>About us</a> | <a>Privacy</a> | <a>Terms</a></div>')).toEqual([
      'About us',
      'Privacy',
      'Terms',
    ]);
    expect(linesOf('<div><span>Published</span> <span>on</span> <time>Nov 24</time></div>')).toEqual([
      'Published',
      'on',
      'Nov 24',
    ]);
  });

  it('keeps running text with words of its own as one line', () => {
    expect(linesOf('<div>Read <a>this</a> and <a>that</a> now</div>')).toEqual(['Read this and that now']);
  });

  it('skips scripts, styles and templates', () => {
    expect(
      linesOf('<p>a</p><script>x()</script><style>p{}</style><template>t</template><noscript>n</noscript>'),
    ).toEqual(['a']);
  });
});
