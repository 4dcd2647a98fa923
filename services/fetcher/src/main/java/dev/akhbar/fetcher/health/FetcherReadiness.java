package dev.akhbar.fetcher.health;

import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.state.IndexedSeenStore;
import dev.akhbar.fetcher.state.SeenStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says why the fetcher waits: the seen-set is still being read back from its topic, or
 * writes to Kafka wait for the broker. Waiting is not a fault: liveness stays up, and the fetcher
 * resumes by itself.
 */
@Readiness
@ApplicationScoped
public class FetcherReadiness implements HealthCheck {
  @Inject SeenStore seen;
  @Inject DurableWrites writes;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder r = HealthCheckResponse.named("akhbar-fetcher").up();
    if (seen instanceof IndexedSeenStore indexed) {
      IndexedSeenStore.Status s = indexed.status();
      r.withData("seenPages", s.pages()).withData("seenIndexOffHeapBytes", s.offHeapBytes());
      if (!s.loaded()) {
        r.down()
            .withData(
                "waiting",
                s.waiting() != null
                    ? s.waiting()
                    : "loading the seen-set: " + s.records() + " records read");
      }
    }
    DurableWrites.Status w = writes.status();
    r.withData("pendingWrites", w.pending());
    if (w.waiting()) {
      r.down()
          .withData("waiting", "Kafka: " + w.reason())
          .withData("waitingSince", w.since().toString());
    }
    return r.build();
  }
}
