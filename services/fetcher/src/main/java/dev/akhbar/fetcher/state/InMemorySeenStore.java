package dev.akhbar.fetcher.state;

import dev.akhbar.fetcher.durable.DurableWrites;
import java.time.Clock;

/**
 * A seen-set that lives as long as the process (unit tests, {@code
 * akhbar.fetcher.seen.store=memory}): the same index, over a log that keeps nothing.
 */
public class InMemorySeenStore extends IndexedSeenStore {
  public InMemorySeenStore() {
    super(SeenLog.NONE, DurableWrites.defaults(Clock.systemUTC()), 1024);
    loadNow();
  }
}
