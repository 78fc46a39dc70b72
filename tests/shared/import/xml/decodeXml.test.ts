import { describe, expect, it } from 'vitest';
import { decodeXml } from '@shared/import/xml/decodeXml';

const latin = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe('decodeXml', () => {
  it('reads UTF-8 with or without a declaration or BOM', () => {
    expect(decodeXml(new TextEncoder().encode('<a>é</a>'))).toEqual({ text: '<a>é</a>', encoding: 'utf-8' });
    expect(decodeXml(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a/>')])).text).toBe(
      '<a/>',
    );
  });

  it('honours a Windows-1252 or ISO-8859-1 declaration', () => {
    const file = latin('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\xe9 \x93q\x94</a>');
    expect(decodeXml(file)).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>café “q”</a>',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 by its byte order mark', () => {
    const text = '<a>ü</a>';
    const le = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(decodeXml(le)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for a file that says UTF-8 and is not', () => {
    expect(decodeXml(latin('<a>caf\xe9</a>'))).toEqual({ text: '<a>café</a>', encoding: 'windows-1252' });
  });

  it('refuses an empty file and an encoding it cannot read', () => {
    expect(() => decodeXml(new Uint8Array())).toThrow('The file is empty.');
    expect(() => decodeXml(latin('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toThrow(
      'The file is written in the x-klingon encoding, which Copydesk cannot read: save it as UTF-8.',
    );
  });
});
