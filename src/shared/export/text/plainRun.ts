import type { TextRun } from '../model/exportStory';

/** Text with no marks and no link, such as a dateline or an attribution set into the body. */
export const plainRun = (text: string, italic = false): TextRun => ({
  kind: 'text',
  text,
  bold: false,
  italic,
  underline: false,
  strike: false,
  href: null,
});
