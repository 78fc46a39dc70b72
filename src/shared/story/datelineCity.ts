import type { EditorNodeJson } from './editorDocument';

/** The dateline's city, for lists and search; a story has at most one dateline, first in the body. */
export function datelineCityOf(document: EditorNodeJson): string {
  const dateline = document.content?.find((node) => node.type === 'dateline');
  const city = dateline?.attrs?.city;
  return typeof city === 'string' ? city : '';
}
