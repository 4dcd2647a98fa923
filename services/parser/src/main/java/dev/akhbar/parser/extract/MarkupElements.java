package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements a page describes itself with, found in one walk over the whole document (head and
 * body), in document order: {@code <meta>} tags, JSON-LD scripts, the canonical and image links,
 * microdata scopes, {@code <time datetime>} and {@code itemprop="articleBody"}. One walk instead of
 * one per kind: every walk visits every node of the page.
 */
final class MarkupElements {
  private static final Evaluator SCOPE = QueryParser.parse("[itemscope][itemtype]");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  static final Evaluator BODY = QueryParser.parse("[itemprop=articleBody]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
  private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src][href]");

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLdScripts = new ArrayList<>();
  final List<Element> scopes = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final List<Element> bodies = new ArrayList<>();
  Element canonical;
  Element imageSrc;

  /** Found by the walk of {@link PageWalk}. */
  MarkupElements() {}

  /** Found by a walk of their own (pages read for their metadata alone). */
  static MarkupElements of(Document doc) {
    MarkupElements found = new MarkupElements();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e) {
            found.visit(doc, e);
          }
        },
        doc);
    return found;
  }

  void visit(Document doc, Element e) {
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
          jsonLdScripts.add(e);
        }
      }
      case "link" -> {
        if (canonical == null && CANONICAL.matches(doc, e)) {
          canonical = e;
        } else if (imageSrc == null && IMAGE_SRC.matches(doc, e)) {
          imageSrc = e;
        }
      }
      case "time" -> {
        if (TIME.matches(doc, e)) {
          times.add(e);
        }
      }
      default -> {}
    }
    if (e.attributesSize() == 0) {
      return;
    }
    if (SCOPE.matches(doc, e)) {
      scopes.add(e);
    }
    if (BODY.matches(doc, e)) {
      bodies.add(e);
    }
  }
}
