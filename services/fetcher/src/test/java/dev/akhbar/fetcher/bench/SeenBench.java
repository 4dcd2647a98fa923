package dev.akhbar.fetcher.bench;

import dev.akhbar.events.EventCodec;
import dev.akhbar.events.Url;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * make bench-seen: fills a seen topic with 5 million pages (records as the fetcher writes them),
 * then starts the packaged fetcher (-Xmx384m) over it three times and prints the time from process
 * start to ready, the heap after a full GC, the off-heap index and the RSS; then checks that the
 * loaded set answers (an import of three of those URLs skips them). Development figures (this
 * machine, its other load).
 *
 * <p>System properties: akhbar.bench.urls (5000000), akhbar.bench.heap (384m), akhbar.bench.runs
 * (3), akhbar.bench.c2 (true: the JIT as in Kubernetes; false: C1 only, as deploy/demo/services
 * starts it), akhbar.bench.dir (target), akhbar.bench.keep (false: keep the topics, and print the
 * run name), akhbar.bench.run (reuse the topics of a kept run instead of writing them again).
 */
public final class SeenBench {
  private static final Pattern LOADED =
      Pattern.compile("Seen-set loaded: (\\d+) pages, \\d+ feeds from (\\d+) records in (\\d+) ms");

  private SeenBench() {}

  static Url url(long i) {
    return Url.parse(
        "https://news-"
            + (i % 997)
            + ".bench.akhbar.test/2026/01/"
            + i
            + "/an-article-headline-of-some-length");
  }

  public static void main(String[] args) throws Exception {
    if (System.getProperty("akhbar.bench.c2") == null) {
      // as the Kubernetes Deployment runs it (no -XX:TieredStopAtLevel=1)
      System.setProperty("akhbar.bench.c2", "true");
    }
    long urls = Long.getLong("akhbar.bench.urls", 5_000_000);
    String heap = System.getProperty("akhbar.bench.heap", "384m");
    int runs = Integer.getInteger("akhbar.bench.runs", 3);
    Path dir = Path.of(System.getProperty("akhbar.bench.dir", "target")).resolve("bench-seen");
    Files.createDirectories(dir);
    String reuse = System.getProperty("akhbar.bench.run");
    boolean keep = Boolean.getBoolean("akhbar.bench.keep") || reuse != null;
    String runName = reuse != null ? reuse : "seen-" + Long.toHexString(System.currentTimeMillis());
    try (BenchTopics topics = new BenchTopics(runName, keep, reuse != null)) {
      long t0 = System.nanoTime();
      if (reuse == null) {
        fill(topics.seen, urls);
      }
      System.out.printf(
          "%nbench-seen: %,d page URLs %s %s in %.0f s (DEVELOPMENT figures: this machine, its other load)%n",
          urls,
          reuse == null ? "written to" : "already in",
          topics.seen,
          (System.nanoTime() - t0) / 1e9);
      if (keep) {
        System.out.println("  topics kept: -Dakhbar.bench.run=" + runName);
      }
      Path probe = probeFolder(dir, urls);
      List<Double> readySeconds = new ArrayList<>();
      List<Double> cpuSeconds = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        Map<String, String> env = new TreeMap<>(topics.env());
        env.put("AKHBAR_FETCHER_IMPORT_ROOTS", dir.toAbsolutePath().toString());
        try (FetcherProcess fetcher =
            FetcherProcess.start(heap, env, dir.resolve("fetcher-" + run + ".log"))) {
          Duration ready = fetcher.awaitReady(Duration.ofMinutes(5));
          double cpu = fetcher.cpuSeconds();
          readySeconds.add(ready.toMillis() / 1000.0);
          cpuSeconds.add(cpu);
          long heapAfterGc = fetcher.heapAfterFullGc();
          String readiness = fetcher.get("/q/health/ready").body();
          Matcher m = LOADED.matcher(fetcher.logText());
          String loaded =
              m.find()
                  ? m.group(1) + " pages from " + m.group(2) + " records in " + m.group(3) + " ms"
                  : "?";
          System.out.printf(
              "  run %d: ready %.1f s after the process started, %.1f s of CPU used by then (seen-set: %s); heap after a full GC %s (-Xmx%s);"
                  + " off-heap index %s; RSS %s%n",
              run,
              ready.toMillis() / 1000.0,
              cpu,
              loaded,
              FetcherProcess.mib(heapAfterGc),
              heap,
              FetcherProcess.mib(offHeap(readiness)),
              FetcherProcess.mib(fetcher.rss()));
          if (run == runs) {
            checkSkips(fetcher, probe);
          }
        }
      }
      System.out.printf(
          "  time to ready over %d restarts: %s (target: under 30 s); CPU used by then: %s%n",
          runs, spread(readySeconds), spread(cpuSeconds));
    }
  }

  private static void fill(String topic, long urls) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, FetcherProcess.bootstrap());
    p.put(ProducerConfig.ACKS_CONFIG, "1");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L << 20));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    Instant fetched = Instant.parse("2026-01-01T10:00:00.123Z");
    AtomicReference<Exception> failed = new AtomicReference<>();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      for (long i = 0; i < urls; i++) {
        Url u = url(i);
        String value = "{\"kind\":\"page\",\"fetchedAt\":\"" + fetched.plusSeconds(i) + "\"}";
        producer.send(
            new ProducerRecord<>(topic, u.articleId(), value),
            (meta, e) -> {
              if (e != null) {
                failed.set(e);
              }
            });
        if (i % 1_000_000 == 999_999) {
          System.out.printf("  %,d written%n", i + 1);
        }
      }
      producer.flush();
    }
    if (failed.get() != null) {
      throw failed.get();
    }
  }

  /** A folder of three pages whose URLs are in the topic: an import must skip all three. */
  private static Path probeFolder(Path dir, long urls) throws Exception {
    Path probe = Files.createDirectories(dir.resolve("probe"));
    Map<String, String> index = new TreeMap<>();
    long[] picks = {0, urls / 2, urls - 1};
    for (int k = 0; k < picks.length; k++) {
      Files.writeString(probe.resolve("p" + k + ".html"), "<html><body>probe</body></html>");
      index.put("p" + k + ".html", url(picks[k]).toString());
    }
    Files.writeString(probe.resolve("index.json"), EventCodec.write(index));
    return probe;
  }

  private static void checkSkips(FetcherProcess fetcher, Path probe) throws Exception {
    HttpResponse<String> started =
        fetcher.post(
            "/import",
            "{\"path\":"
                + EventCodec.mapper().writeValueAsString(probe.toAbsolutePath().toString())
                + "}");
    String id = EventCodec.mapper().readTree(started.body()).get("id").asText();
    var status = EventCodec.mapper().readTree(fetcher.get("/import/" + id + "?wait=60").body());
    System.out.printf(
        "  lookups: an import of 3 of the %s URLs: %d skipped as seen, %d written%n",
        "loaded", status.get("skipped").asLong(), status.get("pages").asLong());
    if (status.get("skipped").asLong() != 3) {
      throw new IllegalStateException("The loaded seen-set did not know the probe URLs: " + status);
    }
  }

  private static String spread(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(
        "min %.1f s, median %.1f s, max %.1f s",
        sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }

  private static long offHeap(String readiness) {
    Matcher m = Pattern.compile("\"seenIndexOffHeapBytes\"\\s*:\\s*(\\d+)").matcher(readiness);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
