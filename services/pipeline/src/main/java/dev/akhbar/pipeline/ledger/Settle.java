package dev.akhbar.pipeline.ledger;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Waits until every page of a run is accounted for (indexed or dead-lettered); or, when some never
 * are, until nothing has moved for a while and no stage has records left to read; or until the
 * timeout. Prints a progress line as it goes.
 */
public final class Settle {
  private Settle() {}

  /** Pages accounted for so far. */
  public static int accounted(Ledger ledger, DeadLetterWatch deadLetters, IndexWatch index) {
    int n = 0;
    for (String id : ledger.ids()) {
      if (index.seen(id) != null || !deadLetters.of(id).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /** Returns true when every page is accounted for. */
  public static boolean await(
      Ledger ledger,
      DeadLetterWatch deadLetters,
      IndexWatch index,
      Lag lag,
      Duration timeout,
      Duration quiet,
      PrintStream out)
      throws InterruptedException {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeout);
    int last = -1;
    Instant lastMove = start;
    Instant lastPrint = Instant.EPOCH;
    while (true) {
      int done = accounted(ledger, deadLetters, index);
      Instant now = Instant.now();
      if (done != last) {
        last = done;
        lastMove = now;
      }
      boolean all = ledger.size() > 0 && done >= ledger.size();
      boolean timedOut = now.isAfter(deadline);
      Duration still = Duration.between(lastMove, now);
      boolean stalled = still.compareTo(quiet) > 0;
      boolean stuck = still.compareTo(quiet.multipliedBy(4)) > 0;
      boolean print = Duration.between(lastPrint, now).toSeconds() >= 10 || all || timedOut;
      Map<String, Long> lags = null;
      if (stalled || print) {
        lags = lag.read();
      }
      if (print) {
        lastPrint = now;
        out.printf(
            "  [%4ds] fed %d | searchable %d | accounted %d | lag %s%s%n",
            Duration.between(start, now).toSeconds(),
            ledger.size(),
            index.seenCount(),
            done,
            lags,
            index.lastError().isEmpty() ? "" : " | index: " + index.lastError());
      }
      if (all || timedOut) {
        return all;
      }
      if (stalled && lags != null && lags.values().stream().allMatch(l -> l == 0)) {
        out.println(
            "  nothing moved for " + still.toSeconds() + " s and no stage has records left");
        return false; // the rest is lost
      }
      if (stuck) {
        out.println("  nothing moved for " + still.toSeconds() + " s: the pipeline is stuck");
        return false;
      }
      Thread.sleep(1000);
    }
  }
}
