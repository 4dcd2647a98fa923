package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page says about itself in its markup: microdata article scopes and {@code <time>}. */
final class Microdata {
  private Microdata() {}

  /** The first microdata article scope: headline, dates, authors, articleBody. */
  static void read(Document doc, PageMetadata m) {
    for (Element scope : doc.getElementsByAttribute("itemscope")) {
      if (!scope.hasAttr("itemtype")) {
        continue;
      }
      String type = scope.attr("itemtype").toLowerCase(Locale.ROOT);
      String simple = type.substring(type.lastIndexOf('/') + 1);
      if (!JsonLd.ARTICLE_TYPES.contains(simple)) {
        continue;
      }
      m.declaresArticle = true;
      if (m.headline == null) {
        Element h = scope.selectFirst("[itemprop=headline]");
        if (h != null) {
          m.headline = Text.clean(h.hasAttr("content") ? h.attr("content") : h.text());
        }
      }
      for (Element el : own(scope, "[itemprop=datePublished]")) {
        add(m.published, value(el));
      }
      for (Element el : own(scope, "[itemprop=dateModified]")) {
        add(m.modified, value(el));
      }
      if (m.authors.isEmpty()) {
        for (Element el : own(scope, "[itemprop=author]")) {
          Element name = el.selectFirst("[itemprop=name]");
          String v = name != null ? value(name) : value(el);
          if (v != null && !Authors.urlish(v)) {
            Authors.add(m.authors, Authors.stripByline(v));
          }
        }
      }
      if (m.articleBody == null) {
        Element body = scope.selectFirst("[itemprop=articleBody]");
        if (body != null && body.hasAttr("content")) {
          m.articleBody = body.attr("content");
        }
      }
      break;
    }
  }

  /**
   * The properties of this scope, not those of scopes inside it (the teasers of related articles an
   * article's markup holds, each with its own author and date).
   */
  private static List<Element> own(Element scope, String query) {
    List<Element> out = new ArrayList<>();
    for (Element el : scope.select(query)) {
      Element p = el.parent();
      while (p != null && p != scope && !p.hasAttr("itemscope")) {
        p = p.parent();
      }
      if (p == scope) {
        out.add(el);
      }
    }
    return out;
  }

  private static String value(Element el) {
    for (String attr : new String[] {"content", "datetime"}) {
      if (el.hasAttr(attr)) {
        return Text.clean(el.attr(attr));
      }
    }
    return Text.clean(el.text());
  }

  /** {@code <time datetime>}: published, or modified when its class says updated/modified. */
  static void readTimes(Document doc, PageMetadata m) {
    for (Element t : doc.select("time[datetime]")) {
      String cls = (t.className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
      String value = Text.clean(t.attr("datetime"));
      if (value == null) {
        continue;
      }
      if (cls.contains("updated") || cls.contains("modified")) {
        add(m.modified, value);
      } else {
        add(m.published, value);
      }
    }
  }

  private static void add(List<String> list, String value) {
    if (value != null && !list.contains(value)) {
      list.add(value);
    }
  }
}
