package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** What a page says about itself in its markup: microdata article scopes and {@code <time>}. */
final class Microdata {
  // Queries parsed once, not at every page.
  private static final Evaluator HEADLINE = QueryParser.parse("[itemprop=headline]");
  private static final Evaluator PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator MODIFIED = QueryParser.parse("[itemprop=dateModified]");
  private static final Evaluator AUTHOR = QueryParser.parse("[itemprop=author]");
  private static final Evaluator NAME = QueryParser.parse("[itemprop=name]");

  private Microdata() {}

  /**
   * The first microdata article scope (headline, dates, authors, articleBody), then the {@code
   * <time datetime>} elements, and the {@code itemprop="articleBody"} elements of {@code <body>}
   * (for the container choice): all found in one walk over the page.
   */
  static void read(MarkupElements found, Document doc, PageMetadata m) {
    for (Element scope : found.scopes) {
      if (articleScope(scope)) {
        readScope(scope, m);
        break;
      }
    }
    readTimes(found.times, m);
    m.declaredBodies = inBody(found.bodies, doc.body());
  }

  /** The elements of {@code body}'s subtree (itself included), in document order. */
  private static List<Element> inBody(List<Element> found, Element body) {
    if (found.isEmpty() || body == null) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    for (Element e : found) {
      if (e == body || e.parents().contains(body)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean articleScope(Element scope) {
    String type = scope.attr("itemtype").toLowerCase(Locale.ROOT);
    String simple = type.substring(type.lastIndexOf('/') + 1);
    return JsonLd.ARTICLE_TYPES.contains(simple);
  }

  private static void readScope(Element scope, PageMetadata m) {
    m.declaresArticle = true;
    if (m.headline == null) {
      Element h = scope.selectFirst(HEADLINE);
      if (h != null) {
        m.headline = Text.clean(h.hasAttr("content") ? h.attr("content") : h.text());
      }
    }
    for (Element el : own(scope, PUBLISHED)) {
      add(m.published, value(el));
    }
    for (Element el : own(scope, MODIFIED)) {
      add(m.modified, value(el));
    }
    if (m.authors.isEmpty()) {
      for (Element el : own(scope, AUTHOR)) {
        Element name = el.selectFirst(NAME);
        String v = name != null ? value(name) : value(el);
        if (v != null && !Authors.urlish(v)) {
          Authors.add(m.authors, Authors.stripByline(v));
        }
      }
    }
    if (m.articleBody == null) {
      Element body = scope.selectFirst(MarkupElements.BODY);
      if (body != null && body.hasAttr("content")) {
        m.articleBody = body.attr("content");
      }
    }
  }

  /**
   * The properties of this scope, not those of scopes inside it (the teasers of related articles an
   * article's markup holds, each with its own author and date).
   */
  private static List<Element> own(Element scope, Evaluator query) {
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
  private static void readTimes(List<Element> times, PageMetadata m) {
    for (Element t : times) {
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
