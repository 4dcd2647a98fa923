package dev.akhbar.fetcher.bench;

import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse.Builder;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * make bench-import: imports at least 2,000 real pages (at least 500 MB of HTML: the pages of
 * ../shared/bench, copied under unique URLs) into the packaged fetcher started with -Xmx384m, once
 * as a folder and once as a WARC file, and prints pages/s and the heap it took. The figures are
 * development figures: measured on the machine the code was written on, with its other load.
 *
 * <p>System properties: akhbar.bench.pages (2000), akhbar.bench.mb (500), akhbar.bench.heap (384m),
 * akhbar.bench.forms (folder,warc), akhbar.bench.workers (2), akhbar.bench.shared
 * (../../../shared/bench), akhbar.bench.dir (target).
 */
public final class ImportBench {
  private ImportBench() {}

  record Corpus(Path folder, Path warc, int pages, long bytes) {}

  public static void main(String[] args) throws Exception {
    int minPages = Integer.getInteger("akhbar.bench.pages", 2000);
    long minBytes = Long.getLong("akhbar.bench.mb", 500) * 1_000_000;
    String heap = System.getProperty("akhbar.bench.heap", "384m");
    String workers = System.getProperty("akhbar.bench.workers", "2");
    Path shared = Path.of(System.getProperty("akhbar.bench.shared", "../../../shared/bench"));
    Path dir = Path.of(System.getProperty("akhbar.bench.dir", "target")).resolve("bench-import");
    Corpus corpus = corpus(shared, dir, minPages, minBytes);
    System.out.printf(
        "%nbench-import: %d pages, %.1f MB of HTML from %s, each under its own URL (DEVELOPMENT figures: this machine, its other load)%n",
        corpus.pages(), corpus.bytes() / 1e6, shared);
    for (String form : System.getProperty("akhbar.bench.forms", "folder,warc").split(",")) {
      Path path = form.strip().equals("warc") ? corpus.warc() : corpus.folder();
      run(form.strip(), path, corpus, heap, workers, dir);
    }
  }

  private static void run(
      String form, Path path, Corpus corpus, String heap, String workers, Path dir)
      throws Exception {
    String runId = form + "-" + Long.toHexString(System.currentTimeMillis());
    try (BenchTopics topics = new BenchTopics(runId, false)) {
      Map<String, String> env = new TreeMap<>(topics.env());
      env.put("AKHBAR_FETCHER_IMPORT_ROOTS", dir.toAbsolutePath().toString());
      env.put("AKHBAR_FETCHER_IMPORT_WORKERS", workers);
      try (FetcherProcess fetcher =
          FetcherProcess.start(heap, env, dir.resolve("fetcher-" + runId + ".log"))) {
        fetcher.awaitReady(Duration.ofMinutes(3));
        HttpResponse<String> started =
            fetcher.post(
                "/import",
                "{\"path\":"
                    + EventCodec.mapper().writeValueAsString(path.toAbsolutePath().toString())
                    + ",\"sourceId\":\"bench\"}");
        if (started.statusCode() != 202) {
          throw new IllegalStateException(
              "POST /import: " + started.statusCode() + " " + started.body());
        }
        String id = EventCodec.mapper().readTree(started.body()).get("id").asText();
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        long midGcHeap = -1;
        long t0 = System.nanoTime();
        Map<String, Object> status;
        long lastPrint = 0;
        while (true) {
          status = status(fetcher, id);
          peakHeap.accumulateAndGet(fetcher.heapUsed(), Math::max);
          peakRss.accumulateAndGet(fetcher.rss(), Math::max);
          long pages = ((Number) status.get("pages")).longValue();
          if (midGcHeap < 0 && pages >= corpus.pages() / 2) {
            midGcHeap = fetcher.heapAfterFullGc();
          }
          if (!"running".equals(status.get("state")) && !"queued".equals(status.get("state"))) {
            break;
          }
          if (System.nanoTime() - lastPrint > 15_000_000_000L) {
            lastPrint = System.nanoTime();
            System.out.printf(
                "  %s: %s pages, %s skipped, %s dead-lettered; heap now %s%n",
                form,
                status.get("pages"),
                status.get("skipped"),
                status.get("deadLettered"),
                FetcherProcess.mib(fetcher.heapUsed()));
          }
          Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long records = BenchTopics.records(topics.raw);
        long pages = ((Number) status.get("pages")).longValue();
        System.out.printf(
            "%n  %s (%s): %s: %d pages written, %s skipped, %s dead-lettered; raw topic: %d records%n",
            form,
            path.getFileName(),
            status.get("state"),
            pages,
            status.get("skipped"),
            status.get("deadLettered"),
            records);
        System.out.printf(
            "    %.1f s: %.1f pages/s, %.1f MB/s of HTML (-Xmx%s, SerialGC, %s import workers)%n",
            seconds, pages / seconds, corpus.bytes() / 1e6 / seconds, heap, workers);
        System.out.printf(
            "    heap: peak in use %s (sampled every 0.5 s; garbage included), after a full GC mid-import %s,"
                + " live after the last old-generation GC %s; RSS peak %s; OutOfMemoryError: %s%n",
            FetcherProcess.mib(peakHeap.get()),
            FetcherProcess.mib(midGcHeap),
            FetcherProcess.mib(fetcher.liveAfterGc()),
            FetcherProcess.mib(peakRss.get()),
            fetcher.logText().contains("OutOfMemoryError") ? "YES" : "none");
        if (!"done".equals(status.get("state"))
            || pages + ((Number) status.get("skipped")).longValue() != corpus.pages()) {
          throw new IllegalStateException("Import did not complete: " + status);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> status(FetcherProcess fetcher, String id) throws Exception {
    HttpResponse<String> r = fetcher.get("/import/" + id + "?wait=1");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET /import/" + id + ": " + r.statusCode() + " " + r.body());
    }
    return EventCodec.mapper().readValue(r.body(), Map.class);
  }

  /** The bench pages, copied until both minimums are reached: a folder and a WARC of them. */
  static Corpus corpus(Path shared, Path dir, int minPages, long minBytes) throws IOException {
    Path folder = dir.resolve("folder");
    Path warc = dir.resolve("pages.warc");
    Path done = dir.resolve("corpus-" + minPages + "-" + minBytes + ".done");
    List<Path> sources = new ArrayList<>();
    for (String set : List.of("extraction-scrapinghub", "wcxb-dev")) {
      try (Stream<Path> files = Files.list(shared.resolve(set).resolve("html"))) {
        files.filter(p -> p.toString().endsWith(".html.gz")).sorted().forEach(sources::add);
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("No pages under " + shared);
    }
    if (Files.exists(done)) {
      String[] counts = Files.readString(done).strip().split(" ");
      return new Corpus(folder, warc, Integer.parseInt(counts[0]), Long.parseLong(counts[1]));
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.walk(dir)) {
        old.sorted(java.util.Comparator.reverseOrder())
            .filter(p -> !p.equals(dir) && !p.getFileName().toString().endsWith(".log"))
            .forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(folder);
    Map<String, String> index = new TreeMap<>();
    int pages = 0;
    long bytes = 0;
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(
                warc,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING))) {
      for (int copy = 0; pages < minPages || bytes < minBytes; copy++) {
        for (Path source : sources) {
          if (pages >= minPages && bytes >= minBytes) {
            break;
          }
          byte[] html;
          try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
            html = in.readAllBytes();
          }
          String set = source.getParent().getParent().getFileName().toString();
          String name = source.getFileName().toString().replace(".html.gz", "");
          String url = "https://bench.akhbar.test/" + set + "/" + name + "/copy-" + copy;
          String file = String.format("%05d.html", pages);
          Files.write(folder.resolve(file), html);
          index.put(file, url);
          writer.write(
              new WarcResponse.Builder(URI.create(url))
                  .date(Instant.parse("2026-01-01T00:00:00Z"))
                  .body(new Builder(200, "OK").body(MediaType.parse("text/html"), html).build())
                  .build());
          pages++;
          bytes += html.length;
        }
      }
    }
    Files.writeString(folder.resolve("index.json"), EventCodec.write(index));
    Files.writeString(done, pages + " " + bytes);
    return new Corpus(folder, warc, pages, bytes);
  }
}
