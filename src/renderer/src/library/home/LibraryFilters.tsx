import { useId } from 'react';
import type { LibraryFacets, StoryFilters } from '@shared/contract/querySchemas';
import type { StoryStatus } from '@shared/story/story';
import { STORY_STATUSES } from '@shared/story/story';
import { STATUS_LABELS } from '../statusLabel';
import { NO_FILTERS } from '@shared/contract/querySchemas';
import { hasFilters } from './libraryQuery';

interface LibraryFiltersProps {
  filters: StoryFilters;
  facets: LibraryFacets;
  onChange: (filters: StoryFilters) => void;
}

function toggled(statuses: StoryStatus[], status: StoryStatus, on: boolean): StoryStatus[] {
  const without = statuses.filter((entry) => entry !== status);
  return on ? STORY_STATUSES.filter((entry) => entry === status || without.includes(entry)) : without;
}

export function LibraryFilters({ filters, facets, onChange }: LibraryFiltersProps) {
  const id = useId();
  const set = (changes: Partial<StoryFilters>) => onChange({ ...filters, ...changes });

  return (
    <div className="library-filters">
      <fieldset className="status-filter">
        <legend>Status</legend>
        {STORY_STATUSES.map((status) => (
          <span key={status} className="check">
            <input
              id={`${id}-status-${status}`}
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={(event) => set({ statuses: toggled(filters.statuses, status, event.target.checked) })}
            />
            <label htmlFor={`${id}-status-${status}`}>{STATUS_LABELS[status]}</label>
          </span>
        ))}
      </fieldset>
      <label htmlFor={`${id}-section`}>Section</label>
      <select
        id={`${id}-section`}
        value={filters.section}
        onChange={(event) => set({ section: event.target.value })}
      >
        <option value="">Any section</option>
        {facets.sections.map((section) => (
          <option key={section} value={section}>
            {section}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-keyword`}>Keyword</label>
      <select
        id={`${id}-keyword`}
        value={filters.keyword}
        onChange={(event) => set({ keyword: event.target.value })}
      >
        <option value="">Any keyword</option>
        {facets.keywords.map((keyword) => (
          <option key={keyword} value={keyword}>
            {keyword}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-byline`}>Byline</label>
      <input
        id={`${id}-byline`}
        type="text"
        list={`${id}-bylines`}
        value={filters.byline}
        maxLength={200}
        onChange={(event) => set({ byline: event.target.value })}
      />
      <datalist id={`${id}-bylines`}>
        {facets.bylines.map((byline) => (
          <option key={byline} value={byline} />
        ))}
      </datalist>
      <label htmlFor={`${id}-from`}>Changed from</label>
      <input
        id={`${id}-from`}
        type="date"
        value={filters.changedFrom ?? ''}
        onChange={(event) => set({ changedFrom: event.target.value || null })}
      />
      <label htmlFor={`${id}-to`}>Changed to</label>
      <input
        id={`${id}-to`}
        type="date"
        value={filters.changedTo ?? ''}
        onChange={(event) => set({ changedTo: event.target.value || null })}
      />
      <button
        type="button"
        className="quiet"
        disabled={!hasFilters(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        Clear filters
      </button>
    </div>
  );
}
