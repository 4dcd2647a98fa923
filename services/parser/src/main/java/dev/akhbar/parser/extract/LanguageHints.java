package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The languages and writing direction a page declares. */
final class LanguageHints {
  private LanguageHints() {}

  /**
   * {@code <html lang>} and {@code xml:lang} before the hints already in {@code m} (JSON-LD, meta
   * tags), normalized; the direction from {@code dir} on {@code <html>} or {@code <body>}.
   */
  static void read(Document doc, PageMetadata m) {
    // The root element: jsoup's tree builder always makes it <html>; a query walks the page.
    Element html = doc.firstElementChild();
    if (html != null && !html.normalName().equals("html")) {
      html = doc.selectFirst("html");
    }
    List<String> hints = new ArrayList<>();
    if (html != null) {
      add(hints, Text.clean(html.attr("lang")));
      add(hints, Text.clean(html.attr("xml:lang")));
      m.direction = direction(html);
    }
    if (m.direction == null && doc.body() != null) {
      m.direction = direction(doc.body());
    }
    hints.addAll(m.languageHints);
    m.languageTag = hints.isEmpty() ? null : hints.get(0);
    m.languageHints.clear();
    m.languageHints.addAll(normalize(hints));
  }

  private static String direction(Element e) {
    String dir = e.attr("dir").toLowerCase(Locale.ROOT);
    return dir.equals("rtl") || dir.equals("ltr") ? dir : null;
  }

  private static void add(List<String> list, String value) {
    if (value != null && !list.contains(value)) {
      list.add(value);
    }
  }

  /** Primary language subtags, lowercase, in order of first appearance ("ar_AR" -> "ar"). */
  static List<String> normalize(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      for (String part : r.split("[,\\s]+")) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        int cut = p.indexOf('-') >= 0 ? p.indexOf('-') : p.indexOf('_');
        String primary = cut >= 0 ? p.substring(0, cut) : p;
        if (primary.matches("[a-z]{2,3}")) {
          out.add(primary);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
