/**
 * A value read from the database and reused for `ttlMs` after its read began; once older, still given at once while
 * it is read again (for at most `staleMs` more), so that no request waits for the re-read. On the embedded database a
 * read waits for the only connection: each time an API key's lookup expired, every request made with that key waited
 * behind a background transaction holding it (an analytics rollup pass, 0.3-0.6 s under load; bench/README.md,
 * session 22). A value older than `ttlMs + staleMs`, or whose re-read failed, is read again before it is given.
 */
export class Refreshed<T> {
  private current: { value: Promise<T>; until: number; settled: boolean } | undefined;
  /** The re-read under way, if any. */
  private refreshing: Promise<T> | undefined;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly ttlMs: number,
    private readonly staleMs: number,
  ) {}

  get(now = Date.now()): Promise<T> {
    const current = this.current;
    if (current && (now < current.until || !current.settled)) return current.value;
    if (current && now < current.until + this.staleMs) {
      if (!this.refreshing) this.refresh(now);
      return current.value;
    }
    return this.readNow(now);
  }

  /** Drops the value: the next `get` reads it again (a change made on this instance takes effect at once). */
  forget(): void {
    this.current = undefined;
    this.refreshing = undefined;
  }

  private readNow(now: number): Promise<T> {
    const entry = { value: this.read(), until: now + this.ttlMs, settled: false };
    this.current = entry;
    entry.value.then(
      () => (entry.settled = true),
      () => {
        if (this.current === entry) this.current = undefined;
      },
    );
    return entry.value;
  }

  private refresh(now: number): void {
    const stale = this.current;
    const value = (this.refreshing = this.read());
    const done = (read: boolean) => {
      if (this.refreshing === value) this.refreshing = undefined;
      // Unless forgotten or read again meanwhile.
      if (this.current === stale) this.current = read ? { value, until: now + this.ttlMs, settled: true } : undefined;
    };
    value.then(
      () => done(true),
      () => done(false),
    );
  }
}
