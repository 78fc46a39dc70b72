import { ReactNodeViewRenderer } from '@tiptap/react';
import { Dateline } from '@shared/editor/nodes/dateline';
import { DatelineView } from './DatelineView';

/** The dateline edited in place: `City`, `Region`, `Date`, `Source`. */
export const DatelineWithView = Dateline.extend({
  addNodeView: () => ReactNodeViewRenderer(DatelineView),
});
