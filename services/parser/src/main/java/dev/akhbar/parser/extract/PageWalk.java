package dev.akhbar.parser.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One walk over the whole page for two readers that look at every element: the metadata elements
 * ({@link MarkupElements}, head and body) and the counts of the body's elements for the page type
 * ({@link PageElements}, which also keeps the body's {@code <h1>} elements for the title). A walk
 * visits every node of the page, so each one saved is a few per cent of the extraction's time. (The
 * content walk of {@code content.BlockCollector} is not shared: it prunes what it skips and keeps
 * its own state.)
 */
final class PageWalk {
  final MarkupElements markup = new MarkupElements();
  final PageElements elements = new PageElements();

  private PageWalk() {}

  static PageWalk of(Document doc) {
    PageWalk walk = new PageWalk();
    Element body = doc.body();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private boolean inBody;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              inBody |= e == body;
              walk.markup.visit(doc, e);
              if (inBody) {
                walk.elements.count(e);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node == body) {
              inBody = false;
            }
          }
        },
        doc);
    return walk;
  }
}
