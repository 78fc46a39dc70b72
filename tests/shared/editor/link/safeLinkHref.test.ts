import { describe, expect, it } from 'vitest';
import { isSafeLinkHref } from '@shared/editor/link/safeLinkHref';

describe('isSafeLinkHref', () => {
  it.each([
    'https://example.com/a?b=c#d',
    'http://example.com',
    'HTTPS://EXAMPLE.COM',
    'mailto:desk@example.com',
  ])('allows %s', (href) => {
    expect(isSafeLinkHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.com',
    '/relative/path',
    '#anchor',
    'example.com',
    '',
  ])('refuses %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(false);
  });
});
