package dev.akhbar.enricher.kafka;

import dev.akhbar.enricher.stories.StoryIndex;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Rebuilds the {@link StoryIndex} from the enriched-articles topic, which already holds every
 * article's story id: at startup it reads the window (by record time) up to the end offsets before
 * the enricher takes its first message, then keeps following the topic in the background so that
 * articles enriched by other instances are known too. No consumer group: every instance reads every
 * partition and commits nothing. The consumer comes from the service (built with the same
 * connection settings as its channels, SASL and TLS included); a broker outage while following only
 * pauses it.
 */
public final class StoryReplay implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(StoryReplay.class);

  private final StoryIndex index;
  private final String topic;
  private final Supplier<Consumer<String, String>> consumers;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private volatile Consumer<String, String> following;
  private Thread follower;

  public StoryReplay(StoryIndex index, Supplier<Consumer<String, String>> consumers, String topic) {
    this.index = index;
    this.consumers = consumers;
    this.topic = topic;
  }

  /**
   * Reads the topic from {@code now - window} to its current end, blocking; returns the records
   * restored. Then, if {@code follow}, keeps reading in a daemon thread.
   */
  public int catchUp(Duration window, Duration timeout, boolean follow) {
    Consumer<String, String> consumer = consumers.get();
    int restored = 0;
    try {
      List<TopicPartition> partitions = partitions(consumer, timeout);
      consumer.assign(partitions);
      long from = Instant.now().minus(window).toEpochMilli();
      Map<TopicPartition, Long> times = new HashMap<>();
      partitions.forEach(p -> times.put(p, from));
      Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times, timeout);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
      // No more than the index keeps: the most recent articles of the window.
      long perPartition = Math.max(1, index.maxArticles() / Math.max(1, partitions.size()));
      for (TopicPartition p : partitions) {
        OffsetAndTimestamp o = starts.get(p);
        long windowStart = o == null ? ends.get(p) : o.offset();
        consumer.seek(p, Math.max(windowStart, ends.get(p) - perPartition));
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!reachedEnd(consumer, ends) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          restored += restore(r);
        }
      }
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
    LOG.infof("Story index restored %d articles from %s", restored, topic);
    if (follow) {
      following = consumer;
      follower = Thread.ofPlatform().daemon().name("story-replay").start(() -> follow(consumer));
    } else {
      consumer.close();
    }
    return restored;
  }

  private List<TopicPartition> partitions(Consumer<String, String> consumer, Duration timeout) {
    return consumer.partitionsFor(topic, timeout).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
  }

  private void follow(Consumer<String, String> consumer) {
    try (consumer) {
      while (running.get()) {
        try {
          if (consumer.assignment().isEmpty()) {
            // the topic did not exist yet at startup: pick it up from its beginning once it does
            List<TopicPartition> partitions = partitions(consumer, Duration.ofSeconds(5));
            if (partitions.isEmpty()) {
              sleepQuietly(Duration.ofSeconds(5));
              continue;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
          }
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
            restore(r);
          }
        } catch (WakeupException | InterruptException e) {
          return; // closing
        } catch (RuntimeException e) {
          // the broker is away or the metadata is stale: wait and go on where we were
          LOG.warnf("Story replay of %s waits: %s", topic, e.getMessage());
          sleepQuietly(Duration.ofSeconds(5));
        }
      }
    }
  }

  private void sleepQuietly(Duration d) {
    long deadline = System.nanoTime() + d.toNanos();
    while (running.get() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
    }
  }

  private int restore(ConsumerRecord<String, String> r) {
    if (r.key() != null && index.contains(r.key())) {
      return 0; // enriched here (or already replayed): no need to decode and hash it again
    }
    try {
      EnrichedArticle a = EventCodec.read(r.value(), EnrichedArticle.class);
      index.restore(
          a.id(),
          a.enrichment().storyId(),
          a.article().title() + "\n" + a.article().body(),
          Instant.ofEpochMilli(r.timestamp()));
      return 1;
    } catch (RuntimeException e) {
      return 0; // not ours to judge: the indexer dead-letters bad enriched records
    }
  }

  private static boolean reachedEnd(Consumer<String, String> c, Map<TopicPartition, Long> ends) {
    for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
      if (c.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    running.set(false);
    Consumer<String, String> c = following;
    if (c != null) {
      c.wakeup();
    }
    if (follower != null) {
      try {
        follower.join(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
