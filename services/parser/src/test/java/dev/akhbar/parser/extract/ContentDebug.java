package dev.akhbar.parser.extract;

import dev.akhbar.parser.tools.SavedPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Developer tool: prints the blocks of a saved page, their weights and the chosen container. */
public final class ContentDebug {
  private ContentDebug() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String html = SavedPages.decode(SavedPagesAccess.bytes(file));
    Document doc = Jsoup.parse(html, "");
    List<ContentExtractor.Block> blocks = ContentExtractor.analyse(doc.body());
    Element container = ContentExtractor.chooseContainer(blocks);
    System.out.println("container: " + describe(container));
    for (ContentExtractor.Block b : blocks) {
      String bp =
          b.boilerplate.length == 0
              ? ""
              : " BP=" + describe(b.boilerplate[b.boilerplate.length - 1]);
      System.out.printf(
          "%s%s w=%.0f ld=%.2f %s%s | %s%n",
          b.excluded ? "X" : b.teaser ? "T" : " ",
          inside(b.owner, container) ? "C" : " ",
          ContentExtractor.weight(b),
          b.linkDensity(),
          describe(b.owner),
          bp,
          b.text.length() > 100 ? b.text.substring(0, 100) : b.text);
    }
  }

  static boolean inside(Element e, Element c) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == c) {
        return true;
      }
    }
    return false;
  }

  static String describe(Element e) {
    if (e == null) {
      return "null";
    }
    return e.normalName()
        + (e.id().isEmpty() ? "" : "#" + e.id())
        + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'));
  }

  /** Reads raw bytes of a saved page (gz or not). */
  static final class SavedPagesAccess {
    static byte[] bytes(Path f) throws Exception {
      if (f.toString().endsWith(".gz")) {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
          return in.readAllBytes();
        }
      }
      return Files.readAllBytes(f);
    }
  }
}
