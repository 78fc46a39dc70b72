import { describe, expect, it } from 'vitest';
import { coreProperties } from '@shared/import/docx/coreProperties';
import { coreStoryFields, documentDate } from '@shared/import/docx/storyFields';
import { fixtureText } from './foreignDocx';

describe('coreProperties', () => {
  it("reads Word's core properties by their local names, entities decoded", () => {
    const core = coreProperties(
      '<?xml version="1.0"?><p:coreProperties xmlns:p="x" xmlns:d="y"><d:title>Bread &amp; roses</d:title>' +
        '<p:category> World </p:category><p:keywords>Ukraine; Washington, D.C.;; </p:keywords>' +
        '<d:language>not a language</d:language></p:coreProperties>',
    );

    expect(core).toMatchObject({ title: 'Bread & roses', category: 'World', language: 'not a language' });
    expect(coreStoryFields(core)).toEqual({ section: 'World', keywords: ['Ukraine', 'Washington, D.C.'] });
    expect(documentDate(core)).toBeNull();
  });

  it("gives the document's last save as the date a dateline's year comes from", () => {
    const core = coreProperties(fixtureText('wire-core.xml'));

    expect(documentDate(core)).toBe('2027-02-26T18:45:00Z');
    expect(coreStoryFields(core)).toEqual({
      section: '',
      keywords: ['Senate', 'budget', 'shutdown'],
      language: 'en-US',
    });
  });
});
