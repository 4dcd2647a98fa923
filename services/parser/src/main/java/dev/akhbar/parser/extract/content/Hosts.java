package dev.akhbar.parser.extract.content;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Where a link leads: to the page's own site or to another. A card whose headline links to another
 * site (a book, a product, a tool in a "ten best" list) is an item of the article, not a teaser of
 * the site's other stories.
 */
final class Hosts {
  private static final Evaluator LINK = QueryParser.parse("a[href]");

  private Hosts() {}

  /** The host of a page address without "www.", lowercase; empty when unknown. */
  static String of(String url) {
    if (url == null || url.isEmpty()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The host of the page {@code e} belongs to ({@link #of} its address); empty when unknown. */
  static String ofPage(Element e) {
    Document doc = e.ownerDocument();
    return doc == null ? "" : of(doc.location());
  }

  /**
   * The first link of {@code line} leads to another site than {@code pageHost}: neither host is the
   * other or a subdomain of it. False when either is unknown (a relative link leads to the page's
   * own site).
   */
  static boolean offSite(Element line, String pageHost) {
    if (pageHost.isEmpty()) {
      return false;
    }
    Element a = line.normalName().equals("a") ? line : line.selectFirst(LINK);
    if (a == null) {
      return false;
    }
    String href = a.attr("href");
    if (!href.startsWith("http://") && !href.startsWith("https://") && !href.startsWith("//")) {
      return false;
    }
    String host = of(href.startsWith("//") ? "https:" + href : href);
    return !host.isEmpty()
        && !host.equals(pageHost)
        && !host.endsWith("." + pageHost)
        && !pageHost.endsWith("." + host);
  }
}
