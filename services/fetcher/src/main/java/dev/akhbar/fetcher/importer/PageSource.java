package dev.akhbar.fetcher.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The items of an import, read one at a time: a folder walked lazily, a WARC file read record by
 * record. Workers call {@link #next()} in turn (never two at once); it reads at most one record's
 * body, so memory holds one page per worker whatever the size of the source.
 */
interface PageSource extends AutoCloseable {

  /** The next item, or null at the end. */
  ImportItem next() throws IOException;

  /** Files of a folder (0 for a WARC). */
  default long filesTotal() {
    return 0;
  }

  /** Items handed out so far. */
  long itemsDone();

  /** Size of a WARC file (0 for a folder). */
  default long bytesTotal() {
    return 0;
  }

  /** Bytes of a WARC file read so far. */
  default long bytesDone() {
    return 0;
  }

  @Override
  void close() throws IOException;

  static boolean isWarc(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  static boolean isHtmlFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".html.gz")
        || n.endsWith(".htm.gz");
  }

  /**
   * Checks what a path is.
   *
   * @throws IllegalArgumentException when it is neither a folder, a WARC nor an HTML file
   */
  static void checkKind(Path path) {
    if (Files.isDirectory(path)
        || (Files.isRegularFile(path) && (isWarc(path) || isHtmlFile(path)))) {
      return;
    }
    throw new IllegalArgumentException(
        "Not a folder, WARC (.warc, .warc.gz) or HTML (.html, .html.gz) file: " + path);
  }
}
