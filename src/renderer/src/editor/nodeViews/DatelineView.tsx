import { useEffect, useRef } from 'react';
import type { ReactNodeViewProps } from '@tiptap/react';
import { NodeViewWrapper } from '@tiptap/react';
import { formatDateline } from '@shared/editor/dateline/formatDateline';
import type { DatelineAttributes } from '@shared/editor/nodes/dateline';
import { BlockField } from './BlockField';
import { claimFieldFocus } from './FieldFocus';
import { handleFieldKey } from './fieldKeys';

/** The dateline as it will print, over its four fields; one per story, so React costs nothing here. */
export function DatelineView({ node, editor, getPos }: ReactNodeViewProps) {
  const attrs = node.attrs as DatelineAttributes;
  const fields = useRef<HTMLDivElement>(null);
  useEffect(() => claimFieldFocus(editor, getPos(), fields.current), [editor, getPos]);

  const edit = (attribute: string, value: string) => editor.commands.updateDateline({ [attribute]: value });
  const after = () => {
    const position = getPos();
    return position === undefined ? undefined : position + node.nodeSize;
  };

  return (
    <NodeViewWrapper className="field-block">
      <p data-type="dateline" className="block-preview">
        {formatDateline(attrs)}
      </p>
      <div
        ref={fields}
        className="block-fields"
        onKeyDown={(event) => handleFieldKey(event.nativeEvent, editor, after)}
      >
        <BlockField attribute="city" label="City" value={attrs.city} onEdit={edit} />
        <BlockField attribute="region" label="Region" value={attrs.region} onEdit={edit} />
        <BlockField attribute="date" label="Date" type="date" value={attrs.date} onEdit={edit} />
        <BlockField attribute="source" label="Source" value={attrs.source} onEdit={edit} />
      </div>
    </NodeViewWrapper>
  );
}
