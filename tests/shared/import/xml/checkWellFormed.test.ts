import { describe, expect, it } from 'vitest';
import { checkWellFormed } from '@shared/import/xml/checkWellFormed';

const message = (text: string) => {
  try {
    checkWellFormed(text);
    return 'well-formed';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkWellFormed', () => {
  it('accepts a prolog, comments, CDATA, references and a DOCTYPE, which it leaves out', () => {
    const shape = checkWellFormed(
      '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e "x>y">]><!-- c --><a k="1"><![CDATA[<b>]]>&amp;&#233;&e;<b/></a>\n',
    );
    expect(shape).toEqual({
      text: '<?xml version="1.0"?>\n<!-- c --><a k="1"><![CDATA[<b>]]>&amp;&#233;&e;<b/></a>\n',
      declaresEntities: true,
    });
  });

  it.each([
    ['<a>\n</b>', 'The file is not well-formed XML: line 2 closes <b> where <a> (line 1) is open.'],
    ['<a/>\n<b/>', 'The file is not well-formed XML: line 2 has a second root element.'],
    ['<a/>\ntext', 'The file is not well-formed XML: line 1 has text after the end of the root element.'],
    ['<a x=1/>', 'The file is not well-formed XML: line 1 has a tag that is not well-formed.'],
    ['<a x="1" x="2"/>', 'The file is not well-formed XML: line 1 gives the attribute x twice.'],
    ['<a>\n<b>', 'The file is cut short: it ends before <b> (opened on line 2) is closed.'],
    ['<a><!-- open', 'The file is cut short: it ends inside a comment.'],
    ['<a><b', 'The file is cut short: it ends inside a tag.'],
    ['</a>', 'The file is not well-formed XML: line 1 closes <a>, which was never opened.'],
    ['hello', 'The file is not XML: it does not begin with a tag.'],
    ['<?xml version="1.0"?>', 'The file is not XML: it holds no element.'],
  ])('says where %j goes wrong', (text, expected) => {
    expect(message(text)).toBe(expected);
  });
});
