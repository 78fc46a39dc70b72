import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText } from '@shared/export/xml/escapeXml';
import { serializeXml } from '@shared/export/xml/serializeXml';
import { xmlChars } from '@shared/export/xml/xmlChars';
import { xmlLanguage } from '@shared/export/xml/xmlLanguage';
import { block, element } from '@shared/export/xml/xmlNode';
import { anyText } from '../support/arbitraryStory';
import { only, readXml, textOf } from './readXml';

// What XML 1.0 can carry (§2.2 Char): the characters an exporter must never emit are everything else.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

describe('xmlChars', () => {
  it('drops what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlChars('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg');
    expect(xmlChars('tab\tline\ncr\r')).toBe('tab\tline\ncr\r');
    expect(xmlChars('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(xmlChars('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(xmlChars('\uFEFF\u0085\u2028\uFFFD Ω Ж é')).toBe('\uFEFF\u0085\u2028\uFFFD Ω Ж é');
  });
});

describe('escaping', () => {
  it('escapes markup in text, and keeps a carriage return as a reference', () => {
    expect(escapeXmlText('a & b < c > d ]]> "q" \'s\'\r\n')).toBe(
      'a &amp; b &lt; c &gt; d ]]&gt; "q" \'s\'&#13;\n',
    );
  });

  it('escapes quotes and whitespace in attributes, so they read back as given', () => {
    expect(escapeXmlAttribute('a "b" & <c>\t\n\r\'')).toBe("a &quot;b&quot; &amp; &lt;c&gt;&#9;&#10;&#13;'");
  });

  it('reads back exactly, less the characters XML forbids, whatever the text (property)', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, value) => {
        const xml = serializeXml(element('r', { a: value }, [text]));
        expect(xml).not.toMatch(NOT_XML);
        const root = readXml(xml);
        expect(textOf(root)).toBe(xmlChars(text));
        expect(root.attributes.get('a')).toBe(xmlChars(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('serializeXml', () => {
  it('writes the declaration, indents blocks and writes elements holding text on one line', () => {
    const root = block('root', { xmlns: 'urn:x', n: 7, gone: undefined }, [
      element('title', {}, ['Hello ', element('em', { class: 'bold' }, ['world']), '!']),
      block('list', {}, [element('item', {}, ['one']), element('empty')]),
    ]);
    expect(serializeXml(root)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<root xmlns="urn:x" n="7">',
        '  <title>Hello <em class="bold">world</em>!</title>',
        '  <list>',
        '    <item>one</item>',
        '    <empty/>',
        '  </list>',
        '</root>',
        '',
      ].join('\n'),
    );
  });

  it('never indents inside an element holding text, even around a block', () => {
    const item = element('li', {}, ['text', block('ul', {}, [element('li', {}, ['inner'])])]);
    expect(serializeXml(block('ol', {}, [item]))).toContain('<li>text<ul><li>inner</li></ul></li>');
  });

  it('leaves out nothing-values and empty strings, so optional parts can be written inline', () => {
    const xml = serializeXml(element('r', {}, [null, undefined, false, '', 'kept']));
    expect(xml).toContain('<r>kept</r>');
    expect(serializeXml(block('r', {}, ['', null]))).toContain('<r/>');
  });

  it('refuses text in a block and names that are not XML names: a bug, never a broken document', () => {
    expect(() => block('r', {}, ['text'])).toThrow(RangeError);
    expect(() => element('a b')).toThrow(RangeError);
    expect(() => element('r', { 'x="1" y': 'z' })).toThrow(RangeError);
    expect(() => element('<r>')).toThrow(RangeError);
  });

  it('writes any Unicode in text and attributes as well-formed, readable XML (property)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 5 }), anyText, (texts, value) => {
        const xml = serializeXml(
          block('r', {}, [element('p', { title: value }, texts), element('q', {}, [texts.join('')])]),
        );
        expect(xml).not.toMatch(NOT_XML);
        const root = readXml(xml);
        expect(textOf(only(root, 'p'))).toBe(texts.map(xmlChars).join(''));
        expect(only(root, 'p').attributes.get('title')).toBe(xmlChars(value));
      }),
      { numRuns: 200 },
    );
  });
});

describe('xmlLanguage', () => {
  it('passes language tags and refuses anything else', () => {
    expect(xmlLanguage('en')).toBe('en');
    expect(xmlLanguage('uk-UA')).toBe('uk-UA');
    expect(xmlLanguage('zh-Hant-TW')).toBe('zh-Hant-TW');
    for (const bad of ['', 'en_GB', 'en-', '"><x', 'toolonglanguage']) {
      expect(() => xmlLanguage(bad)).toThrow(/not a language tag/);
    }
  });
});
