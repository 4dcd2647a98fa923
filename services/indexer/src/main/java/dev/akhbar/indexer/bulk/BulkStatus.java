package dev.akhbar.indexer.bulk;

import java.time.Instant;

/**
 * What the buffer waits for, for health checks.
 *
 * @param waitingFor why nothing goes through, or null when documents flow
 * @param since when nothing went through any more, or null
 * @param held documents waiting to be sent again
 * @param heldFor the latest reason a document was held, or null when none is
 */
public record BulkStatus(Hold waitingFor, Instant since, int held, Hold heldFor) {
  public boolean waiting() {
    return waitingFor != null;
  }
}
