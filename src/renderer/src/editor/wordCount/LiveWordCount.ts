import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { wordCountOfDoc } from '@shared/editor/wordCount/wordCountOfDoc';
import type { EditorDocument } from '@shared/story/editorDocument';
import { wordCountOf } from '@shared/story/wordCount';
import type { Debounced } from '../../common/debounce';
import { debounce } from '../../common/debounce';
import type { Observable } from '../../common/Observable';

/**
 * A recount only counts the blocks an edit touched, but it still walks every block and redraws the count,
 * so it follows the body once typing pauses, and every two seconds while it goes on.
 */
const COUNT_AFTER_MS = 300;
const COUNT_AT_LEAST_EVERY_MS = 2_000;

/** The body's word count, observed by the one line that shows it. */
export class LiveWordCount implements Observable<number> {
  private count: number;
  private latest: ProseMirrorNode | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly recount: Debounced;

  constructor(initialBody: EditorDocument) {
    this.count = wordCountOf(initialBody);
    this.recount = debounce(() => this.countLatest(), COUNT_AFTER_MS, COUNT_AT_LEAST_EVERY_MS);
  }

  readonly get = (): number => this.count;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly update = (body: ProseMirrorNode): void => {
    this.latest = body;
    this.recount.schedule();
  };

  stop(): void {
    this.recount.cancel();
  }

  private countLatest(): void {
    if (!this.latest) return;
    const count = wordCountOfDoc(this.latest);
    if (count === this.count) return;
    this.count = count;
    for (const listener of this.listeners) listener();
  }
}
