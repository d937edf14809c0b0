/**
 * Per-key debouncing: a run is scheduled `delay` ms after the last request for its key; a newer
 * request replaces the pending one. Timers are injectable so that tests need no clock.
 */
export interface Timers {
  set(callback: () => void, delay: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  set: (callback, delay) => setTimeout(callback, delay),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Debouncer<Key> {
  private readonly pending = new Map<Key, unknown>();

  constructor(private readonly delay: number, private readonly timers: Timers = REAL_TIMERS) {}

  /** Runs `run` after the delay, unless another request for the same key comes first. */
  schedule(key: Key, run: () => void): void {
    this.cancel(key);
    const handle = this.timers.set(() => {
      this.pending.delete(key);
      run();
    }, this.delay);
    this.pending.set(key, handle);
  }

  cancel(key: Key): void {
    const handle = this.pending.get(key);
    if (handle === undefined) return;
    this.timers.clear(handle);
    this.pending.delete(key);
  }

  isPending(key: Key): boolean {
    return this.pending.has(key);
  }

  dispose(): void {
    for (const handle of this.pending.values()) this.timers.clear(handle);
    this.pending.clear();
  }
}

/**
 * Tells whether a run that started is still the newest for its key: an asynchronous run (reading
 * the configuration) checks this before it publishes, so that a stale run never overwrites a newer one.
 */
export class RunTracker<Key> {
  private readonly latest = new Map<Key, number>();
  private counter = 0;

  start(key: Key): number {
    const id = ++this.counter;
    this.latest.set(key, id);
    return id;
  }

  isCurrent(key: Key, id: number): boolean {
    return this.latest.get(key) === id;
  }

  /** Makes every running run for the key stale. */
  invalidate(key: Key): void {
    this.latest.set(key, ++this.counter);
  }
}
