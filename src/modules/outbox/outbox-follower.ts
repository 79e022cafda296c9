import type { ContentEventType } from './content-event.entity.js';

/** What a follower needs of the outbox (OutboxService): its commit signal and its head. */
export interface OutboxHead {
  onCommit(listener: () => void): () => void;
  /** Keeps a wake for the end of a bulk write under way (true), or says to wake now (false). */
  held(wake: () => void): boolean;
  lastEventId(types?: readonly ContentEventType[]): Promise<string>;
}

export interface FollowOptions {
  /** Called after every content commit of this instance ('commit'), and every `pollMs` when given ('poll'). */
  wake: (cause: 'commit' | 'poll') => void;
  /**
   * Also wake this often, to notice the commits of other instances sharing the database (which send no in-process
   * signal): the follower then compares `position()` with what it has seen.
   */
  pollMs?: number;
  /** Woken at every commit even during a bulk write (OutboxService.bulk), which holds the others' wakes until later. */
  immediate?: boolean;
  /** The event types that matter to the follower (all when omitted): `position()` counts only those. */
  types?: readonly ContentEventType[];
}

/**
 * The one way to follow the outbox for state kept in memory and derived from content (caches, models): woken at
 * once by this instance's commits, and by polling for other instances' when asked to. Durable consumers that must
 * apply every event once (search indexing, webhooks) build on it through OutboxRelay, which adds a stored cursor
 * and a lease.
 */
export class OutboxFollower {
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly outbox: OutboxHead,
    private readonly options: FollowOptions,
  ) {
    // One function per follower, so that a bulk write holds it once however many commits it makes.
    const wakeLater = () => options.wake('commit');
    const wake = (cause: 'commit' | 'poll') => {
      if (options.immediate || !outbox.held(wakeLater)) options.wake(cause);
    };
    this.unsubscribe = outbox.onCommit(() => wake('commit'));
    if (options.pollMs !== undefined) {
      this.timer = setInterval(() => wake('poll'), options.pollMs);
      this.timer.unref();
    }
  }

  /** The id of the last committed event of the followed types ('0' when there is none). */
  position(): Promise<string> {
    return this.outbox.lastEventId(this.options.types);
  }

  stop(): void {
    this.unsubscribe();
    clearInterval(this.timer);
  }
}
