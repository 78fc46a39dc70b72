import { describe, expect, it } from 'vitest';
import { linkHrefFrom } from '../../../../src/renderer/src/editor/toolbar/linkHref';

describe('linkHrefFrom', () => {
  it.each([
    ['https://example.com/talks', 'https://example.com/talks'],
    ['  http://example.com  ', 'http://example.com'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['desk@example.com', 'mailto:desk@example.com'],
    ['example.com', 'https://example.com'],
    ['www.example.com/talks?day=2', 'https://www.example.com/talks?day=2'],
  ])('takes %j as %j', (typed, href) => {
    expect(linkHrefFrom(typed)).toBe(href);
  });

  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'ftp://example.com',
    'talks',
    'a b.com',
  ])('refuses %j', (typed) => {
    expect(linkHrefFrom(typed)).toBeNull();
  });
});
