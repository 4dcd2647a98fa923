package dev.akhbar.fetcher.importer;

import dev.akhbar.events.Url;
import dev.akhbar.fetcher.charset.CharsetDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The HTML files of a folder (or one HTML file), walked lazily: only the walk's current directory
 * is held, never the list of files. A page's URL comes from {@link PageUrls}.
 */
final class FolderSource implements PageSource {
  private final Path folder;
  private final PageUrls urls;
  private final Predicate<Path> allowed;
  private final long maxBodyBytes;
  private final Clock clock;
  private final Stream<Path> walk;
  private final Iterator<Path> files;
  private final long filesTotal;
  private long done;

  /**
   * @param path a folder, or one HTML file (its folder's index.json applies)
   * @param allowed whether a file's real path may be read (the import roots)
   */
  FolderSource(Path path, Predicate<Path> allowed, long maxBodyBytes, Clock clock)
      throws IOException {
    boolean single = !Files.isDirectory(path);
    this.folder = single ? path.toAbsolutePath().getParent() : path;
    this.urls = PageUrls.of(folder);
    this.allowed = allowed;
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
    if (single) {
      this.walk = Stream.of(path);
      this.filesTotal = 1;
    } else {
      try (Stream<Path> count = htmlFiles(path)) {
        this.filesTotal = count.count();
      }
      this.walk = htmlFiles(path);
    }
    this.files = walk.iterator();
  }

  private static Stream<Path> htmlFiles(Path folder) throws IOException {
    return Files.walk(folder).filter(PageSource::isHtmlFile).filter(Files::isRegularFile);
  }

  @Override
  public ImportItem next() {
    if (!files.hasNext()) {
      return null;
    }
    done++;
    return new FileItem(files.next());
  }

  @Override
  public long filesTotal() {
    return filesTotal;
  }

  @Override
  public long itemsDone() {
    return done;
  }

  @Override
  public void close() {
    walk.close();
  }

  private final class FileItem implements ImportItem {
    private final Path file;

    FileItem(Path file) {
      this.file = file;
    }

    @Override
    public String name() {
      return file.toString();
    }

    @Override
    public String fallbackUrl() {
      return file.toUri().toString();
    }

    @Override
    public Page toPage(String sourceId) throws IOException {
      if (!allowed.test(file.toRealPath())) {
        throw new IOException("links outside the import roots");
      }
      CharsetDetector.Decoded decoded = CharsetDetector.decode(read(), null);
      Url url = Url.parse(urls.urlOf(file, decoded.text()));
      return Page.of(url, sourceId, clock.instant(), 200, "text/html", Map.of(), decoded);
    }

    private byte[] read() throws IOException {
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
  }
}
