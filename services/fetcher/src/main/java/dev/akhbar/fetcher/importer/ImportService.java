package dev.akhbar.fetcher.importer;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.charset.CharsetDetector;
import dev.akhbar.fetcher.emit.PageSink;
import dev.akhbar.fetcher.state.SeenStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Offline import: a folder of saved pages (*.html, *.html.gz) or a WARC file (.warc, .warc.gz; only
 * response records carrying HTML) becomes the same raw-page events as a live fetch.
 */
public class ImportService {
  private static final Logger LOG = Logger.getLogger(ImportService.class);
  private static final long SEND_TIMEOUT_SECONDS = 60;

  private final PageSink sink;
  private final SeenStore seen;
  private final Clock clock;
  private final long maxBodyBytes;

  public ImportService(PageSink sink, SeenStore seen, Clock clock, long maxBodyBytes) {
    this.sink = sink;
    this.seen = seen;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * Imports a folder, a WARC file or a single HTML file.
   *
   * @param force emit pages even when their URL was already seen
   * @throws IllegalArgumentException when the path does not exist or is of no known kind
   */
  public ImportResult importPath(Path path, String sourceId, boolean force) {
    if (Files.isDirectory(path)) {
      return importFolder(path, sourceId, force);
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("No such file or folder: " + path);
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return importWarc(path, sourceId, force);
    }
    if (isHtmlFile(path)) {
      return importFiles(path.getParent(), List.of(path), sourceId, force);
    }
    throw new IllegalArgumentException(
        "Not a folder, WARC (.warc, .warc.gz) or HTML (.html, .html.gz) file: " + path);
  }

  public ImportResult importFolder(Path folder, String sourceId, boolean force) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(ImportService::isHtmlFile).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    return importFiles(folder, files, sourceId, force);
  }

  private ImportResult importFiles(Path folder, List<Path> files, String sourceId, boolean force) {
    PageUrls urls = PageUrls.of(folder);
    Batch batch = new Batch(force);
    for (Path file : files) {
      try {
        byte[] bytes = readFile(file);
        CharsetDetector.Decoded decoded = CharsetDetector.decode(bytes, null);
        String url = urls.urlOf(file, decoded.text());
        RawPage page =
            new RawPage(
                ArticleId.of(url),
                url,
                url,
                sourceId,
                clock.instant(),
                200,
                "text/html",
                decoded.charset().name(),
                Map.of(),
                decoded.text(),
                null);
        batch.offer(page);
      } catch (IOException | RuntimeException e) {
        batch.fail(
            file.toUri().toString(), sourceId, "Cannot import " + file + ": " + e.getMessage(), e);
      }
    }
    return batch.finish();
  }

  public ImportResult importWarc(Path warc, String sourceId, boolean force) {
    Batch batch = new Batch(force);
    try (WarcReader reader = new WarcReader(warc)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        String target = response.target();
        try {
          HttpResponse http = response.http();
          MediaType type = http.contentType();
          if (http.status() < 200 || http.status() > 299 || !isHtml(type)) {
            batch.skip();
            continue;
          }
          byte[] bytes;
          try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
          }
          if (bytes.length > maxBodyBytes) {
            batch.fail(target, sourceId, "Body larger than " + maxBodyBytes + " bytes", null);
            continue;
          }
          CharsetDetector.Decoded decoded =
              CharsetDetector.decode(bytes, http.headers().first("Content-Type").orElse(null));
          Map<String, String> headers = new TreeMap<>();
          for (String h : new String[] {"etag", "last-modified", "content-language"}) {
            http.headers().first(h).ifPresent(v -> headers.put(h, v));
          }
          batch.offer(
              new RawPage(
                  ArticleId.of(target),
                  target,
                  target,
                  sourceId,
                  response.date(),
                  http.status(),
                  type.base().toString(),
                  decoded.charset().name(),
                  headers,
                  decoded.text(),
                  null));
        } catch (IOException | RuntimeException e) {
          batch.fail(
              target, sourceId, "Cannot read WARC record for " + target + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      batch.fail(
          warc.toUri().toString(), sourceId, "Cannot read WARC " + warc + ": " + e.getMessage(), e);
    }
    return batch.finish();
  }

  static boolean isHtmlFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".html.gz")
        || n.endsWith(".htm.gz");
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private byte[] readFile(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw)
                : raw) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (bytes.length > maxBodyBytes) {
        throw new IOException("larger than " + maxBodyBytes + " bytes");
      }
      return bytes;
    }
  }

  /** Sends the pages of one import, then waits for every write and remembers what was sent. */
  private final class Batch {
    private record Sent(RawPage page, CompletableFuture<Void> written) {}

    private final boolean force;
    private final List<Sent> sent = new ArrayList<>();
    private final List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
    private int skipped;
    private int failed;

    Batch(boolean force) {
      this.force = force;
    }

    void offer(RawPage page) {
      if (!force && seen.page(page.url()).isPresent()) {
        skipped++;
        return;
      }
      sent.add(new Sent(page, sink.page(page).toCompletableFuture()));
    }

    void skip() {
      skipped++;
    }

    void fail(String url, String sourceId, String reason, Throwable cause) {
      failed++;
      LOG.warnf("Import failed: %s", reason);
      FetchRequest request = new FetchRequest(url == null ? "file:unknown" : url, sourceId, null);
      deadLetters.add(sink.deadLetter(request, reason, cause).toCompletableFuture());
    }

    ImportResult finish() {
      int pages = 0;
      for (Sent s : sent) {
        if (await(s.written())) {
          seen.markPage(s.page().url(), s.page().fetchedAt(), null);
          pages++;
        } else {
          failed++;
        }
      }
      deadLetters.forEach(ImportService::await);
      return new ImportResult(pages, skipped, failed);
    }
  }

  private static boolean await(CompletableFuture<Void> future) {
    try {
      future.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Import interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      LOG.errorf(e, "Could not write an import result to Kafka");
      return false;
    }
  }
}
