import type { RefObject } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { draftOf } from '@shared/story/draftOf';
import type { EditorDocument } from '@shared/story/editorDocument';
import type { Story, StoryDraft } from '@shared/story/story';
import { slugForHeadline } from './slugForHeadline';

/** Everything the writer edits except the body, which the body editor owns once it has loaded it. */
export type StoryMetadata = Omit<StoryDraft, 'body'>;

export interface OpenStory {
  /** As the library last returned it: its revision is the base of the next save. */
  story: Story;
  /** What the writer sees, edits included. */
  metadata: StoryMetadata;
  /** The body as loaded. Later edits live in the draft's ref only: see `editBody`. */
  initialBody: EditorDocument;
  /** Changes whenever the editor must start over from `initialBody`. */
  loadId: number;
  focusHeadline: boolean;
}

export interface StoryDraftHolder {
  current: OpenStory | null;
  /** The freshest state, for saves and loads that finish after a render went stale. */
  latest: RefObject<OpenStory | null>;
  load: (story: Story, focusHeadline: boolean) => void;
  unload: () => void;
  /** False when nothing changed: the story is read-only, or the fields already held these values. */
  editMetadata: (changes: Partial<StoryMetadata>) => boolean;
  editBody: (body: ProseMirrorNode) => boolean;
  toDraft: () => StoryDraft | null;
  markSaved: (story: Story) => void;
}

function metadataOf(story: Story): StoryMetadata {
  const { body: _body, ...metadata } = draftOf(story);
  return metadata;
}

function editable(open: OpenStory | null): open is OpenStory {
  return open !== null && open.story.trashedAt === null;
}

function changesAnything(metadata: StoryMetadata, changes: Partial<StoryMetadata>): boolean {
  return Object.entries(changes).some(
    ([field, value]) => JSON.stringify(value) !== JSON.stringify(metadata[field as keyof StoryMetadata]),
  );
}

export function useStoryDraft(): StoryDraftHolder {
  const [current, setCurrent] = useState<OpenStory | null>(null);
  const latest = useRef<OpenStory | null>(null);
  // Kept out of React state on purpose: re-rendering the app on every keystroke of a long story is what
  // would make typing slow. Saves read it when they go out, and only then serialize the edited document.
  const latestBody = useRef<(() => EditorDocument) | null>(null);
  const loads = useRef(0);

  const commit = useCallback((next: OpenStory | null) => {
    latest.current = next;
    setCurrent(next);
  }, []);

  const load = useCallback(
    (story: Story, focusHeadline: boolean) => {
      loads.current += 1;
      latestBody.current = () => story.body;
      commit({
        story,
        metadata: metadataOf(story),
        initialBody: story.body,
        loadId: loads.current,
        focusHeadline,
      });
    },
    [commit],
  );

  const unload = useCallback(() => {
    latestBody.current = null;
    commit(null);
  }, [commit]);

  const editMetadata = useCallback(
    (changes: Partial<StoryMetadata>) => {
      const open = latest.current;
      if (!editable(open) || !changesAnything(open.metadata, changes)) return false;
      const metadata = { ...open.metadata, ...changes };
      if (changes.headline !== undefined && changes.slug === undefined) {
        metadata.slug = slugForHeadline(open.metadata.headline, open.metadata.slug, changes.headline);
      }
      commit({ ...open, metadata });
      return true;
    },
    [commit],
  );

  const editBody = useCallback((body: ProseMirrorNode) => {
    if (!editable(latest.current)) return false;
    latestBody.current = () => body.toJSON() as EditorDocument;
    return true;
  }, []);

  const toDraft = useCallback((): StoryDraft | null => {
    const open = latest.current;
    return open && latestBody.current ? { ...open.metadata, body: latestBody.current() } : null;
  }, []);

  const markSaved = useCallback(
    (story: Story) => {
      const open = latest.current;
      if (open?.story.id === story.id) commit({ ...open, story });
    },
    [commit],
  );

  return useMemo(
    () => ({ current, latest, load, unload, editMetadata, editBody, toDraft, markSaved }),
    [current, load, unload, editMetadata, editBody, toDraft, markSaved],
  );
}
