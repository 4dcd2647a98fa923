package dev.akhbar.fetcher.importer;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.charset.CharsetDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The response records of a WARC file (.warc, .warc.gz) that carry a 2xx HTML page, read one at a
 * time: {@link #next()} reads one record's body (up to the body cap) and nothing else is kept, so a
 * WARC of any size streams in constant memory. Other records are skipped and counted.
 */
final class WarcSource implements PageSource {
  private static final String[] KEPT_HEADERS = {"etag", "last-modified", "content-language"};

  private final WarcReader reader;
  private final long maxBodyBytes;
  private final long size;
  private final Runnable onSkipped;
  private long done;

  /**
   * @param onSkipped told of each record that is not a 2xx HTML response
   */
  WarcSource(Path warc, long maxBodyBytes, Runnable onSkipped) throws IOException {
    this.reader = new WarcReader(warc);
    this.reader.setLenient(true);
    this.maxBodyBytes = maxBodyBytes;
    this.size = Files.size(warc);
    this.onSkipped = onSkipped;
  }

  @Override
  public ImportItem next() throws IOException {
    while (true) {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return null;
      }
      if (!(next.get() instanceof WarcResponse response)) {
        continue;
      }
      String target = response.target();
      try {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() < 200 || http.status() > 299 || !isHtml(type)) {
          onSkipped.run();
          continue;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        Map<String, String> headers = new TreeMap<>();
        for (String h : KEPT_HEADERS) {
          http.headers().first(h).ifPresent(v -> headers.put(h, v));
        }
        done++;
        return new Record(
            target,
            response.date(),
            http.status(),
            type.base().toString(),
            http.headers().first("Content-Type").orElse(null),
            headers,
            body,
            null);
      } catch (IOException | RuntimeException e) {
        done++;
        return new Record(target, e);
      }
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  @Override
  public long itemsDone() {
    return done;
  }

  @Override
  public long bytesTotal() {
    return size;
  }

  @Override
  public long bytesDone() {
    return reader.position();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private final class Record implements ImportItem {
    private final String target;
    private final Instant date;
    private final int status;
    private final String mediaType;
    private final String contentType;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Exception unreadable;

    /** A record whose HTTP part could not be read: a dead letter. */
    Record(String target, Exception unreadable) {
      this(target, null, 0, null, null, Map.of(), new byte[0], unreadable);
    }

    Record(
        String target,
        Instant date,
        int status,
        String mediaType,
        String contentType,
        Map<String, String> headers,
        byte[] body,
        Exception unreadable) {
      this.target = target;
      this.date = date;
      this.status = status;
      this.mediaType = mediaType;
      this.contentType = contentType;
      this.headers = headers;
      this.body = body;
      this.unreadable = unreadable;
    }

    @Override
    public String name() {
      return target;
    }

    @Override
    public String fallbackUrl() {
      return target;
    }

    @Override
    public Page toPage(String sourceId) throws IOException {
      if (unreadable != null) {
        throw new IOException(
            "Cannot read WARC record for " + target + ": " + unreadable.getMessage(), unreadable);
      }
      if (body.length > maxBodyBytes) {
        throw new IOException("Body larger than " + maxBodyBytes + " bytes");
      }
      Url url = Url.parse(target);
      CharsetDetector.Decoded decoded = CharsetDetector.decode(body, contentType);
      return Page.of(url, sourceId, date, status, mediaType, headers, decoded);
    }
  }
}
