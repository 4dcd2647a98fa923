package dev.akhbar.pipeline.chaos;

import dev.akhbar.pipeline.ledger.Tally;
import java.time.Duration;

/**
 * What one scenario showed.
 *
 * @param scenario its name
 * @param tally where every page ended
 * @param outage whether the scenario takes something away (a process, the broker, the node)
 * @param recovered every service that was not deliberately killed is the same process, live and
 *     ready at the end, and never reported liveness DOWN
 * @param health what the services said meanwhile (liveness DOWN, why not ready)
 * @param took how long the scenario ran
 * @param allowedDeadLetters dead letters the same pages give without a fault (only content errors
 *     may be dead-lettered during an outage), or -1 when not compared
 */
public record Outcome(
    String scenario,
    Tally tally,
    boolean outage,
    boolean recovered,
    String health,
    Duration took,
    int allowedDeadLetters) {

  /** The same outcome, judged against the dead letters of a run without a fault. */
  public Outcome allowing(int deadLetters) {
    return new Outcome(scenario, tally, outage, recovered, health, took, deadLetters);
  }

  /** Dead letters the fault caused: more than the same pages give without it. */
  public int extraDeadLetters() {
    return allowedDeadLetters < 0 ? 0 : Math.max(0, tally.deadLettered() - allowedDeadLetters);
  }

  /**
   * Lost nothing, doubled nothing, and, for an outage, dead-lettered nothing more than without it
   * and recovered without a restart.
   */
  public boolean passed() {
    return tally.lost() == 0
        && tally.duplicates() == 0
        && (!outage || (recovered && extraDeadLetters() == 0));
  }

  public String line() {
    return String.format(
        "%-20s %s | %s%s | %ds%n%-20s   %s",
        scenario,
        tally.line(),
        recovered ? "recovered without restart" : "NOT recovered without restart",
        extraDeadLetters() > 0
            ? " | "
                + extraDeadLetters()
                + " dead letters caused by the fault (a fault-free run gives "
                + allowedDeadLetters
                + ")"
            : "",
        took.toSeconds(),
        "",
        health);
  }
}
