package dev.akhbar.indexer.it;

import java.util.Locale;
import java.util.UUID;

/**
 * The topics, consumer group and index alias of one test application, unique per run, so that runs
 * (and the test profiles of one run) never meet.
 */
record TestNames(String run, String topic, String dlq, String group, String alias) {
  static TestNames create(String kind) {
    String run = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    return new TestNames(
        run,
        "akhbar-it-" + kind + "-" + run + ".enriched",
        "akhbar-it-" + kind + "-" + run + ".dlq",
        "akhbar-" + kind + "-it-" + run,
        "akhbar-test-" + run);
  }
}
