import { describe, expect, it } from 'vitest';
import { htmlDocument } from '@shared/import/html/htmlDocument';
import { markdownByline } from '@shared/import/markdown/markdownByline';
import { renderMarkdown } from '@shared/import/markdown/renderMarkdown';

const bylineOf = (markdown: string) =>
  markdownByline(htmlDocument(renderMarkdown(markdown)).body.firstElementChild!);
const person = (name: string, title = '', organization = '') => ({ name, title, organization });

describe('markdownByline', () => {
  it.each([
    ['By Jane Doe', [person('Jane Doe')]],
    [
      'By Jane Doe, Staff Correspondent, _Copydesk News_',
      [person('Jane Doe', 'Staff Correspondent', 'Copydesk News')],
    ],
    ['By Jane Doe, _Staff Correspondent_', [person('Jane Doe', '', 'Staff Correspondent')]],
    ['By Jane Doe, Reuters', [person('Jane Doe', '', 'Reuters')]],
    ['By Jane Doe, Staff Correspondent', [person('Jane Doe', 'Staff Correspondent')]],
    [
      'By Olena Kovalenko, Kyiv Bureau Chief, _Copydesk News_, and Giorgos Papadopoulos',
      [person('Olena Kovalenko', 'Kyiv Bureau Chief', 'Copydesk News'), person('Giorgos Papadopoulos')],
    ],
    [
      'By Jane Doe and John Roe, _Reuters_',
      [person('Jane Doe', '', 'Reuters'), person('John Roe', '', 'Reuters')],
    ],
    ['By Ann Lee, Bob Ray and Cy Tan', [person('Ann Lee'), person('Bob Ray'), person('Cy Tan')]],
    [
      'By Ann Lee, Editor; Bob Ray; and Cy Tan, _AFP_',
      [person('Ann Lee', 'Editor'), person('Bob Ray'), person('Cy Tan', '', 'AFP')],
    ],
  ])('reads %s', (line, bylines) => {
    expect(bylineOf(line)).toEqual(bylines);
  });

  it.each(['By Monday, officials said the talks would resume.', 'Bylines are hard', 'by the way'])(
    'takes %s for no byline',
    (line) => {
      expect(bylineOf(line)).toBeNull();
    },
  );
});
