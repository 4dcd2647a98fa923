package dev.akhbar.pipeline.chaos;

import dev.akhbar.events.Topics;
import dev.akhbar.pipeline.Endpoints;
import dev.akhbar.pipeline.TopicCounts;
import dev.akhbar.pipeline.feed.Feeder;
import dev.akhbar.pipeline.feed.ImportFeeder;
import dev.akhbar.pipeline.feed.RawTopicFeeder;
import dev.akhbar.pipeline.harness.ServiceMonitor;
import dev.akhbar.pipeline.harness.ServiceProcess;
import dev.akhbar.pipeline.harness.Stack;
import dev.akhbar.pipeline.ledger.PipelineRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The machinery every fault scenario shares: a run with its own source id, a trigger "mid-stream"
 * (when a stage has done a share of the pages), and the verdict on the services afterwards.
 */
public final class Chaos {
  final Stack stack;
  final Endpoints endpoints;
  final Path workDir;
  final PrintStream out;
  final String runId;
  final Duration settleTimeout;
  final Duration quiet;
  private int scenarioNo;

  public Chaos(
      Stack stack,
      Endpoints endpoints,
      Path workDir,
      PrintStream out,
      String runId,
      Duration settleTimeout,
      Duration quiet) {
    this.stack = stack;
    this.endpoints = endpoints;
    this.workDir = workDir;
    this.out = out;
    this.runId = runId;
    this.settleTimeout = settleTimeout;
    this.quiet = quiet;
  }

  /** A scenario body: feeds and hurts the pipeline through the run it is given. */
  @FunctionalInterface
  public interface Body {
    void run(PipelineRun run, Chaos chaos) throws Exception;
  }

  /** A run fed straight onto the raw-page topic. */
  public Feeder topicFeeder(String scenario) {
    return new RawTopicFeeder(endpoints.kafkaBootstrap(), sourceId(scenario), "lz4", 0);
  }

  /** A run fed through the fetcher's import. */
  public ImportFeeder importFeeder(String scenario) {
    return new ImportFeeder(
        stack.get("fetcher").baseUri(),
        workDir.resolve("import").resolve(sourceId(scenario)),
        sourceId(scenario),
        Duration.ofMinutes(60),
        stack.apiKey());
  }

  String sourceId(String scenario) {
    return "chaos-" + runId + "-" + scenario;
  }

  /** Unique page URLs for this scenario. */
  public String run(String scenario) {
    return runId + "-" + scenario;
  }

  /**
   * Runs one scenario: services up and ready first, then the body, then settle, tally and the
   * verdict on every service that was not killed on purpose.
   */
  public Outcome scenario(
      String name, boolean outage, Set<String> killedOnPurpose, Feeder feeder, Body body)
      throws Exception {
    scenarioNo++;
    out.printf("%n== %d. %s%n", scenarioNo, name);
    stack.startPipeline(Duration.ofMinutes(3));
    for (ServiceProcess p : stack.processes()) {
      Stack.awaitReady(p, Duration.ofMinutes(3));
    }
    Map<String, Long> pids = new HashMap<>();
    stack.processes().forEach(p -> pids.put(p.name(), p.pid()));
    stack.monitor().reset();
    Instant start = Instant.now();
    try (PipelineRun run = new PipelineRun(endpoints, feeder)) {
      body.run(run, this);
      boolean all = run.settle(settleTimeout, quiet, out);
      if (!all) {
        out.println("  not every page was accounted for");
      }
      awaitAllReady(Duration.ofSeconds(90));
      var tally = run.tally();
      StringBuilder health = new StringBuilder();
      boolean recovered = verdict(pids, killedOnPurpose, health);
      Outcome outcome =
          new Outcome(
              name,
              tally,
              outage,
              recovered,
              health.toString(),
              Duration.between(start, Instant.now()),
              -1);
      out.println(outcome.line());
      if (!tally.lostIds().isEmpty()) {
        out.println("  lost, for example: " + tally.lostIds());
      }
      return outcome;
    }
  }

  private boolean verdict(Map<String, Long> pids, Set<String> killed, StringBuilder health) {
    boolean ok = true;
    List<String> notes = new ArrayList<>();
    for (ServiceProcess p : stack.processes()) {
      ServiceMonitor.Track t = stack.monitor().track(p.name());
      boolean samePid = pids.containsKey(p.name()) && pids.get(p.name()) == p.pid();
      if (killed.contains(p.name())) {
        notes.add(
            p.name()
                + " killed and restarted on purpose"
                + (p.alive() && t.readyNow() ? ", ready" : ", NOT ready"));
        continue;
      }
      List<String> problems = new ArrayList<>();
      if (!p.alive()) {
        problems.add("exited");
      } else if (!samePid) {
        problems.add("restarted");
      }
      if (t.liveDown() > 0) {
        problems.add("liveness DOWN " + t.liveDown() + "× (" + t.lastNotLive() + ")");
      }
      if (!t.readyNow()) {
        problems.add("not ready at the end (" + t.lastNotReady() + ")");
      }
      if (!problems.isEmpty()) {
        ok = false;
        notes.add(p.name() + ": " + String.join(", ", problems));
      } else if (t.readyDown() > 0) {
        notes.add(
            p.name()
                + " waited (not ready for about "
                + t.notReadyFor().toSeconds()
                + " s, saying: "
                + String.join(" | ", t.notReadyReasons())
                + ")");
      }
    }
    health.append(
        notes.isEmpty() ? "every service stayed live and ready" : String.join("; ", notes));
    return ok;
  }

  private void awaitAllReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      boolean all = true;
      for (ServiceProcess p : stack.processes()) {
        all &= p.alive() && p.health("ready").up();
      }
      if (all) {
        return;
      }
      Thread.sleep(1000);
    }
  }

  /** Restarts whatever died or stays unready, so the next scenario starts whole. */
  public void heal() throws Exception {
    for (ServiceProcess p : stack.processes()) {
      if (!p.alive() || !p.health("ready").up()) {
        out.println("  restarting " + p.name() + " before the next scenario");
        p.restart();
        Stack.awaitReady(p, Duration.ofMinutes(3));
      }
    }
  }

  /** Waits until {@code progress} reaches {@code target}: the moment a fault is "mid-stream". */
  public void awaitProgress(String what, LongSupplier progress, long target, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (progress.getAsLong() < target) {
      if (Instant.now().isAfter(deadline)) {
        out.println("  (" + what + " did not reach " + target + " in " + timeout + "; going on)");
        return;
      }
      Thread.sleep(200);
    }
    out.println("  mid-stream: " + what + " reached " + progress.getAsLong());
  }

  /** Records a stage has written (output and dead letters) since now. */
  public LongSupplier stageProgress(String stage) throws Exception {
    List<String> topics =
        switch (stage) {
          case "fetcher" -> List.of(Topics.PAGES_RAW, Topics.FETCH_DLQ);
          case "parser" -> List.of(Topics.ARTICLES_PARSED, Topics.PARSER_DLQ);
          case "enricher" -> List.of(Topics.ARTICLES_ENRICHED, Topics.ENRICHER_DLQ);
          default -> throw new IllegalArgumentException(stage);
        };
    TopicCounts counts = new TopicCounts(endpoints.kafkaBootstrap());
    Map<String, Long> before = counts.read(topics);
    return () -> {
      try {
        Map<String, Long> now = counts.read(topics);
        return topics.stream().mapToLong(t -> now.get(t) - before.get(t)).sum();
      } catch (Exception e) {
        return 0;
      }
    };
  }

  public void say(String line) {
    out.println("  " + line);
  }
}
