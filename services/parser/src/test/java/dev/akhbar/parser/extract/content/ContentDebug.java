package dev.akhbar.parser.extract.content;

import dev.akhbar.parser.tools.SavedPages;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Developer tool: prints the blocks of a saved page ({@code .html} or {@code .html.gz}), their
 * weights and flags (X excluded, T teaser, C inside the chosen container) and the container.
 */
public final class ContentDebug {
  private ContentDebug() {}

  public static void main(String[] args) throws Exception {
    String html = SavedPages.load(Path.of(args[0])).html();
    Document doc = Jsoup.parse(html, "");
    ContentExtractor extractor = new ContentExtractor();
    List<Block> blocks = extractor.analyse(doc.body());
    Element container = extractor.container(doc, blocks);
    System.out.println("container: " + describe(container));
    for (Block b : blocks) {
      String bp =
          b.boilerplate.length == 0
              ? ""
              : " BP=" + describe(b.boilerplate[b.boilerplate.length - 1]);
      System.out.printf(
          "%s%s w=%.0f ld=%.2f %s%s | %s%n",
          b.excluded ? "X" : b.teaser ? "T" : " ",
          b.inside(container) ? "C" : " ",
          extractor.weight(b),
          b.linkDensity(),
          describe(b.owner),
          bp,
          b.text.length() > 100 ? b.text.substring(0, 100) : b.text);
    }
  }

  static String describe(Element e) {
    if (e == null) {
      return "null";
    }
    return e.normalName()
        + (e.id().isEmpty() ? "" : "#" + e.id())
        + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'));
  }
}
