import type { KeyboardEvent } from 'react';
import type { LibraryView } from './libraryView';
import { VIEW_LABELS } from './libraryView';

const VIEWS: LibraryView[] = ['active', 'trash'];

interface ViewTabsProps {
  view: LibraryView;
  panelId: string;
  tabId: (view: LibraryView) => string;
  onChange: (view: LibraryView) => void;
}

export function ViewTabs({ view, panelId, tabId, onChange }: ViewTabsProps) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length]!;
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  }

  return (
    <div className="view-tabs" role="tablist" aria-label="Library views">
      {VIEWS.map((option) => (
        <button
          key={option}
          id={tabId(option)}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={option === view}
          aria-controls={panelId}
          tabIndex={option === view ? 0 : -1}
          onClick={() => onChange(option)}
          onKeyDown={onKeyDown}
        >
          {VIEW_LABELS[option]}
        </button>
      ))}
    </div>
  );
}
