package dev.akhbar.pipeline.chaos;

import dev.akhbar.pipeline.Endpoints;
import dev.akhbar.pipeline.harness.Stack;
import dev.akhbar.pipeline.pages.PageSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code make chaos}: the fault suite on the real local Kafka and Elasticsearch with the packaged
 * services as processes. One line per scenario: pages in, indexed, dead-lettered (by reason), lost,
 * duplicates in the index, and whether every service recovered without a restart.
 *
 * <pre>
 *   --only a,b          scenarios to run (default: all)   --pages N       pages per scenario (300)
 *   --source DIR|WARC   real pages (extraction-scrapinghub)
 *   --import-source P   pages of the big import (wcxb-dev) --import-pages N (2000)
 *   --broker-outage S   (90)  --es-outage S (120)  --block S (30)
 * </pre>
 */
public final class ChaosMain {
  static final List<String> ALL =
      List.of(
          "huge-article",
          "number-list",
          "kill-parser",
          "kill-enricher",
          "kill-indexer",
          "kill-fetcher",
          "kill-broker",
          "stop-elasticsearch",
          "write-block",
          "import");

  /** Scenarios that take something away; the topic-fed ones are held to the fault-free run. */
  static final Set<String> OUTAGES =
      Set.of(
          "kill-parser",
          "kill-enricher",
          "kill-indexer",
          "kill-fetcher",
          "kill-broker",
          "stop-elasticsearch",
          "write-block");

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> a = Arrays.asList(args);
    Path repo = Path.of(System.getProperty("akhbar.repo.root", ".")).toAbsolutePath().normalize();
    Path shared = repo.resolve("../shared/bench").normalize();
    Set<String> only =
        Set.copyOf(Arrays.asList(option(a, "--only", String.join(",", ALL)).split(",")));
    int pages = Integer.parseInt(option(a, "--pages", "300"));
    PageSource source =
        PageSource.of(
            Path.of(option(a, "--source", shared.resolve("extraction-scrapinghub").toString())));
    PageSource importSource =
        PageSource.of(Path.of(option(a, "--import-source", shared.resolve("wcxb-dev").toString())));
    int importPages = Integer.parseInt(option(a, "--import-pages", "2000"));
    Duration brokerOutage = Duration.ofSeconds(Long.parseLong(option(a, "--broker-outage", "90")));
    Duration esOutage = Duration.ofSeconds(Long.parseLong(option(a, "--es-outage", "120")));
    Duration block = Duration.ofSeconds(Long.parseLong(option(a, "--block", "30")));

    Endpoints endpoints = Endpoints.resolve();
    String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    Path work = repo.resolve("services/pipeline/target/chaos-" + runId);
    Files.createDirectories(work);
    out.printf(
        "make chaos: run %s, %d pages per scenario from %s; logs in %s%n",
        runId, pages, source.describe(), repo.relativize(work));
    List<Outcome> outcomes = new ArrayList<>();
    try (Stack stack =
        new Stack(repo, endpoints, work.resolve("logs"), List.of(work.resolve("import")))) {
      Runtime.getRuntime().addShutdownHook(new Thread(stack::closeQuietly));
      stack.infra().up();
      stack.startPipeline(Duration.ofMinutes(4));
      Chaos chaos =
          new Chaos(
              stack, endpoints, work, out, runId, Duration.ofMinutes(15), Duration.ofSeconds(60));
      Scenarios s = new Scenarios(chaos, source, pages);
      int allowed = -1;
      if (only.stream().anyMatch(OUTAGES::contains)) {
        Outcome baseline = s.baseline();
        outcomes.add(baseline);
        allowed = baseline.tally().deadLettered();
      }
      for (String name : ALL) {
        if (!only.contains(name)) {
          continue;
        }
        try {
          outcomes.add(
              switch (name) {
                case "huge-article" -> s.hugeArticle(2 * 1024 * 1024, 20);
                case "number-list" -> s.numberList(40_000, 20);
                case "kill-parser" -> s.killStage("parser");
                case "kill-enricher" -> s.killStage("enricher");
                case "kill-indexer" -> s.killStage("indexer");
                case "kill-fetcher" -> s.killFetcher();
                case "kill-broker" -> s.killBroker(brokerOutage);
                case "stop-elasticsearch" -> s.stopElasticsearch(esOutage);
                case "write-block" -> s.writeBlock(block);
                case "import" -> s.bigImport(importSource, importPages);
                default -> throw new IllegalArgumentException(name);
              });
          if (OUTAGES.contains(name) && !name.equals("kill-fetcher")) {
            outcomes.set(outcomes.size() - 1, outcomes.get(outcomes.size() - 1).allowing(allowed));
          }
        } catch (Exception | AssertionError e) {
          out.println("  scenario " + name + " could not run: " + e);
        }
        chaos.heal();
      }
    }
    out.println();
    out.println("Summary (make chaos, run " + runId + ")");
    boolean ok =
        outcomes.stream().filter(o -> !o.scenario().equals("no-fault")).count() == only.size();
    for (Outcome o : outcomes) {
      out.println(o.line());
      ok &= o.passed();
    }
    out.println(ok ? "PASS: lost 0, duplicates 0, every outage recovered without restart" : "FAIL");
    System.exit(ok ? 0 : 1);
  }

  static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
