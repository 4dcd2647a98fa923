package dev.akhbar.indexer;

import dev.akhbar.indexer.bulk.BulkBuffer;
import dev.akhbar.indexer.bulk.BulkStatus;
import dev.akhbar.indexer.bulk.Hold;
import dev.akhbar.indexer.deadletter.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says why the indexer waits ({@code waiting: index write block on akhbar-articles-2026
 * since ...}); liveness stays UP while it only waits, and is DOWN only if the flusher thread is
 * gone (a restart is then the cure).
 */
@ApplicationScoped
public class IndexerHealth {
  static final String NAME = "akhbar-indexer";

  @Produces
  @Readiness
  HealthCheck flowing(BulkBuffer buffer, DeadLetters deadLetters) {
    return () -> readiness(buffer.status(), deadLetters.status());
  }

  @Produces
  @Liveness
  HealthCheck flusher(BulkBuffer buffer) {
    return () ->
        HealthCheckResponse.named(NAME + " flusher")
            .status(buffer.flusherAlive())
            .withData("flusher", buffer.flusherAlive() ? "running" : "stopped: restart")
            .build();
  }

  static HealthCheckResponse readiness(BulkStatus bulk, DeadLetters.Status letters) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
    if (bulk.waiting()) {
      response.down().withData("waiting", waiting(bulk.waitingFor(), bulk.since()));
    }
    if (letters.failing()) {
      response
          .down()
          .withData(
              "dead letters",
              "waiting: dead-letter topic not writable since "
                  + letters.since()
                  + " ("
                  + letters.failure()
                  + ")");
    }
    if (bulk.held() > 0) {
      response.withData(
          "held documents",
          bulk.held() + (bulk.heldFor() == null ? "" : ": " + bulk.heldFor().describe()));
    }
    if (letters.pending() > 0) {
      response.withData("pending dead letters", letters.pending());
    }
    return response.build();
  }

  /** {@code waiting: index write block on akhbar-articles-2026 since 2026-...Z (detail)}. */
  static String waiting(Hold hold, Instant since) {
    String detail = hold.shortDetail();
    return "waiting: "
        + hold.headline()
        + " since "
        + since
        + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
