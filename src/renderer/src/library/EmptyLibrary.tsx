import type { LibraryView } from './libraryView';

const EMPTY_STATES: Record<LibraryView, { title: string; hint: string }> = {
  active: { title: 'No stories yet', hint: 'Choose “New story” to start writing.' },
  trash: {
    title: 'The trash is empty',
    hint: 'Stories you move to the trash wait here until you restore them or delete them permanently.',
  },
};

export function EmptyLibrary({ view }: { view: LibraryView }) {
  const { title, hint } = EMPTY_STATES[view];
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      <p className="empty-hint">{hint}</p>
    </div>
  );
}
