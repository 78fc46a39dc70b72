import type { CopydeskApi } from '@shared/contract/api';
import type { Channel } from '@shared/contract/channels';
import type { ContractOutput, ParsedInput } from '@shared/contract/contract';
import { contract } from '@shared/contract/contract';
import { bodyProblem } from '@shared/editor/validateBody';
import type { EditorNodeJson } from '@shared/story/editorDocument';
import type { ContractError, Result } from '@shared/contract/result';
import { fail, ok } from '@shared/contract/result';
import type { SearchState } from '@shared/contract/querySchemas';
import type { LibraryStatus, RevisionSummary } from '@shared/contract/schemas';
import { newDraft } from '@shared/story/newDraft';
import type { Story, StoryDraft } from '@shared/story/story';
import { summarize } from '@shared/story/summarize';
import { wordCountOf } from '@shared/story/wordCount';
import { fakeExportApi, fakeFolderApi } from './fakeExports';
import { fakeImportApi } from './fakeImports';
import { facetsOf, queryStories } from './fakeQuery';

export interface Call {
  channel: Channel;
  input: unknown;
}

type Override = (handle: () => Result<unknown>) => Result<unknown> | Promise<Result<unknown>>;

/**
 * An in-memory library behaving like main's: revisions, conflicts on a stale base revision,
 * trash and purge rules. Tests can make the next call on a channel fail or hang.
 */
export class FakeLibrary {
  readonly calls: Call[] = [];
  private readonly stories = new Map<string, Story>();
  private readonly revisions = new Map<string, Story[]>();
  private readonly overrides = new Map<Channel, Override[]>();
  private clock = Date.parse('2026-03-02T09:00:00.000Z');
  private ids = 0;
  status: LibraryStatus = {
    path: '/home/desk/Copydesk',
    activeCount: 0,
    trashCount: 0,
    quarantined: [],
    indexRebuilt: false,
  };

  readonly api: CopydeskApi = {
    story: {
      create: (input) => this.answer('story:create', input, ({ draft }) => ok(this.create(draft))),
      get: (input) => this.answer('story:get', input, ({ id }) => this.find(id)),
      save: (input) =>
        this.answer('story:save', input, ({ id, baseRevision, draft }) => this.save(id, baseRevision, draft)),
      list: (input) =>
        this.answer('story:list', input, ({ view, offset, limit }) => {
          const matching = [...this.stories.values()]
            .filter((story) => (view === 'trash') === (story.trashedAt !== null))
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
          return ok({ total: matching.length, items: matching.slice(offset, offset + limit).map(summarize) });
        }),
      query: (input) =>
        this.answer('story:query', input, (query) =>
          ok(queryStories(this.stories.values(), query, this.searchState)),
        ),
      duplicate: (input) =>
        this.answer('story:duplicate', input, ({ id }) => {
          const found = this.stories.get(id);
          if (!found) return this.missing();
          return ok(this.create({ ...found, headline: `${found.headline} (copy)`, slug: '' }));
        }),
      trash: (input) => this.answer('story:trash', input, ({ id }) => this.setTrashed(id, true)),
      restore: (input) => this.answer('story:restore', input, ({ id }) => this.setTrashed(id, false)),
      purge: (input) =>
        this.answer('story:purge', input, ({ id }) => {
          const found = this.stories.get(id);
          if (!found) return this.missing();
          if (found.trashedAt === null)
            return fail('invalid-input', 'Only a story in the trash can be purged.');
          this.stories.delete(id);
          return ok({ id });
        }),
    },
    revision: {
      list: (input) =>
        this.answer('revision:list', input, ({ id }) => {
          const history = this.revisions.get(id);
          return history ? ok(history.map(revisionSummary)) : this.missing();
        }),
      get: (input) =>
        this.answer('revision:get', input, ({ id, revision }) => {
          const found = this.revisions.get(id)?.find((story) => story.revision === revision);
          return found ? ok(found) : this.missing();
        }),
      restore: (input) =>
        this.answer('revision:restore', input, ({ id, revision, baseRevision }) => {
          const found = this.revisions.get(id)?.find((story) => story.revision === revision);
          return found ? this.save(id, baseRevision, found) : this.missing();
        }),
    },
    library: {
      status: (input) => this.answer('library:status', input, () => ok(this.status)),
      facets: (input) =>
        this.answer('library:facets', input, ({ view }) => ok(facetsOf(this.stories.values(), view))),
    },
    export: fakeExportApi(
      (channel, input, handle) => this.answer(channel, input, handle),
      (id) => this.stories.get(id),
    ),
    import: fakeImportApi(
      (channel, input, handle) => this.answer(channel, input, handle),
      (draft) => this.create(draft),
      () => this.dialogFiles,
    ),
    folder: fakeFolderApi(
      (channel, input, handle) => this.answer(channel, input, handle),
      () => this.chosenFolder,
    ),
  };

  /** What `story:query` reports about the search index. */
  searchState: SearchState = { state: 'ready', done: 0, total: 0 };

  /** The files the import dialog offers, name → text; undefined when there is no dialog. */
  dialogFiles: Map<string, string> | undefined = undefined;

  /** What the folder picker answers; undefined when there is none, as in the browser harness. */
  chosenFolder: string | null | undefined = undefined;

  add(draft: Partial<StoryDraft> = {}): Story {
    return this.create(draft);
  }

  addTrashed(draft: Partial<StoryDraft> = {}): Story {
    const story = this.create(draft);
    this.setTrashed(story.id, true);
    return this.stories.get(story.id)!;
  }

  story(id: string): Story | undefined {
    return this.stories.get(id);
  }

  /** Someone else saves the story, so the renderer's base revision goes stale. */
  saveElsewhere(id: string, changes: Partial<StoryDraft>): Story {
    const current = this.stories.get(id)!;
    const result = this.save(id, current.revision, { ...current, ...changes });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  failNext(channel: Channel, error: ContractError): void {
    this.queue(channel, () => ({ ok: false, error }));
  }

  /** The next call on the channel waits until the returned function is called. */
  holdNext(channel: Channel): () => void {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.queue(channel, async (handle) => {
      await released;
      return handle();
    });
    return release;
  }

  callsOf(channel: Channel): unknown[] {
    return this.calls.filter((call) => call.channel === channel).map((call) => call.input);
  }

  private queue(channel: Channel, override: Override): void {
    const queued = this.overrides.get(channel) ?? [];
    queued.push(override);
    this.overrides.set(channel, queued);
  }

  /** Validates input as main does, so a renderer that sends a malformed call fails here too. */
  private async answer<C extends Channel>(
    channel: C,
    input: unknown,
    handle: (parsed: ParsedInput<C>) => Result<ContractOutput<C>>,
  ): Promise<Result<ContractOutput<C>>> {
    this.calls.push({ channel, input: structuredClone(input) });
    const run = (): Result<ContractOutput<C>> => {
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success)
        return fail('invalid-input', `The ${channel} call was refused: ${parsed.error.message}`);
      const body = (parsed.data as { draft?: { body?: EditorNodeJson } }).draft?.body;
      const problem = body ? bodyProblem(body) : null;
      if (problem) return fail('invalid-input', `The story body does not fit the story schema: ${problem}`);
      return handle(parsed.data as ParsedInput<C>);
    };
    const override = this.overrides.get(channel)?.shift();
    const result = override ? await override(run) : run();
    return structuredClone(result) as Result<ContractOutput<C>>;
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private create(draft: Partial<StoryDraft>): Story {
    this.ids += 1;
    const now = this.tick();
    const fields = { ...newDraft(), ...pickDraft(draft) };
    const story: Story = {
      ...fields,
      id: `00000000-0000-4000-8000-${String(this.ids).padStart(12, '0')}`,
      createdAt: now,
      updatedAt: now,
      wordCount: wordCountOf(fields.body),
      revision: 1,
      trashedAt: null,
    };
    this.stories.set(story.id, story);
    this.revisions.set(story.id, [story]);
    return story;
  }

  private save(id: string, baseRevision: number, draft: StoryDraft): Result<Story> {
    const current = this.stories.get(id);
    if (!current) return this.missing();
    if (current.revision !== baseRevision) {
      return fail('conflict', `The story is at revision ${current.revision}, not ${baseRevision}.`);
    }
    const fields = pickDraft(draft);
    const saved: Story = {
      ...current,
      ...fields,
      updatedAt: this.tick(),
      wordCount: wordCountOf(fields.body),
      revision: current.revision + 1,
    };
    this.stories.set(id, saved);
    this.revisions.get(id)!.push(saved);
    return ok(saved);
  }

  private setTrashed(id: string, trashed: boolean) {
    const current = this.stories.get(id);
    if (!current) return this.missing();
    const updated: Story = { ...current, trashedAt: trashed ? this.tick() : null };
    this.stories.set(id, updated);
    return ok(summarize(updated));
  }

  private find(id: string): Result<Story> {
    const found = this.stories.get(id);
    return found ? ok(found) : this.missing();
  }

  private missing(): Result<never> {
    return fail('not-found', 'There is no such story in the library.');
  }
}

function revisionSummary(story: Story): RevisionSummary {
  return {
    revision: story.revision,
    savedAt: story.updatedAt,
    headline: story.headline,
    wordCount: story.wordCount,
  };
}

function pickDraft(source: Partial<StoryDraft>): StoryDraft {
  const base = newDraft();
  const draft = { ...base };
  for (const key of Object.keys(base) as (keyof StoryDraft)[]) {
    if (source[key] !== undefined) Object.assign(draft, { [key]: source[key] });
  }
  return draft;
}
