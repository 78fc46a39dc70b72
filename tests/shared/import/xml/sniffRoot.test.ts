import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { sniffRoot } from '@shared/import/xml/sniffRoot';
import { attributeOf, childAt, localNameOf, namespaceOf } from '@shared/import/xml/xmlNames';

describe('sniffRoot', () => {
  it('finds the root past a prolog, with its namespace, prefixed or not', () => {
    expect(
      sniffRoot('\uFEFF<?xml version="1.0"?>\n<!-- x --><!DOCTYPE nitf SYSTEM "n.dtd">\n<nitf version="3">'),
    ).toEqual({
      name: 'nitf',
      namespace: '',
    });
    expect(sniffRoot('<g2:newsItem xmlns="other" xmlns:g2="http://iptc.org/std/nar/2006-10-01/">')).toEqual({
      name: 'newsItem',
      namespace: 'http://iptc.org/std/nar/2006-10-01/',
    });
    expect(sniffRoot('{"json": true}')).toBeNull();
  });
});

describe('xmlNames on linkedom', () => {
  it('matches elements by local name and resolves their prefix', () => {
    const document = new DOMParser().parseFromString(
      '<g2:newsItem xmlns:g2="urn:nar"><g2:contentMeta><headline xmlns="urn:x">H</headline></g2:contentMeta></g2:newsItem>',
      'text/xml',
    ) as unknown as Document;
    const root = document.documentElement;
    expect(localNameOf(root)).toBe('newsItem');
    expect(namespaceOf(root)).toBe('urn:nar');
    const headline = childAt(root, 'contentMeta', 'headline');
    expect(headline?.textContent).toBe('H');
    expect(namespaceOf(headline!)).toBe('urn:x');
  });
});

describe('readXml', () => {
  it('gives attribute values decoded exactly once, through attributeOf', async () => {
    const { readXml } = await import('@shared/import/xml/readXml');
    const file = readXml(new TextEncoder().encode('<a k="&amp;lt; &amp; &#38;lt; &quot;"/>'));
    expect(attributeOf(file.root, 'k')).toBe('&lt; & &lt; "');
  });
});
