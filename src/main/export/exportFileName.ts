import type { ExportFormat } from '@shared/export/exportFormat';
import { slugSchema } from '@shared/story/story';

interface Named {
  id: string;
  slug: string;
}

/**
 * The file's base name: the slug, or `story-<id>` for a story without one. A slug is already limited to
 * lowercase letters, digits and hyphens; anything else (a hand-edited story file) falls back to the id too,
 * so no name can reach outside the export folder.
 */
export function exportBaseName(story: Named): string {
  const slug = story.slug.trim();
  return slug && slugSchema.safeParse(slug).success ? slug : `story-${story.id.replace(/[^0-9a-f-]/gi, '')}`;
}

/** Base names for a batch: two stories sharing a slug both get their id added, so neither overwrites the other. */
export function exportBaseNames(stories: readonly Named[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const story of stories)
    counts.set(exportBaseName(story), (counts.get(exportBaseName(story)) ?? 0) + 1);
  return new Map(
    stories.map((story) => {
      const base = exportBaseName(story);
      return [story.id, counts.get(base)! > 1 ? `${base}-${story.id.slice(0, 8)}` : base];
    }),
  );
}

export function exportFileName(baseName: string, format: ExportFormat): string {
  return `${baseName}${format.fileSuffix}`;
}
