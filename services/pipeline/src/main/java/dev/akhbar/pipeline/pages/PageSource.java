package dev.akhbar.pipeline.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where pages come from: a folder of saved pages or a WARC file. Each call to {@link #pages()}
 * starts again from the first page, reading lazily, so a large source is never held in memory.
 */
public interface PageSource {
  /** The pages, in a stable order; close the stream when done. */
  Stream<Page> pages() throws IOException;

  /** A short description for reports. */
  String describe();

  /**
   * A folder ({@code *.html}, {@code *.html.gz}) or a WARC file ({@code .warc}, {@code .warc.gz}).
   */
  static PageSource of(Path path) {
    if (Files.isDirectory(path)) {
      return new FolderPages(path);
    }
    String name = path.getFileName().toString();
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return new WarcPages(path);
    }
    throw new IllegalArgumentException("Not a folder of pages nor a WARC file: " + path);
  }
}
