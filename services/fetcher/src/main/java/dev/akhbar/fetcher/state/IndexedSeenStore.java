package dev.akhbar.fetcher.state;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.durable.DurableWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * The seen-set as a compact index over a durable {@link SeenLog}: page fingerprints and times in an
 * off-heap {@link PageIndex}, feed states (a few thousand) in a map. {@link #start()} rebuilds the
 * index from the log in the background; every lookup and change waits until it is complete, so no
 * decision is taken on a partial set. Changes are written to the log first (waiting out an outage,
 * {@link DurableWrites}), then to the index.
 */
public class IndexedSeenStore implements SeenStore {
  private static final Logger LOG = Logger.getLogger(IndexedSeenStore.class);

  /**
   * How far the rebuild is.
   *
   * @param loaded whether lookups can be answered
   * @param records records read from the log so far
   * @param pages pages in the index
   * @param waiting why the rebuild waits (the log cannot be read), or null
   * @param offHeapBytes direct memory held by the index
   */
  public record Status(
      boolean loaded, long records, int pages, String waiting, long offHeapBytes) {}

  private final SeenLog log;
  private final DurableWrites writes;
  private final PageIndex pages;
  private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
  private final CountDownLatch loaded = new CountDownLatch(1);
  private final LongAdder records = new LongAdder();
  private volatile String waiting;
  private volatile Thread loader;

  /**
   * @param expectedPages pages the index is first sized for (it grows beyond)
   */
  public IndexedSeenStore(SeenLog log, DurableWrites writes, int expectedPages) {
    this.log = log;
    this.writes = writes;
    this.pages = new PageIndex(expectedPages);
  }

  /** Rebuilds the index from the log on a background thread; retries while the log is down. */
  public IndexedSeenStore start() {
    loader = Thread.ofPlatform().name("akhbar-seen-loader").daemon().start(this::load);
    return this;
  }

  /** Rebuilds the index now, on this thread (a log that cannot be read is an error). */
  public IndexedSeenStore loadNow() {
    log.replay(this::apply);
    loaded.countDown();
    return this;
  }

  private void load() {
    long started = System.nanoTime();
    Duration pause = Duration.ofSeconds(1);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        records.reset();
        long read = log.replay(this::apply);
        waiting = null;
        loaded.countDown();
        LOG.infof(
            "Seen-set loaded: %d pages, %d feeds from %d records in %d ms (index: %d MiB off-heap)",
            pages.size(),
            feeds.size(),
            read,
            Duration.ofNanos(System.nanoTime() - started).toMillis(),
            pages.offHeapBytes() >> 20);
        return;
      } catch (RuntimeException e) {
        waiting = "cannot read the seen-set: " + e.getMessage();
        LOG.warnf("Seen-set not loaded yet (%s); trying again in %s", e.getMessage(), pause);
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException ie) {
          return;
        }
        pause =
            pause.multipliedBy(2).compareTo(Duration.ofSeconds(15)) > 0
                ? Duration.ofSeconds(15)
                : pause.multipliedBy(2);
      }
    }
  }

  /** Applies one record of the log to the index (thread-safe: partitions are read in parallel). */
  void apply(byte[] key, byte[] value) {
    records.increment();
    if (key == null) {
      return;
    }
    try {
      if (SeenRecords.isFeedKey(key)) {
        String k = new String(key, StandardCharsets.UTF_8);
        if (value == null) {
          feeds.remove(k);
        } else {
          feeds.put(k, SeenRecords.feed(value));
        }
        return;
      }
      long fp = PageIndex.fingerprint(key);
      if (fp == 0) {
        return;
      }
      if (value == null) {
        pages.remove(fp);
      } else {
        pages.put(fp, SeenRecords.pageTime(value));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warnf(
          "Ignoring an unreadable seen record %s: %s",
          new String(key, StandardCharsets.UTF_8), e.getMessage());
    }
  }

  public Status status() {
    return new Status(
        loaded.getCount() == 0, records.sum(), pages.size(), waiting, pages.offHeapBytes());
  }

  private void awaitLoaded() {
    try {
      loaded.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DurableWrites.Aborted("the seen-set (interrupted while it loads)");
    }
  }

  @Override
  public boolean contains(Url url) {
    awaitLoaded();
    return pages.get(PageIndex.fingerprint(url.articleId())) != PageIndex.MISSING;
  }

  @Override
  public boolean isNewOrChanged(Url url, Instant marker) {
    awaitLoaded();
    int seenAt = pages.get(PageIndex.fingerprint(url.articleId()));
    if (seenAt == PageIndex.MISSING) {
      return true;
    }
    return marker != null && SeenRecords.floorSeconds(marker) > seenAt;
  }

  @Override
  public void markPage(Url url, Instant fetchedAt, Instant marker) {
    awaitLoaded();
    String key = url.articleId();
    String value = SeenRecords.pageValue(fetchedAt, marker);
    writes.write("seen mark " + key, () -> log.append(key, value));
    pages.put(
        PageIndex.fingerprint(key), SeenRecords.ceilSeconds(marker != null ? marker : fetchedAt));
  }

  @Override
  public Optional<Feed> feed(Url url) {
    awaitLoaded();
    return Optional.ofNullable(feeds.get(SeenRecords.FEED_PREFIX + url.articleId()));
  }

  @Override
  public void saveFeed(Url url, Feed feed) {
    awaitLoaded();
    String key = SeenRecords.FEED_PREFIX + url.articleId();
    String value = SeenRecords.feedValue(url.toString(), feed);
    writes.write("feed state " + key, () -> log.append(key, value));
    feeds.put(key, feed);
  }

  @Override
  public void close() {
    Thread t = loader;
    if (t != null) {
      t.interrupt();
    }
    log.close();
  }
}
