package dev.akhbar.pipeline.bench;

import dev.akhbar.events.Topics;
import dev.akhbar.pipeline.Endpoints;
import dev.akhbar.pipeline.feed.Feeder;
import dev.akhbar.pipeline.feed.ImportFeeder;
import dev.akhbar.pipeline.feed.RawTopicFeeder;
import dev.akhbar.pipeline.harness.ProcStats;
import dev.akhbar.pipeline.harness.ServiceProcess;
import dev.akhbar.pipeline.harness.Stack;
import dev.akhbar.pipeline.ledger.PipelineRun;
import dev.akhbar.pipeline.pages.PageSource;
import dev.akhbar.pipeline.pages.UniquePages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code make bench-pipeline}: the four packaged services as processes with the settings of {@code
 * make run}, on the real local Kafka and Elasticsearch, fed N real pages with unique URLs. Prints
 * articles/s end to end, latency, each stage's rate alone on the same records, the ratio of the
 * two, CPU per article and peak memory per process, and what two replicas of the slowest stage
 * give.
 *
 * <pre>
 *   --pages N (5000)   --source DIR|WARC (extraction-scrapinghub)   --runs K (1)   --warmup N (5000)
 *   --feed topic|import (topic)   --rate PAGES_PER_S (0: as fast as the pipeline takes them)
 *   --no-stages   --no-replicas   --jfr (a flight recording per service, in target/bench-RUN/jfr)
 *   --env SERVICE:NAME=VALUE (an env var for one service, to try a setting; repeatable)
 *   -Dakhbar.jvm.options=FILE: other JVM options for the services than deploy/demo/service-jvm.options
 * </pre>
 */
public final class BenchMain {
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> a = Arrays.asList(args);
    Path repo = Path.of(System.getProperty("akhbar.repo.root", ".")).toAbsolutePath().normalize();
    int pages = Integer.parseInt(option(a, "--pages", "5000"));
    int runs = Integer.parseInt(option(a, "--runs", "1"));
    int warmup = Integer.parseInt(option(a, "--warmup", "5000"));
    double rate = Double.parseDouble(option(a, "--rate", "0"));
    String feed = option(a, "--feed", "topic");
    PageSource source =
        PageSource.of(
            Path.of(
                option(
                    a,
                    "--source",
                    repo.resolve("../shared/bench/extraction-scrapinghub")
                        .normalize()
                        .toString())));
    String compression = fetcherCompression(repo);

    Endpoints endpoints = Endpoints.resolve();
    String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    Path work = repo.resolve("services/pipeline/target/bench-" + runId);
    Files.createDirectories(work);
    out.printf(
        "make bench-pipeline: run %s; DEVELOPMENT figures on this machine (%d cores)%n",
        runId, Runtime.getRuntime().availableProcessors());
    try (Stack stack =
            new Stack(repo, endpoints, work.resolve("logs"), List.of(work.resolve("import")));
        ScratchTopics kafka = new ScratchTopics(endpoints.kafkaBootstrap())) {
      Runtime.getRuntime().addShutdownHook(new Thread(stack::closeQuietly));
      stack.infra().up();
      // --env SERVICE:NAME=VALUE (repeatable): try a setting without editing a service.
      for (int i = 0; i < a.size() - 1; i++) {
        if (a.get(i).equals("--env")) {
          String[] kv = a.get(i + 1).split("[:=]", 3);
          stack.env(kv[0], Map.of(kv[1], kv[2]));
          out.println("  " + kv[0] + ": " + kv[1] + "=" + kv[2]);
        }
      }
      if (a.contains("--jfr")) {
        // A flight recording of each service, written when it stops: jfr print --events
        // ExecutionSample
        Files.createDirectories(work.resolve("jfr"));
        for (String s : List.of("fetcher", "parser", "enricher", "indexer")) {
          stack.env(
              s,
              Map.of(
                  "JDK_JAVA_OPTIONS",
                  "-XX:StartFlightRecording=filename="
                      + work.resolve("jfr").resolve(s + ".jfr")
                      + ",settings=profile,dumponexit=true"));
        }
      }
      stack.startPipeline(Duration.ofMinutes(4));
      out.println(
          "JVM options of the services ("
              + repo.relativize(repo.resolve("deploy/demo/service-jvm.options"))
              + "): "
              + stack.launcher().jvmOptions());

      if (warmup > 0) {
        out.printf("%nwarm-up: %d pages (not measured)%n", warmup);
        try (PipelineRun run =
            new PipelineRun(
                endpoints,
                feeder(feed, stack, endpoints, runId + "-warmup", compression, rate, work))) {
          run.feed(() -> UniquePages.of(source, warmup, runId + "-warmup"));
          run.settle(Duration.ofMinutes(30), Duration.ofSeconds(60), out);
          EndToEnd cold = EndToEnd.of(run, run.tally(), Map.of(), Map.of());
          out.printf(
              "  warm-up (fresh JVMs, JIT compiling): %.1f articles/s end to end, steady state %.1f/s%n",
              cold.perSecond(), cold.steadyPerSecond());
        }
      }

      List<String> inputs =
          List.of(Topics.PAGES_RAW, Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED);
      List<EndToEnd> results = new ArrayList<>();
      Map<TopicPartition, Long> before = null;
      Map<TopicPartition, Long> after = null;
      for (int k = 1; k <= runs; k++) {
        String tag = runId + "-" + k;
        out.printf(
            "%nend to end, run %d of %d: %d pages from %s%n", k, runs, pages, source.describe());
        before = kafka.ends(inputs);
        Map<String, Long> pids = pids(stack);
        Map<String, Double> cpu0 = EndToEnd.cpu(pids);
        try (PipelineRun run =
            new PipelineRun(
                endpoints, feeder(feed, stack, endpoints, tag, compression, rate, work))) {
          run.feed(() -> UniquePages.of(source, pages, tag));
          run.settle(Duration.ofMinutes(60), Duration.ofSeconds(90), out);
          Map<String, Double> cpu1 = EndToEnd.cpu(pids);
          EndToEnd e2e = EndToEnd.of(run, run.tally(), cpu0, cpu1);
          results.add(e2e);
          out.printf(
              "  %s%n  %.1f articles/s end to end (%.0f s from first page in to last searchable), steady state %.1f/s; latency fetch->searchable p50 %.1f s, p95 %.1f s%n",
              e2e.tally().line(),
              e2e.perSecond(),
              e2e.seconds(),
              e2e.steadyPerSecond(),
              e2e.p50(),
              e2e.p95());
          StringBuilder cpu = new StringBuilder("  CPU ms per article:");
          e2e.cpuMsPerArticle()
              .forEach((name, ms) -> cpu.append(String.format(" %s %.1f", name, ms)));
          out.println(cpu);
        }
        after = kafka.ends(inputs);
      }

      Map<String, StageAlone.Result> alone = new LinkedHashMap<>();
      StageAlone.Result replicated = null;
      if (!a.contains("--no-stages")) {
        out.printf(
            "%neach stage alone on the records of the last run, from its pre-filled input topic%n");
        StageAlone stages = new StageAlone(stack, kafka, endpoints.esUrl(), runId, out);
        for (String s : List.of("parser", "enricher", "indexer")) {
          StageAlone.Result r = stages.run(s, 1, before, after);
          alone.put(s, r);
          out.printf(
              "  %-8s x1: %7.1f records/s, %6.1f ms CPU per record, peak RSS %s%n",
              s, r.perSecond(), r.cpuMsPerRecord(), ProcStats.mib(r.peakRss()));
        }
        if (!a.contains("--no-replicas")) {
          String slowest =
              alone.values().stream()
                  .min((x, y) -> Double.compare(x.perSecond(), y.perSecond()))
                  .orElseThrow()
                  .stage();
          replicated = stages.run(slowest, 2, before, after);
          out.printf(
              "  %-8s x2: %7.1f records/s, %6.1f ms CPU per record, peak RSS %s%n",
              slowest,
              replicated.perSecond(),
              replicated.cpuMsPerRecord(),
              ProcStats.mib(replicated.peakRss()));
        }
      }
      report(out, runId, pages, runs, source, feed, compression, results, alone, replicated, stack);
    }
  }

  private static void report(
      PrintStream out,
      String runId,
      int pages,
      int runs,
      PageSource source,
      String feed,
      String compression,
      List<EndToEnd> results,
      Map<String, StageAlone.Result> alone,
      StageAlone.Result replicated,
      Stack stack) {
    out.printf(
        "%n== make bench-pipeline, run %s (DEVELOPMENT figures: %d cores%s)%n",
        runId,
        Runtime.getRuntime().availableProcessors(),
        System.getenv("AKHBAR_BENCH_NOTE") == null
            ? ""
            : ", " + System.getenv("AKHBAR_BENCH_NOTE"));
    out.printf(
        "pages: %d per run, %d run(s), from %s; fed by %s (%s)%n",
        pages, runs, source.describe(), feed, compression);
    List<Double> rates = results.stream().map(EndToEnd::perSecond).toList();
    List<Double> steady = results.stream().map(EndToEnd::steadyPerSecond).toList();
    out.printf(
        "end to end, articles/s (min / median / max): %s; steady state %s%n",
        Stats.minMedianMax(rates, "%.1f"), Stats.minMedianMax(steady, "%.1f"));
    out.printf(
        "latency fetch->searchable, p50: %s s; p95: %s s%n",
        Stats.minMedianMax(results.stream().map(EndToEnd::p50).toList(), "%.1f"),
        Stats.minMedianMax(results.stream().map(EndToEnd::p95).toList(), "%.1f"));
    for (EndToEnd e : results) {
      out.println("  " + e.tally().line());
    }
    if (!alone.isEmpty()) {
      StageAlone.Result slowest =
          alone.values().stream()
              .min((x, y) -> Double.compare(x.perSecond(), y.perSecond()))
              .orElseThrow();
      double median = Stats.percentile(rates, 50);
      out.printf(
          "stage alone, records/s: %s%n",
          String.join(
              ", ",
              alone.values().stream()
                  .map(r -> String.format("%s %.1f", r.stage(), r.perSecond()))
                  .toList()));
      out.printf(
          "slowest stage alone: %s %.1f/s; end to end / slowest = %.2f%n",
          slowest.stage(), slowest.perSecond(), median / slowest.perSecond());
      if (replicated != null) {
        out.printf(
            "two replicas of %s: %.1f/s (x%.2f)%n",
            replicated.stage(),
            replicated.perSecond(),
            replicated.perSecond() / slowest.perSecond());
      }
    }
    EndToEnd last = results.get(results.size() - 1);
    out.println(
        "per process in the last end-to-end run: CPU ms per article, peak RSS, peak heap used");
    Map<String, Long> pids = pids(stack);
    last.cpuMsPerArticle()
        .forEach(
            (name, ms) -> {
              Long pid = pids.get(name);
              long heap =
                  stack.processes().stream()
                      .filter(p -> p.name().equals(name))
                      .mapToLong(p -> stack.monitor().track(p.name()).peakHeap())
                      .findFirst()
                      .orElse(0);
              out.printf(
                  "  %-14s %7.1f ms  %8s  %s%n",
                  name,
                  ms,
                  pid == null ? "-" : ProcStats.mib(ProcStats.peakRss(pid)),
                  heap > 0 ? ProcStats.mib(heap) : "-");
            });
  }

  private static Map<String, Long> pids(Stack stack) {
    Map<String, Long> pids = new LinkedHashMap<>();
    for (ServiceProcess p : stack.processes()) {
      if (!p.name().startsWith("bench-")) {
        pids.put(p.name(), p.pid());
      }
    }
    try {
      long kafka = stack.infra().kafkaPid();
      long es = stack.infra().elasticsearchPid();
      if (kafka > 0) {
        pids.put("kafka", kafka);
      }
      if (es > 0) {
        pids.put("elasticsearch", es);
      }
    } catch (java.io.IOException e) {
      // external infrastructure: not measured
    }
    pids.put("harness", ProcessHandle.current().pid());
    return pids;
  }

  private static Feeder feeder(
      String kind,
      Stack stack,
      Endpoints endpoints,
      String tag,
      String compression,
      double rate,
      Path work) {
    return switch (kind) {
      case "topic" ->
          new RawTopicFeeder(endpoints.kafkaBootstrap(), "bench-" + tag, compression, rate);
      case "import" ->
          new ImportFeeder(
              stack.get("fetcher").baseUri(),
              work.resolve("import").resolve(tag),
              "bench-" + tag,
              Duration.ofHours(2),
              stack.apiKey());
      default -> throw new IllegalArgumentException("--feed topic|import, not " + kind);
    };
  }

  /** The compression the fetcher's raw-page producer uses, so the topic feeder costs the same. */
  static String fetcherCompression(Path repo) {
    Properties p = new Properties();
    try (var in =
        Files.newBufferedReader(
            repo.resolve("services/fetcher/src/main/resources/application.properties"))) {
      p.load(in);
    } catch (java.io.IOException e) {
      return "lz4";
    }
    return p.getProperty("mp.messaging.outgoing.raw-pages.compression.type", "none").strip();
  }

  static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }
}
