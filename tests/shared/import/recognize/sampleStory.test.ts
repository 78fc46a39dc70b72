import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeCopy } from '@shared/import/recognize/recognizeCopy';

const samplePath = resolve(__dirname, '../../../../resources/samples/istanbul-peace-talks.txt');

const lines = readFileSync(samplePath, 'utf8').split(/\r?\n/);
const copy = recognizeCopy(lines, { referenceDate: '2025-07-23' });

describe('the Istanbul sample story', () => {
  it('finds the section and the headline above the lede', () => {
    expect(copy.section).toBe('World');
    expect(copy.headline).toBe('Ukraine, Russia Discuss Peace Talks Amid Continuing Violence');
    expect(copy.subheadline).toBe('');
    expect(copy.bylines).toEqual([]);
  });

  it('drops the web page boilerplate and the image alt text, each with a reason', () => {
    expect(copy.dropped).toEqual([
      { text: 'Connect with us', reason: 'web boilerplate' },
      { text: 'Published', reason: 'web boilerplate' },
      { text: 'on', reason: 'web boilerplate' },
      { text: 'Ukraine Russia Peace Talks Istanbul', reason: 'image alt text or caption above the lede' },
    ]);
  });

  it('lifts the dateline out of the lede', () => {
    expect(copy.dateline).toEqual({
      city: 'ISTANBUL',
      region: 'Turkey',
      date: '',
      source: '',
      text: 'ISTANBUL, Turkey —',
    });
    expect(copy.paragraphs[0]).toBe(
      'Ukraine and Russia held peace negotiations on Wednesday in Istanbul, with both countries agreeing on a new prisoner exchange.',
    );
    expect(copy.paragraphs).toHaveLength(8);
  });

  it('finds the two quotes and their speakers, and leaves the scare quote alone', () => {
    expect(copy.quotes).toEqual([
      {
        text: 'We must put an end to this war, which probably starts with a meeting of the leaders.',
        speaker: 'Volodymyr Zelensky',
        title: 'Ukrainian President',
        organization: '',
        context: 'during a press conference',
        verb: 'stated',
        paragraph: 2,
        standalone: false,
      },
      {
        text: 'There is, of course, no reason to expect miraculous progress, but we intend to defend our interests.',
        speaker: 'Dmitri Peskov',
        title: 'Kremlin spokesperson',
        organization: '',
        context: '',
        verb: 'noted',
        paragraph: 3,
        standalone: false,
      },
    ]);
    expect(copy.quotes.some((quote) => quote.text.includes('miraculous advances'))).toBe(false);
  });

  it('reads the same with Windows line ends and the paragraphs hard against each other', () => {
    const crlf = readFileSync(samplePath, 'utf8').replace(/\n+/g, '\r\n').split('\n');
    expect(recognizeCopy(crlf, { referenceDate: '2025-07-23' })).toEqual(copy);
  });
});
