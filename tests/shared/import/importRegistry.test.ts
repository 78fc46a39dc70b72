import { describe, expect, it } from 'vitest';
import { importFormatFor } from '@shared/import/importRegistry';

const NITF = '<?xml version="1.0" encoding="UTF-8"?>\n<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">';
const G2 = '<?xml version="1.0"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x">';

describe('importFormatFor', () => {
  it.each([
    ['story.txt', 'Plain copy', 'text'],
    ['story.md', '# Headline', 'markdown'],
    ['page.HTML', '<!doctype html>', 'html'],
    ['report.docx', 'PK\u0003\u0004', 'docx'],
    ['item.json', '{"uri": "urn:x", "type": "text"}', 'ninjs'],
    ['wire.nitf', NITF, 'nitf'],
  ])('reads %s by its name', (name, head, id) => {
    expect(importFormatFor(name, head).id).toBe(id);
  });

  it('tells NITF from NewsML-G2 by the first bytes when both could read ".xml"', () => {
    expect(importFormatFor('wire.xml', NITF).id).toBe('nitf');
    expect(importFormatFor('wire.xml', G2).id).toBe('newsml-g2');
  });

  it('hands ".xml" of another kind to the first XML importer, which says why it is not one', () => {
    expect(importFormatFor('feed.xml', '<rss version="2.0">').id).toBe('nitf');
  });

  it('reads a file with an unknown name by its first bytes', () => {
    expect(importFormatFor('wire-1234', NITF).id).toBe('nitf');
    expect(importFormatFor('saved page', '<!DOCTYPE html><html>').id).toBe('html');
  });

  it('refuses a file it cannot place, naming what it reads', () => {
    expect(() => importFormatFor('photo.jpeg', '\u00ff\u00d8\u00ff')).toThrow(
      /Copydesk cannot import "photo\.jpeg": it reads .*\.docx.*\.txt/,
    );
  });
});
