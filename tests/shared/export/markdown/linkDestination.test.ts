import { describe, expect, it } from 'vitest';
import { linkDestination } from '@shared/export/markdown/linkDestination';
import { markdownTree, normalizeLink } from './markdownTree';

const hrefOf = (destination: string) => {
  const paragraph = markdownTree(`[a](${destination})`).children[0];
  const link = paragraph?.kind === 'element' ? paragraph.children[0] : undefined;
  return link?.kind === 'element' && link.tag === 'a' ? link.attrs.href : undefined;
};

describe('linkDestination', () => {
  it('writes a plain address bare', () => {
    expect(linkDestination('https://example.org/report?a=1&b=2#top')).toBe(
      'https://example.org/report?a=1&b=2#top',
    );
  });

  it('puts an address with spaces, parentheses or angle brackets in <…>', () => {
    expect(linkDestination('https://example.org/a (b)')).toBe('<https://example.org/a (b)>');
    expect(linkDestination('https://example.org/<x>\\')).toBe('<https://example.org/\\<x\\>\\\\>');
  });

  it.each([
    'https://example.org/report',
    'https://example.org/a?b=1&c="x"&copy;&#42;',
    'https://example.org/(paren) space<>',
    'https://example.org/back\\slash',
    'https://example.org/tab\there',
    'mailto:desk@example.org',
  ])('reads %j back as the same address', (href) => {
    expect(hrefOf(linkDestination(href))).toBe(normalizeLink(href.replace(/\t/g, '%09')));
  });
});
