package dev.akhbar.indexer.it;

import dev.akhbar.events.EnrichedArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Events produced at a steady pace on a thread of their own, while a fault is on. */
final class EventStream implements AutoCloseable {
  private final List<EnrichedArticle> sent = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile RuntimeException failure;

  /**
   * @param count events to send
   * @param interval pause between two events
   * @param event the i-th event
   */
  EventStream(Pipeline pipeline, int count, Duration interval, IntFunction<EnrichedArticle> event) {
    thread =
        Thread.ofPlatform()
            .name("it-event-stream")
            .daemon()
            .start(
                () -> {
                  try {
                    for (int i = 0; i < count; i++) {
                      EnrichedArticle e = event.apply(i);
                      pipeline.send(e);
                      sent.add(e);
                      TimeUnit.MILLISECONDS.sleep(interval.toMillis()); // the pace of the stream
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  } catch (RuntimeException e) {
                    failure = e;
                  }
                });
  }

  /** Waits until every event is sent; returns them. */
  List<EnrichedArticle> awaitAllSent(Duration atMost) throws InterruptedException {
    thread.join(atMost.toMillis());
    if (failure != null) {
      throw failure;
    }
    if (thread.isAlive()) {
      throw new IllegalStateException("The stream did not finish in " + atMost);
    }
    return new ArrayList<>(sent);
  }

  List<EnrichedArticle> sentSoFar() {
    return new ArrayList<>(sent);
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
