import { ImportError } from '../ImportError';

/** The error for XML of another kind: "The file is XML but not NITF: its root element is <rss>." */
export function wrongRoot(formatName: string, rootName: string, more = ''): ImportError {
  return new ImportError(
    'wrong-format',
    `The file is XML but not ${formatName}: its root element is <${rootName}>${more}.`,
  );
}
