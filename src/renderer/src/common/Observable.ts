export interface Observable<T> {
  get: () => T;
  /** Returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

/** A value that tells its subscribers when it changes to something else. */
export class ObservableValue<T> implements Observable<T> {
  private readonly listeners = new Set<() => void>();

  constructor(
    private value: T,
    private readonly same: (a: T, b: T) => boolean = Object.is,
  ) {}

  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: T): void {
    if (this.same(this.value, value)) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}
