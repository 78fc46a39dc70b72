import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface StoryOnDisk {
  file: string;
  headline: string;
  /** Every text node of the body, joined, so a check does not depend on how paragraphs nest. */
  bodyText: string;
  trashedAt: string | null;
}

interface NodeJson {
  text?: string;
  content?: NodeJson[];
}

function textOf(node: NodeJson | undefined): string {
  if (!node) return '';
  return (node.text ?? '') + (node.content ?? []).map(textOf).join(' ');
}

/** Reads `<library>/stories/*.json` straight from disk, bypassing the app, to prove a save really landed. */
export async function readStoriesOnDisk(libraryDir: string): Promise<StoryOnDisk[]> {
  const folder = join(libraryDir, 'stories');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  return Promise.all(
    names.map(async (name) => {
      const story = JSON.parse(await readFile(join(folder, name), 'utf8')) as {
        headline: string;
        body: NodeJson;
        trashedAt: string | null;
      };
      return {
        file: name,
        headline: story.headline,
        bodyText: textOf(story.body),
        trashedAt: story.trashedAt,
      };
    }),
  );
}

/** The one story file with this headline; fails when there is none or more than one. */
export async function storyOnDisk(libraryDir: string, headline: string): Promise<StoryOnDisk> {
  const matches = (await readStoriesOnDisk(libraryDir)).filter((story) => story.headline === headline);
  if (matches.length !== 1 || !matches[0]) {
    throw new Error(`Expected one story file headed "${headline}" on disk, found ${matches.length}.`);
  }
  return matches[0];
}
