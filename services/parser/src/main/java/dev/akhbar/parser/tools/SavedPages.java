package dev.akhbar.parser.tools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Pages saved as {@code <id>.html} or {@code <id>.html.gz} in a folder. */
public final class SavedPages {
  /** One saved page, decoded to text with the charset its bytes declare (UTF-8 by default). */
  public record Page(String id, Path file, String html) {}

  private SavedPages() {}

  /** The pages of {@code folder}, sorted by id, all in memory. */
  public static List<Page> read(Path folder) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (Path f : list(folder)) {
      pages.add(load(f));
    }
    return pages;
  }

  /** The saved page files of {@code folder}, sorted by name. */
  public static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> Files.isRegularFile(p) && idOf(p) != null).sorted().toList();
    }
  }

  /** One saved page, read and decoded. */
  public static Page load(Path file) throws IOException {
    return new Page(idOf(file), file, decode(bytes(file)));
  }

  /** The id of a saved page file (its name without .html/.htm/.html.gz), or null if it is none. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    for (String ext : new String[] {".html.gz", ".htm.gz", ".html", ".htm"}) {
      if (name.endsWith(ext) && name.length() > ext.length()) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return null;
  }

  static byte[] bytes(Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(file);
  }

  /** Decodes with the BOM or meta charset of the page, as a browser would; UTF-8 otherwise. */
  public static String decode(byte[] bytes) throws IOException {
    Document sniff = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    Charset cs = sniff.charset() == null ? StandardCharsets.UTF_8 : sniff.charset();
    String s = new String(bytes, cs);
    return !s.isEmpty() && s.charAt(0) == '\ufeff' ? s.substring(1) : s;
  }
}
