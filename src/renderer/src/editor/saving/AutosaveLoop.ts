import type { ContractError } from '@shared/contract/result';
import type { SaveStatus } from '../saveStatus';
import { SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS, retryDelay } from './autosaveTiming';
import type { SaveFailure } from './saveFailure';
import { nextFailure } from './saveFailure';

export type SaveOutcome = { ok: true } | { ok: false; error: ContractError };

interface AutosaveLoopOptions {
  /** Sends the latest draft. Never called while another save is in flight. */
  send: () => Promise<SaveOutcome>;
  onStatus: (status: SaveStatus) => void;
}

/**
 * Counts edits and saves them: a change schedules a save after a quiet moment (or the max wait), one save
 * at a time, a failed save is retried with backoff and the edits stay unsaved until one succeeds.
 * Edits made while a save is in flight are counted after it, so they go out in the next save.
 */
export class AutosaveLoop {
  private made = 0;
  private saved = 0;
  private sending = false;
  private failure: SaveFailure | null = null;
  private firstUnsavedAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  // A reset (another story, or a reload) makes a save still in flight answer for nobody.
  private generation = 0;
  private published = '';

  constructor(private readonly options: AutosaveLoopOptions) {}

  get hasUnsavedWork(): boolean {
    return this.sending || this.made !== this.saved;
  }

  changed(): void {
    this.made += 1;
    if (this.failure?.resumesOn === 'edit') this.failure = null;
    // After any other failure a pending retry, or a reload, decides when the next save goes out.
    if (this.failure === null) this.scheduleAfterEdit();
    this.publish();
  }

  /** Saves now whatever is unsaved; resolves to false if that save failed (the failure is on show). */
  flush(): Promise<boolean> {
    this.cancelTimer();
    const generation = this.generation;
    const attempt = this.queue.then(() => this.attempt(generation));
    this.queue = attempt;
    return attempt;
  }

  /** Starts over for another story, or the same one reloaded: its unsaved edits were deliberately left. */
  reset(): void {
    this.generation += 1;
    this.cancelTimer();
    this.made = 0;
    this.saved = 0;
    this.sending = false;
    this.failure = null;
    this.firstUnsavedAt = null;
    this.publish();
  }

  /** Cancels a scheduled save; the edits stay unsaved, so a later flush still sends them. */
  stop(): void {
    this.cancelTimer();
  }

  private async attempt(generation: number): Promise<boolean> {
    if (generation !== this.generation || this.made === this.saved) return true;
    const sent = this.made;
    // This save carries every edit so far, so a save scheduled for them is not needed any more.
    this.cancelTimer();
    this.firstUnsavedAt = null;
    this.sending = true;
    this.publish();
    const outcome = await this.sendSafely();
    if (generation !== this.generation) return outcome.ok;
    this.sending = false;
    if (outcome.ok) {
      this.saved = sent;
      // Edits made while a retry was in flight scheduled nothing; now that saving works they must.
      if (this.failure !== null && this.made !== sent) this.scheduleAfterEdit();
      this.failure = null;
    } else {
      this.fail(outcome.error, sent);
    }
    this.publish();
    return outcome.ok;
  }

  private fail(error: ContractError, sent: number): void {
    this.failure = nextFailure(error, this.failure);
    if (this.failure.resumesOn === 'retry') this.schedule(retryDelay(this.failure.attempts));
    // Edits typed while the refused draft was in flight may be the fix, so their save stays scheduled.
    else if (this.failure.resumesOn === 'reload' || this.made === sent) this.cancelTimer();
  }

  private async sendSafely(): Promise<SaveOutcome> {
    try {
      return await this.options.send();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message } };
    }
  }

  private scheduleAfterEdit(): void {
    this.firstUnsavedAt ??= Date.now();
    const sinceFirst = Date.now() - this.firstUnsavedAt;
    this.schedule(Math.max(0, Math.min(SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS - sinceFirst)));
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private status(): SaveStatus {
    if (this.sending) return { kind: 'saving' };
    if (this.failure) {
      return { kind: 'failed', message: this.failure.message, retrying: this.failure.resumesOn === 'retry' };
    }
    return { kind: this.made === this.saved ? 'saved' : 'unsaved' };
  }

  // Every keystroke reports a change; only a different status reaches React, so typing renders nothing.
  private publish(): void {
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.published) return;
    this.published = key;
    this.options.onStatus(status);
  }
}
