export type LibraryView = 'active' | 'trash';

export const VIEW_LABELS: Record<LibraryView, string> = { active: 'Stories', trash: 'Trash' };
