import type { KeyboardEvent } from 'react';
import { useId } from 'react';
import { SelectField } from '../common/SelectField';
import { TextAreaField } from '../common/TextAreaField';
import type { StoryMetadata } from '../editor/useStoryDraft';
import { BylinesField } from './BylinesField';
import { EmbargoField } from './EmbargoField';
import { KeywordsField } from './KeywordsField';
import { LanguageField } from './LanguageField';
import { LengthTargetField } from './LengthTargetField';
import { PRIORITY_OPTIONS } from './priorities';
import { QuoteList } from './QuoteList';
import { SectionField } from './SectionField';
import { SlugField } from './SlugField';
import { STATUS_OPTIONS } from './statusOptions';

interface MetadataPanelProps {
  id: string;
  metadata: StoryMetadata;
  readOnly: boolean;
  /** Docked beside the body on a wide screen; otherwise it lies over the body until closed. */
  docked: boolean;
  onEdit: (changes: Partial<StoryMetadata>) => void;
  onClose: () => void;
}

export function MetadataPanel({ id, metadata, readOnly, docked, onEdit, onClose }: MetadataPanelProps) {
  const headingId = useId();

  function closeOnEscape(event: KeyboardEvent) {
    if (docked || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  }

  return (
    <aside
      id={id}
      className={docked ? 'metadata-panel docked' : 'metadata-panel overlay'}
      aria-labelledby={headingId}
      onKeyDown={closeOnEscape}
    >
      <h2 id={headingId} className="metadata-title">
        Story details
      </h2>
      <div className="metadata-pair">
        <SelectField
          label="Status"
          value={metadata.status}
          options={STATUS_OPTIONS}
          disabled={readOnly}
          onChange={(status) => onEdit({ status })}
        />
        <SelectField
          label="Priority"
          value={metadata.priority}
          options={PRIORITY_OPTIONS}
          disabled={readOnly}
          onChange={(priority) => onEdit({ priority })}
        />
      </div>
      <SectionField
        section={metadata.section}
        readOnly={readOnly}
        onChange={(section) => onEdit({ section })}
      />
      <SlugField
        slug={metadata.slug}
        headline={metadata.headline}
        readOnly={readOnly}
        onChange={(slug) => onEdit({ slug })}
      />
      <BylinesField
        bylines={metadata.bylines}
        readOnly={readOnly}
        onChange={(bylines) => onEdit({ bylines })}
      />
      <KeywordsField
        keywords={metadata.keywords}
        readOnly={readOnly}
        onChange={(keywords) => onEdit({ keywords })}
      />
      <div className="metadata-pair">
        <LanguageField
          language={metadata.language}
          readOnly={readOnly}
          onChange={(language) => onEdit({ language })}
        />
        <LengthTargetField
          target={metadata.targetWords}
          readOnly={readOnly}
          onChange={(targetWords) => onEdit({ targetWords })}
        />
      </div>
      <EmbargoField
        embargo={metadata.embargo}
        readOnly={readOnly}
        onChange={(embargo) => onEdit({ embargo })}
      />
      <TextAreaField
        label="Notes for the desk"
        value={metadata.editorNotes}
        readOnly={readOnly}
        maxLength={100_000}
        placeholder="Sources to check, holds, anything the editor should know"
        onChange={(editorNotes) => onEdit({ editorNotes })}
      />
      <QuoteList quotes={metadata.quotes} />
    </aside>
  );
}
